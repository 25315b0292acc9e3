/**
 * @module
 * Where the journal keeps its entries: in columns, with typed arrays for the numbers of
 * each message and one shared record for what all numbers of a request have in common,
 * rather than one object per message. Each entry outlives many young-generation
 * collections (the journal holds the last 10 000), so one object per message meant a
 * 1000-number send left 1000 objects to promote and later sweep; in columns it leaves
 * one record (bench/README.md, memory).
 *
 * The slots also count the bytes they hold, so the journal can stay within a byte budget:
 * a shared record (and its message text) is counted once, when its first entry is
 * written, and freed when its last entry is released.
 */
import type { JournalEntry } from './journal.js'

/** What every entry of one request shares, with how many slots hold it and its size. */
interface SharedRecord {
  fields: Omit<JournalEntry, 'messageId' | 'mobile' | 'networkId'>
  refs: number
  bytes: number
}

// Estimates of what V8 keeps, in bytes: the three numbers of an entry and its pointer to
// the shared record; a record's object and its strings (two bytes a character, the
// worst case); a mobile kept as text.
const ENTRY_BYTES = 32
const RECORD_BYTES = 160
const TEXT_BYTES = 40

// Every 254 number is a run of digits without a leading zero: kept as a number, exactly
// (15 digits stay below 2^53). Anything else handed to `write` is kept as text.
const PLAIN_DIGITS = /^[1-9]\d{0,14}$/

function textBytes(text: string): number {
  return TEXT_BYTES + 2 * text.length
}

function recordBytes(fields: SharedRecord['fields']): number {
  const { partnerID, shortcode, message, sendAt, receivedAt } = fields
  const texts = partnerID.length + shortcode.length + message.length + receivedAt.length
  return RECORD_BYTES + 2 * (texts + (sendAt?.length ?? 0))
}

/**
 * Fixed-size storage for journal entries, addressed by slot.
 * @example
 * const slots = new JournalSlots(16)
 * slots.write(0, entry) // the bytes it now holds
 * slots.read(0) // an equal entry
 */
export class JournalSlots {
  readonly capacity: number
  readonly #messageIds: Float64Array
  readonly #mobiles: Float64Array
  readonly #networkIds: Float64Array
  readonly #shared: (SharedRecord | undefined)[]
  // Slot → mobile for the rare mobile that is not plain digits (its `mobiles` cell is NaN).
  readonly #mobileTexts = new Map<number, string>()
  #last: SharedRecord | undefined

  constructor(capacity: number) {
    this.capacity = capacity
    this.#messageIds = new Float64Array(capacity)
    this.#mobiles = new Float64Array(capacity)
    this.#networkIds = new Float64Array(capacity)
    this.#shared = new Array(capacity)
  }

  /** Writes `entry` into an empty slot; returns the bytes the slots hold more than before. */
  write(slot: number, entry: JournalEntry): number {
    this.#messageIds[slot] = entry.messageId
    this.#networkIds[slot] = entry.networkId
    const record = this.#recordFor(entry)
    record.refs += 1
    this.#shared[slot] = record
    let bytes = ENTRY_BYTES + (record.refs === 1 ? record.bytes : 0)
    if (PLAIN_DIGITS.test(entry.mobile)) {
      this.#mobiles[slot] = Number(entry.mobile)
    } else {
      this.#mobiles[slot] = Number.NaN
      this.#mobileTexts.set(slot, entry.mobile)
      bytes += textBytes(entry.mobile)
    }
    return bytes
  }

  /** The message id of the entry in `slot`, read without building the entry. */
  messageIdAt(slot: number): number {
    return this.#messageIds[slot] as number
  }

  /** The entry in `slot`, with the same keys in the same order as the one written. */
  read(slot: number): JournalEntry {
    const { fields } = this.#shared[slot] as SharedRecord
    const mobile = this.#mobiles[slot] as number
    return {
      messageId: this.#messageIds[slot] as number,
      partnerID: fields.partnerID,
      shortcode: fields.shortcode,
      mobile: Number.isNaN(mobile) ? (this.#mobileTexts.get(slot) ?? '') : String(mobile),
      networkId: this.#networkIds[slot] as number,
      message: fields.message,
      status: fields.status,
      sendAt: fields.sendAt,
      receivedAt: fields.receivedAt,
      method: fields.method,
      parts: fields.parts,
    }
  }

  /** Empties `slot`; returns the bytes freed. */
  release(slot: number): number {
    const record = this.#shared[slot]
    if (!record) return 0
    this.#shared[slot] = undefined
    record.refs -= 1
    let bytes = ENTRY_BYTES + (record.refs === 0 ? record.bytes : 0)
    const text = this.#mobileTexts.get(slot)
    if (text !== undefined) {
      this.#mobileTexts.delete(slot)
      bytes += textBytes(text)
    }
    return bytes
  }

  /**
   * New slots with room for `capacity`, holding the `count` entries that start at `start`
   * (wrapping around), moved to slots 0…count-1 in order. Byte counts are unchanged.
   */
  moved(capacity: number, start: number, count: number): JournalSlots {
    const next = new JournalSlots(capacity)
    for (let i = 0; i < count; i++) {
      const from = (start + i) % this.capacity
      next.#messageIds[i] = this.#messageIds[from] as number
      next.#mobiles[i] = this.#mobiles[from] as number
      next.#networkIds[i] = this.#networkIds[from] as number
      next.#shared[i] = this.#shared[from]
      const text = this.#mobileTexts.get(from)
      if (text !== undefined) next.#mobileTexts.set(i, text)
    }
    next.#last = this.#last
    return next
  }

  #recordFor(entry: JournalEntry): SharedRecord {
    const last = this.#last
    // A record whose last entry was released is not reused: its bytes were freed.
    if (last && last.refs > 0 && sameShared(last.fields, entry)) return last
    const { partnerID, shortcode, message, status, sendAt, receivedAt, method, parts } = entry
    const fields = { partnerID, shortcode, message, status, sendAt, receivedAt, method, parts }
    this.#last = { fields, refs: 0, bytes: recordBytes(fields) }
    return this.#last
  }
}

function sameShared(a: SharedRecord['fields'], b: JournalEntry): boolean {
  // Cheapest first: the numbers of one request share the very same strings, and sends
  // within one millisecond share the receive time.
  return (
    a.receivedAt === b.receivedAt &&
    a.parts === b.parts &&
    a.method === b.method &&
    a.status === b.status &&
    a.sendAt === b.sendAt &&
    a.partnerID === b.partnerID &&
    a.shortcode === b.shortcode &&
    a.message === b.message
  )
}
