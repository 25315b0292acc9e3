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
import { integerText } from '@sendsms/wire'
import type { JournalEntry } from './journal.js'

/** What every entry of one request shares, with how many slots hold it and its size. */
interface SharedRecord {
  fields: Omit<JournalEntry, 'messageId' | 'mobile' | 'hash' | 'networkId' | 'clientsmsid'>
  refs: number
  bytes: number
}

// Estimates of what V8 keeps, in bytes: the three numbers of an entry and its pointer to
// the shared record; a record's object (ten fields) and its strings (two bytes a
// character, the worst case; `endpoint` is a shared constant); a value kept aside for one
// slot (a mobile that is not digits, a hash, a clientsmsid): its map entry and its text,
// or for a number its map entry and the number.
const ENTRY_BYTES = 32
const RECORD_BYTES = 168
const TEXT_BYTES = 40

// Every 254 number is a run of digits without a leading zero: kept as a number, exactly
// (15 digits stay below 2^53). Anything else handed to `write` is kept as text.
const PLAIN_DIGITS = /^[1-9]\d{0,14}$/

function textBytes(text: string): number {
  return TEXT_BYTES + 2 * text.length
}

function asideBytes(value: string | number): number {
  return typeof value === 'string' ? textBytes(value) : TEXT_BYTES
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
 * slots.write(0, entry, 100000001) // the bytes it now holds
 * slots.read(0) // an equal entry
 */
export class JournalSlots {
  readonly capacity: number
  readonly #messageIds: Float64Array
  readonly #mobiles: Float64Array
  readonly #networkIds: Float64Array
  // When each entry was journaled, as a number that only increases across every journal of
  // the process (the root's and its namespaces'), so their entries merge into one order.
  readonly #sequences: Float64Array
  readonly #shared: (SharedRecord | undefined)[]
  // Slot → mobile for the rare mobile that is not plain digits (its `mobiles` cell is NaN).
  readonly #mobileTexts = new Map<number, string>()
  // Slot → hash of a hashed recipient (its `mobiles` cell is NaN, with no text).
  readonly #hashes = new Map<number, string>()
  // Slot → clientsmsid of a sendbulk item that had one.
  readonly #clientIds = new Map<number, string | number>()
  #last: SharedRecord | undefined

  constructor(capacity: number) {
    this.capacity = capacity
    this.#messageIds = new Float64Array(capacity)
    this.#mobiles = new Float64Array(capacity)
    this.#networkIds = new Float64Array(capacity)
    this.#sequences = new Float64Array(capacity)
    this.#shared = new Array(capacity)
  }

  /**
   * Writes `entry` into an empty slot, with its id as the number the journal read from it;
   * returns the bytes the slots hold more than before.
   */
  write(slot: number, entry: JournalEntry, messageId: number, sequence: number): number {
    this.#messageIds[slot] = messageId
    this.#sequences[slot] = sequence
    this.#networkIds[slot] = entry.networkId
    const record = this.#recordFor(entry)
    record.refs += 1
    this.#shared[slot] = record
    let bytes = ENTRY_BYTES + (record.refs === 1 ? record.bytes : 0)
    const { mobile, hash, clientsmsid } = entry
    if (mobile !== undefined && PLAIN_DIGITS.test(mobile)) {
      this.#mobiles[slot] = Number(mobile)
    } else {
      this.#mobiles[slot] = Number.NaN
      if (mobile !== undefined) {
        this.#mobileTexts.set(slot, mobile)
        bytes += textBytes(mobile)
      }
    }
    if (hash !== undefined) {
      this.#hashes.set(slot, hash)
      bytes += textBytes(hash)
    }
    if (clientsmsid !== undefined) {
      this.#clientIds.set(slot, clientsmsid)
      bytes += asideBytes(clientsmsid)
    }
    return bytes
  }

  /** When the entry in `slot` was journaled, across every journal of the process. */
  sequenceAt(slot: number): number {
    return this.#sequences[slot] as number
  }

  /** The message id of the entry in `slot`, read without building the entry. */
  messageIdAt(slot: number): number {
    return this.#messageIds[slot] as number
  }

  /** The entry in `slot`, with the same keys in the same order as the one written. */
  read(slot: number): JournalEntry {
    const { fields } = this.#shared[slot] as SharedRecord
    const digits = this.#mobiles[slot] as number
    const mobile = Number.isNaN(digits) ? this.#mobileTexts.get(slot) : String(digits)
    // Built key by key, so the keys come in the order they were written, the optional
    // ones only when the entry has them.
    const entry = {
      messageId: integerText(this.#messageIds[slot] as number),
      partnerID: fields.partnerID,
      shortcode: fields.shortcode,
    } as JournalEntry
    if (mobile !== undefined) entry.mobile = mobile
    const hash = this.#hashes.get(slot)
    if (hash !== undefined) entry.hash = hash
    entry.networkId = this.#networkIds[slot] as number
    entry.message = fields.message
    entry.status = fields.status
    entry.sendAt = fields.sendAt
    entry.receivedAt = fields.receivedAt
    entry.method = fields.method
    entry.parts = fields.parts
    entry.endpoint = fields.endpoint
    const clientsmsid = this.#clientIds.get(slot)
    if (clientsmsid !== undefined) entry.clientsmsid = clientsmsid
    return entry
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
    const hash = this.#hashes.get(slot)
    if (hash !== undefined) {
      this.#hashes.delete(slot)
      bytes += textBytes(hash)
    }
    const clientsmsid = this.#clientIds.get(slot)
    if (clientsmsid !== undefined) {
      this.#clientIds.delete(slot)
      bytes += asideBytes(clientsmsid)
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
      next.#sequences[i] = this.#sequences[from] as number
      next.#shared[i] = this.#shared[from]
      moveAside(this.#mobileTexts, next.#mobileTexts, from, i)
      moveAside(this.#hashes, next.#hashes, from, i)
      moveAside(this.#clientIds, next.#clientIds, from, i)
    }
    next.#last = this.#last
    return next
  }

  #recordFor(entry: JournalEntry): SharedRecord {
    const last = this.#last
    // A record whose last entry was released is not reused: its bytes were freed.
    if (last && last.refs > 0 && sameShared(last.fields, entry)) return last
    const { partnerID, shortcode, message, status, sendAt, receivedAt, method, parts, endpoint } =
      entry
    const fields = {
      partnerID,
      shortcode,
      message,
      status,
      sendAt,
      receivedAt,
      method,
      parts,
      endpoint,
    }
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
    a.endpoint === b.endpoint &&
    a.partnerID === b.partnerID &&
    a.shortcode === b.shortcode &&
    a.message === b.message
  )
}

function moveAside<Value>(
  from: Map<number, Value>,
  to: Map<number, Value>,
  fromSlot: number,
  toSlot: number,
): void {
  const value = from.get(fromSlot)
  if (value !== undefined) to.set(toSlot, value)
}
