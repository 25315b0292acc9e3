/**
 * @module
 * Where the journal keeps its entries: in columns, with typed arrays for the numbers of
 * each message and one shared record for what all numbers of a request have in common,
 * rather than one object per message. Each entry outlives many young-generation
 * collections (the journal holds the last 10 000), so one object per message meant a
 * 1000-number send left 1000 objects to promote and later sweep; in columns it leaves
 * one record (bench/README.md, memory).
 */
import type { JournalEntry } from './journal.js'

/** What every entry of one request shares. */
type SharedFields = Omit<JournalEntry, 'messageId' | 'mobile' | 'networkId'>

/**
 * Fixed-size storage for journal entries, addressed by slot.
 * @example
 * const slots = createJournalSlots(16)
 * slots.write(0, entry)
 * slots.read(0) // an equal entry
 */
export interface JournalSlots {
  readonly capacity: number
  write(slot: number, entry: JournalEntry): void
  read(slot: number): JournalEntry
  /** The same slots, with room for `capacity` (never fewer than now). */
  grown(capacity: number): JournalSlots
}

// Every 254 number is a run of digits without a leading zero: kept as a number, exactly
// (15 digits stay below 2^53). Anything else handed to `add` is kept as text.
const PLAIN_DIGITS = /^[1-9]\d{0,14}$/

/**
 * Creates storage for `capacity` entries.
 * @example
 * createJournalSlots(1024).capacity // 1024
 */
export function createJournalSlots(capacity: number): JournalSlots {
  const messageIds = new Float64Array(capacity)
  const mobiles = new Float64Array(capacity)
  const networkIds = new Float64Array(capacity)
  const shared: (SharedFields | undefined)[] = new Array(capacity)
  // Slot → mobile for the rare mobile that is not plain digits (its `mobiles` cell is NaN).
  const mobileTexts = new Map<number, string>()
  let last: SharedFields | undefined

  const sharedFor = (entry: JournalEntry): SharedFields => {
    if (last && sameShared(last, entry)) return last
    const { partnerID, shortcode, message, status, sendAt, receivedAt, method, parts } = entry
    last = { partnerID, shortcode, message, status, sendAt, receivedAt, method, parts }
    return last
  }

  const slots: JournalSlots = {
    capacity,
    write: (slot, entry) => {
      messageIds[slot] = entry.messageId
      networkIds[slot] = entry.networkId
      shared[slot] = sharedFor(entry)
      if (PLAIN_DIGITS.test(entry.mobile)) {
        mobiles[slot] = Number(entry.mobile)
        if (mobileTexts.size > 0) mobileTexts.delete(slot)
      } else {
        mobiles[slot] = Number.NaN
        mobileTexts.set(slot, entry.mobile)
      }
    },
    read: (slot) => {
      const fields = shared[slot] as SharedFields
      const mobile = mobiles[slot] as number
      // The same keys in the same order as the entry given to `write`.
      return {
        messageId: messageIds[slot] as number,
        partnerID: fields.partnerID,
        shortcode: fields.shortcode,
        mobile: Number.isNaN(mobile) ? (mobileTexts.get(slot) ?? '') : String(mobile),
        networkId: networkIds[slot] as number,
        message: fields.message,
        status: fields.status,
        sendAt: fields.sendAt,
        receivedAt: fields.receivedAt,
        method: fields.method,
        parts: fields.parts,
      }
    },
    grown: (more) => {
      const next = createJournalSlots(Math.max(more, capacity))
      for (let slot = 0; slot < capacity; slot++) {
        if (shared[slot]) next.write(slot, slots.read(slot))
      }
      return next
    },
  }
  return slots
}

function sameShared(a: SharedFields, b: SharedFields): boolean {
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
