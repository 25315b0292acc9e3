/**
 * @module
 * The journal of accepted messages, read back by tests through `GET /__mock/messages`.
 * It is a ring buffer bounded twice: past `journalLimit` entries, or past `journalBytes` of
 * estimated memory (a long message sent again and again would otherwise fill the heap),
 * the oldest entries are dropped and counted, so memory stays flat however many messages,
 * of whatever size, are sent. Entries are stored in columns (journal-slots.ts).
 *
 * A message id is a string of digits, exactly as `@sendsms/client` returns it
 * (`result.accepted[0].messageId`), so a test compares the two with `===`; lookups take
 * the string or the number. The slots keep ids packed as numbers (the byte bound relies on
 * it) and the journal converts at its edge.
 */
import { toKenyanMsisdn } from '../rules/numbers.js'
import { JournalSlots } from './journal-slots.js'

/**
 * One accepted recipient of one request.
 * @example
 * const [entry]: JournalEntry[] = mock.journal.list()
 */
export interface JournalEntry {
  /** The id the send answered, as digits: `'100000001'`, as the client returns it. */
  messageId: string
  partnerID: string
  shortcode: string
  /** The number in 254 form, e.g. `254712345678`; absent for a hashed recipient. */
  mobile?: string
  /**
   * A hashed recipient (sendotp with `hashed`): the SHA-256 hash as sent, in lower case.
   * The mock cannot know the number behind it.
   */
  hash?: string
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
  /** The endpoint that accepted it. */
  endpoint: SendEndpointName
  /** sendbulk: the item's `clientsmsid`, as sent; absent when the item had none. */
  clientsmsid?: string | number
}

/**
 * The endpoints that accept messages, as a journal entry names them.
 * @example
 * const endpoint: SendEndpointName = 'sendbulk'
 */
export type SendEndpointName = 'sendsms' | 'sendotp' | 'sendbulk'

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
  /**
   * The same entries one at a time, starting after the entry with message id `after`
   * (from the oldest when no entry has it), so a page of a large journal builds only its
   * own entries.
   */
  entries(filter?: JournalFilter, after?: string | number): IterableIterator<JournalEntry>
  /**
   * The entry with this message id (`'100000001'` or `100000001`), or undefined when the
   * journal does not hold it (never sent, or let go to stay within the limits, or not an
   * id). Found by halving, as ids only increase.
   */
  find(messageId: string | number): JournalEntry | undefined
  /** Empties the journal and returns how many entries it held; the drop count restarts. */
  clear(): number
  /**
   * Adds an entry, dropping the oldest ones to stay within both limits. Throws a TypeError
   * for a `messageId` that is not the digits of a whole number.
   */
  add(entry: JournalEntry): void
  /** Entries held now. */
  readonly size: number
  /** An estimate of the memory the entries hold, in bytes (at most `maxBytes`). */
  readonly bytes: number
  /** Entries dropped since the journal was created or cleared, to stay within its limits. */
  readonly dropped: number
  /** The same entries newest first, one at a time, so a search of a large journal can stop early. */
  recent(): IterableIterator<JournalEntry>
  /**
   * Starts telling `watcher` of every entry kept and let go, first of every entry held now
   * (oldest first); its bytes count against the budget from then on. A journal has at
   * most one watcher. The inbox attaches its index this way on first use, so a mock whose
   * inbox is never opened pays nothing for it.
   */
  watch(watcher: JournalWatcher): void
}

/**
 * Told of every entry the journal keeps and lets go, so an index of its entries (the
 * inbox's conversations) stays in step, and its memory counts against the journal's
 * byte budget: `added` and `removed` answer the bytes the watcher holds more or less.
 * @example
 * const watcher: JournalWatcher = { added: () => 0, removed: () => 0, cleared: () => {} }
 * createJournal({ watcher })
 */
export interface JournalWatcher {
  /**
   * An entry was kept, with its id as the number the journal read and when it was
   * journaled (a number that only increases across every journal of the process); answers
   * the bytes the watcher now holds more.
   */
  added(entry: JournalEntry, messageId: number, sequence: number): number
  /** The oldest entry was let go; answers the bytes the watcher freed. */
  removed(entry: JournalEntry): number
  /** The journal was emptied. */
  cleared(): void
}

/**
 * How much a journal keeps.
 * @example
 * const options: JournalOptions = { limit: 100, maxBytes: 1024 * 1024 }
 */
export interface JournalOptions {
  /** Most entries kept. Default 10 000. */
  limit?: number
  /**
   * Most memory the entries may hold, estimated; the oldest are dropped past it. Default
   * 32 MiB. A message is counted once for all the numbers it was sent to.
   * @unit bytes
   */
  maxBytes?: number
  /** Told of every entry kept and let go; its bytes count against `maxBytes`. */
  watcher?: JournalWatcher
}

/**
 * Default number of entries kept.
 * @example
 * createJournal({ limit: DEFAULT_JOURNAL_LIMIT })
 */
export const DEFAULT_JOURNAL_LIMIT = 10_000

/**
 * Default memory the entries may hold: room for the default number of entries with
 * messages of a few hundred characters each, and a bound whatever the messages are.
 * @example
 * createJournal({ maxBytes: DEFAULT_JOURNAL_BYTES })
 */
export const DEFAULT_JOURNAL_BYTES = 32 * 1024 * 1024

// Room the journal starts with; it doubles as entries arrive, up to its limit, so a large
// limit costs nothing until it is used.
const FIRST_CAPACITY = 1024

// When each entry was journaled, across every journal of the process (see JournalWatcher).
let journalSequence = 0

