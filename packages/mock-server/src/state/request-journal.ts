/**
 * @module
 * The request journal: every request to a provider endpoint, refused or not, with what the
 * mock read and answered, so a test can assert "exactly one send", "the balance was asked
 * twice" or "the retry came", which the message journal (accepted recipients only) cannot.
 * Read in-process (`mock.requests`) and over `GET /__mock/requests`.
 *
 * It is a ring bounded twice, as the message journal is: past `limit` entries or past
 * `maxBytes` of estimated memory the oldest go, counted in `dropped`. Each entry's own size
 * is bounded too (request-journal-params.ts), so a 1 MiB message costs a few KiB here.
 */
import {
  publicEntry,
  type RequestJournalEntry,
  type StoredRequest,
} from './request-journal-entry.js'
import { type RequestFilter, requestMatcher } from './request-journal-filter.js'
import {
  RequestWaitError,
  RequestWaiters,
  type WaitEndReason,
  type WaitOptions,
  waitLimits,
} from './request-journal-waiters.js'

/**
 * The request journal of one mock (`mock.requests`).
 * @example
 * await mock.requests.waitFor({ endpoint: 'sendsms' })
 * mock.requests.count({ endpoint: 'getbalance' }) // 2
 */
export interface RequestJournal {
  /** Entries oldest first, optionally filtered. */
  list(filter?: RequestFilter): RequestJournalEntry[]
  /** How many entries match. */
  count(filter?: RequestFilter): number
  /** The oldest matching entry, or undefined. */
  find(filter?: RequestFilter): RequestJournalEntry | undefined
  /**
   * Resolves with the matching entries once at least `count` (default 1) are journaled,
   * those already there included; rejects with a `RequestWaitError` on its timeout
   * (default 5 s, at most 60 s, real time), on `reset()`, `close()`, an aborted `signal`,
   * or when 64 waits are already running. A TypeError for a filter or option it cannot read.
   */
  waitFor(filter?: RequestFilter, options?: WaitOptions): Promise<RequestJournalEntry[]>
  /** Empties the journal and returns how many entries it held; the drop count restarts. */
  clear(): number
  /** Entries held now. */
  readonly size: number
  /** An estimate of the memory the entries hold, in bytes (at most `maxBytes`). */
  readonly bytes: number
  /** Entries dropped since the journal was created or cleared, to stay within its limits. */
  readonly dropped: number
}

/**
 * How a wait ended, with the matching entries at that moment (for the HTTP long poll).
 * @example
 * const result: RequestWaitResult = { matched: false, reason: 'timeout', requests: [] }
 */
export type RequestWaitResult =
  | { matched: true; requests: StoredRequest[] }
  | { matched: false; reason: WaitEndReason; requests: StoredRequest[] }

/**
 * The journal with what the mock itself needs: recording, lazy reading, reset and close.
 * @example
 * const journal = createRequestJournal({ limit: 100 })
 * journal.add(record)
 */
export interface RequestRecorder extends RequestJournal {
  /**
   * Numbers an entry (its `seq` is set here) and keeps it, dropping the oldest to stay
   * within both limits.
   */
  add(entry: StoredRequest): void
  /** Matching stored entries, oldest first, one at a time (`after` found by halving). */
  stored(filter?: RequestFilter): IterableIterator<StoredRequest>
  /** Waits as `waitFor` does, answering how it ended instead of rejecting. */
  wait(filter: RequestFilter, options: WaitOptions): Promise<RequestWaitResult>
  /** Empty, numbering from 1 again, every wait ended (`reset`). */
  reset(): void
  /** Ends every wait (`closed`). */
  close(): void
}

/**
 * How much the request journal keeps.
 * @example
 * const options: RequestJournalOptions = { limit: 100, maxBytes: 1024 * 1024 }
 */
export interface RequestJournalOptions {
  /** Most entries kept. Default 10 000. */
  limit?: number
  /**
   * Most memory the entries may hold, estimated; the oldest are dropped past it.
   * Default 16 MiB.
   * @unit bytes
   */
  maxBytes?: number
}

/**
 * Default number of requests kept.
 * @example
 * createMock({ requestJournalLimit: DEFAULT_REQUEST_JOURNAL_LIMIT })
 */
export const DEFAULT_REQUEST_JOURNAL_LIMIT = 10_000

