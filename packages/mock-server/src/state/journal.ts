/**
 * @module
 * The journal of accepted messages, read back by tests through `GET /__mock/messages`.
 * It is a ring buffer: past `journalLimit` the oldest entry is dropped, so memory stays
 * flat however many messages are sent. Entries are stored in columns (journal-slots.ts).
 */
import { toKenyanMsisdn } from '../rules/numbers.js'
import { createJournalSlots } from './journal-slots.js'

/**
 * One accepted recipient of one request.
 * @example
 * const [entry]: JournalEntry[] = mock.journal.list()
 */
export interface JournalEntry {
  messageId: number
  partnerID: string
  shortcode: string
  /** The number in 254 form, e.g. `254712345678`. */
  mobile: string
  networkId: number
  message: string
  /** `scheduled` when `timeToSend` was in the future. */
  status: 'sent' | 'scheduled'
  /** When a scheduled message is due (ISO 8601), else null. */
  sendAt: string | null
  receivedAt: string
  method: 'GET' | 'POST'
  /** SMS parts, which is also the credit it cost. */
  parts: number
}

/**
 * Narrows `list()`; a Kenyan `mobile` in any accepted form matches its 254 form.
 * @example
 * mock.journal.list({ mobile: '0712345678', partnerID: '12345' })
 */
export interface JournalFilter {
  mobile?: string
  partnerID?: string
}

/**
 * The message journal of one mock.
 * @example
 * mock.journal.size // 0
 */
export interface Journal {
  /** Entries oldest first, optionally filtered. */
  list(filter?: JournalFilter): JournalEntry[]
  /** Empties the journal and returns how many entries it held. */
  clear(): number
  /** Adds an entry, dropping the oldest when full. */
  add(entry: JournalEntry): void
  /** Entries held now. */
  readonly size: number
}

/**
 * Default number of entries kept.
 * @example
 * createJournal(DEFAULT_JOURNAL_LIMIT)
 */
export const DEFAULT_JOURNAL_LIMIT = 10_000

// Room the journal starts with; it doubles as entries arrive, up to its limit, so a large
// limit costs nothing until it is used.
const FIRST_CAPACITY = 1024

/**
 * Creates an empty journal keeping at most `limit` entries.
 * @example
 * const journal = createJournal(100)
 * journal.list({ mobile: '0712345678' })
 */
export function createJournal(limit: number = DEFAULT_JOURNAL_LIMIT): Journal {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new TypeError('journalLimit must be an integer >= 0')
  }
  let slots = createJournalSlots(Math.min(limit, FIRST_CAPACITY))
  let start = 0
  let count = 0
  const ordered = (): JournalEntry[] => {
    const out: JournalEntry[] = new Array(count)
    for (let i = 0; i < count; i++) out[i] = slots.read((start + i) % limit)
    return out
  }
  return {
    list: (filter = {}) => {
      const mobile = filter.mobile && (toKenyanMsisdn(filter.mobile) ?? filter.mobile)
      return ordered().filter(
        (e) =>
          (!mobile || e.mobile === mobile) &&
          (!filter.partnerID || e.partnerID === filter.partnerID),
      )
    },
    clear: () => {
      const deleted = count
      slots = createJournalSlots(Math.min(limit, FIRST_CAPACITY))
      start = 0
      count = 0
      return deleted
    },
    add: (entry) => {
      if (limit === 0) return
      if (count < limit) {
        // Not full yet, so `start` is 0 and the entries fill slots 0…count-1.
        if (count === slots.capacity) slots = slots.grown(Math.min(limit, count * 2))
        slots.write(count, entry)
        count += 1
      } else {
        slots.write(start, entry)
        start = (start + 1) % limit
      }
    },
    get size() {
      return count
    },
  }
}