/**
 * A message id as the number the slots keep, or undefined for what is not one: a safe
 * non-negative integer, or a string of its digits (blanks around them allowed).
 * @example
 * idNumber('100000001') // 100000001
 * idNumber(100000001) // 100000001
 * idNumber('abc') // undefined
 */
export function idNumber(messageId: string | number): number | undefined {
  const value =
    typeof messageId === 'number'
      ? messageId
      : (digitsValue(messageId) ??
        (/^\d{1,16}$/.test(messageId.trim()) ? Number(messageId.trim()) : Number.NaN))
  return Number.isSafeInteger(value) && value >= 0 ? value : undefined
}

// The value of a text of 1 to 16 digits and nothing else (every id the mock writes), read
// digit by digit; undefined for any other text, which the regular expression then reads.
// Every message a send accepts is journaled by its id text, and the expression was a
// twentieth of a 1000-number send's time (bench/README.md).
function digitsValue(text: string): number | undefined {
  const length = text.length
  if (length === 0 || length > 16) return undefined
  let value = 0
  for (let i = 0; i < length; i++) {
    const digit = text.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return undefined
    value = value * 10 + digit
  }
  return value
}

function wholeNumber(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new TypeError(`${name} must be an integer >= 0`)
  }
  return value
}

/**
 * Creates an empty journal, a ring bounded in entries and in bytes.
 * @example
 * const journal = createJournal({ limit: 100 })
 * journal.list({ mobile: '0712345678' })
 */
export function createJournal(options: JournalOptions = {}): Journal {
  const limit = wholeNumber('journalLimit', options.limit ?? DEFAULT_JOURNAL_LIMIT)
  const maxBytes = wholeNumber('journalBytes', options.maxBytes ?? DEFAULT_JOURNAL_BYTES)
  let slots = new JournalSlots(Math.min(limit, FIRST_CAPACITY))
  let start = 0
  let count = 0
  let bytes = 0
  let dropped = 0
  let watcher = options.watcher

  const dropOldest = (): void => {
    if (watcher) bytes -= watcher.removed(slots.read(start))
    bytes -= slots.release(start)
    start = (start + 1) % slots.capacity
    count -= 1
    dropped += 1
  }
  const slotOf = (index: number): number => (start + index) % slots.capacity
  const ordered = (): JournalEntry[] => {
    const out: JournalEntry[] = new Array(count)
    for (let i = 0; i < count; i++) out[i] = slots.read(slotOf(i))
    return out
  }
  const matcher = (filter: JournalFilter) => {
    const mobile = filter.mobile && (toKenyanMsisdn(filter.mobile) ?? filter.mobile)
    return (e: JournalEntry): boolean =>
      (!mobile || e.mobile === mobile) && (!filter.partnerID || e.partnerID === filter.partnerID)
  }
  function* entries(
    filter: JournalFilter = {},
    afterId?: string | number,
  ): IterableIterator<JournalEntry> {
    const matches = matcher(filter)
    const after = afterId === undefined ? undefined : idNumber(afterId)
    let first = 0
    if (after !== undefined) {
      for (let i = count - 1; i >= 0; i--) {
        if (slots.messageIdAt(slotOf(i)) === after) {
          first = i + 1
          break
        }
      }
    }
    for (let i = first; i < count; i++) {
      const entry = slots.read(slotOf(i))
      if (matches(entry)) yield entry
    }
  }

  function* recent(): IterableIterator<JournalEntry> {
    for (let i = count - 1; i >= 0; i--) yield slots.read(slotOf(i))
  }

  const find = (given: string | number): JournalEntry | undefined => {
    const messageId = idNumber(given)
    if (messageId === undefined) return undefined
    let low = 0
    let high = count - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const id = slots.messageIdAt(slotOf(middle))
      if (id === messageId) return slots.read(slotOf(middle))
      if (id < messageId) low = middle + 1
      else high = middle - 1
    }
    return undefined
  }

  return {
    list: (filter = {}) => ordered().filter(matcher(filter)),
    entries,
    recent,
    find,
    clear: () => {
      const deleted = count
      watcher?.cleared()
      slots = new JournalSlots(Math.min(limit, FIRST_CAPACITY))
      start = 0
      count = 0
      bytes = 0
      dropped = 0
      return deleted
    },
    watch: (next) => {
      if (watcher) throw new Error('the journal already has a watcher')
      watcher = next
      // Told of every entry held, oldest first, as if each had just been kept; its bytes
      // then count against the budget like those of any later entry.
      for (let i = 0; i < count; i++) {
        const slot = slotOf(i)
        bytes += next.added(slots.read(slot), slots.messageIdAt(slot), slots.sequenceAt(slot))
      }
      while (bytes > maxBytes && count > 0) dropOldest()
    },
    add: (entry) => {
      // Read once: checked here, packed by the slots as this number.
      const messageId = typeof entry.messageId === 'string' ? idNumber(entry.messageId) : undefined
      if (messageId === undefined) {
        throw new TypeError(
          `messageId must be the digits of a whole number, got ${entry.messageId}`,
        )
      }
      if (limit === 0) {
        dropped += 1
        return
      }
      if (count === limit) dropOldest()
      if (count === slots.capacity) {
        slots = slots.moved(Math.min(limit, slots.capacity * 2), start, count)
        start = 0
      }
      journalSequence += 1
      bytes += slots.write(slotOf(count), entry, messageId, journalSequence)
      count += 1
      if (watcher) bytes += watcher.added(entry, messageId, journalSequence)
      // The newest entry goes too when it alone is over the budget.
      while (bytes > maxBytes && count > 0) dropOldest()
    },
    get size() {
      return count
    },
    get bytes() {
      return bytes
    },
    get dropped() {
      return dropped
    },
  }
}