/**
 * Default memory the requests may hold: the default number of requests at well over a
 * kilobyte each (a one-number send takes about 600 bytes), and a bound whatever they hold.
 * @example
 * createMock({ requestJournalBytes: DEFAULT_REQUEST_JOURNAL_BYTES })
 */
export const DEFAULT_REQUEST_JOURNAL_BYTES = 16 * 1024 * 1024

// Room the ring starts with; it doubles as requests arrive, up to its limit.
const FIRST_CAPACITY = 256

function wholeNumber(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new TypeError(`${name} must be an integer >= 0`)
  }
  return value
}

/**
 * Creates an empty request journal, a ring bounded in entries and in bytes.
 * @example
 * const journal = createRequestJournal({ limit: 100 })
 * journal.count({ endpoint: 'sendsms' }) // 0
 */
export function createRequestJournal(options: RequestJournalOptions = {}): RequestRecorder {
  const limit = wholeNumber('requestJournalLimit', options.limit ?? DEFAULT_REQUEST_JOURNAL_LIMIT)
  const maxBytes = wholeNumber(
    'requestJournalBytes',
    options.maxBytes ?? DEFAULT_REQUEST_JOURNAL_BYTES,
  )
  const waiters = new RequestWaiters()
  let ring: (StoredRequest | undefined)[] = new Array(Math.min(limit, FIRST_CAPACITY))
  let start = 0
  let count = 0
  let bytes = 0
  let dropped = 0
  let seq = 0

  const at = (index: number): StoredRequest => ring[(start + index) % ring.length] as StoredRequest
  const dropOldest = (): void => {
    bytes -= (ring[start] as StoredRequest).bytes
    ring[start] = undefined
    start = (start + 1) % ring.length
    count -= 1
    dropped += 1
  }
  const grow = (): void => {
    const next = new Array<StoredRequest | undefined>(Math.min(limit, ring.length * 2))
    for (let i = 0; i < count; i++) next[i] = at(i)
    ring = next
    start = 0
  }
  // The index of the first entry numbered after `after`: numbers only increase.
  const firstAfter = (after: number | undefined): number => {
    if (after === undefined) return 0
    let low = 0
    let high = count
    while (low < high) {
      const middle = (low + high) >> 1
      if (at(middle).seq <= after) low = middle + 1
      else high = middle
    }
    return low
  }
  function* stored(filter: RequestFilter = {}): IterableIterator<StoredRequest> {
    const matches = requestMatcher(filter)
    for (let i = firstAfter(filter.after); i < count; i++) {
      const entry = at(i)
      if (matches(entry)) yield entry
    }
  }
  const countOf = (filter: RequestFilter = {}): number => {
    let n = 0
    for (const _ of stored(filter)) n++
    return n
  }
  const clear = (): number => {
    const deleted = count
    ring = new Array(Math.min(limit, FIRST_CAPACITY))
    start = 0
    count = 0
    bytes = 0
    dropped = 0
    waiters.cleared()
    return deleted
  }
  const wait = async (
    filter: RequestFilter,
    waitOptions: WaitOptions,
  ): Promise<RequestWaitResult> => {
    waitLimits(waitOptions)
    const matches = requestMatcher(filter)
    const end = await waiters.wait(matches, countOf(filter), waitOptions)
    const requests = [...stored(filter)]
    return end.matched ? { matched: true, requests } : { ...end, requests }
  }

  return {
    list: (filter) => Array.from(stored(filter), publicEntry),
    count: countOf,
    find: (filter) => {
      for (const entry of stored(filter)) return publicEntry(entry)
      return undefined
    },
    waitFor: async (filter = {}, waitOptions = {}) => {
      const result = await wait(filter, waitOptions)
      if (result.matched) return result.requests.map(publicEntry)
      const wanted = waitOptions.count ?? 1
      throw new RequestWaitError(result.reason, wanted, result.requests.length)
    },
    clear,
    add: (entry) => {
      seq += 1
      entry.seq = seq
      if (limit === 0) dropped += 1
      else {
        if (count === limit) dropOldest()
        if (count === ring.length) grow()
        ring[(start + count) % ring.length] = entry
        count += 1
        bytes += entry.bytes
        // The newest entry goes too when it alone is over the budget.
        while (bytes > maxBytes && count > 0) dropOldest()
      }
      waiters.seen(entry)
    },
    stored,
    wait,
    reset: () => {
      clear()
      seq = 0
      waiters.release('reset')
    },
    close: () => waiters.release('closed'),
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
