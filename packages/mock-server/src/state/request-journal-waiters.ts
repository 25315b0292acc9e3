/**
 * @module
 * Waiting for requests: a test (in-process, or over `GET /__mock/requests/wait`) asks to
 * be answered once at least `count` matching requests have been journaled, counting those
 * already there. Each waiter is told of every new entry as it is recorded, so the wait
 * ends on the request that completes it, never on a poll.
 *
 * Bounded and never left hanging: at most `MAX_REQUEST_WAITERS` wait at once (more are
 * refused at once), every wait has a timeout of at most `MAX_WAIT_TIMEOUT_MS`, and reset,
 * close and an abort signal end it. The timeout is real time, not the mock's clock: a
 * virtual clock stands still until a test moves it, and would hold a waiter forever. Its
 * one platform timer is cleared when the wait ends and never keeps a process alive.
 */
import type { StoredRequest } from './request-journal-entry.js'

/**
 * How long, and for how many requests, to wait.
 * @example
 * const options: WaitOptions = { count: 2, timeoutMs: 1000 }
 */
export interface WaitOptions {
  /** Matching requests to wait for, those already journaled included. Default 1. */
  count?: number
  /** Give up after this long (0: answer at once). Default 5000, at most 60 000. @unit milliseconds */
  timeoutMs?: number
  /** Ends the wait when aborted. */
  signal?: AbortSignal
}

/**
 * Why a wait ended without its requests: its timeout, `reset()`, `close()`, its signal,
 * or too many waits at once (`busy`).
 * @example
 * const reason: WaitEndReason = 'timeout'
 */
export type WaitEndReason = 'timeout' | 'reset' | 'closed' | 'aborted' | 'busy'

/**
 * Default timeout of a wait.
 * @unit milliseconds
 * @example
 * mock.requests.waitFor({ endpoint: 'sendsms' }, { timeoutMs: DEFAULT_WAIT_TIMEOUT_MS })
 */
export const DEFAULT_WAIT_TIMEOUT_MS = 5000

/**
 * The longest timeout a wait may ask for.
 * @unit milliseconds
 * @example
 * timeoutMs <= MAX_WAIT_TIMEOUT_MS // true for every accepted wait
 */
export const MAX_WAIT_TIMEOUT_MS = 60_000

/**
 * The most waits at once, per mock; one more is refused (`busy`, HTTP 429).
 * @example
 * waits.length <= MAX_REQUEST_WAITERS
 */
export const MAX_REQUEST_WAITERS = 64

/**
 * A wait that ended without its requests (the rejection of `mock.requests.waitFor`).
 * @example
 * try { await mock.requests.waitFor({ endpoint: 'getdlr' }, { timeoutMs: 100 }) }
 * catch (error) { if (error instanceof RequestWaitError) error.reason // 'timeout' }
 */
export class RequestWaitError extends Error {
  override readonly name = 'RequestWaitError'
  /** Why it ended. */
  readonly reason: WaitEndReason
  /** Matching requests journaled when it ended. */
  readonly matched: number

  constructor(reason: WaitEndReason, wanted: number, matched: number) {
    super(
      reason === 'busy'
        ? `Too many waits at once (at most ${MAX_REQUEST_WAITERS}).`
        : `Waited for ${wanted} matching request(s), ${matched} came before the wait ended (${reason}).`,
    )
    this.reason = reason
    this.matched = matched
  }
}

/**
 * A settled wait: its requests came, or why not.
 * @example
 * const end: WaitEnd = { matched: false, reason: 'timeout' }
 */
export type WaitEnd = { matched: true } | { matched: false; reason: WaitEndReason }

interface Waiter {
  readonly matches: (stored: StoredRequest) => boolean
  readonly count: number
  matched: number
  end(result: WaitEnd): void
}

/**
 * Checks `count` and `timeoutMs` of a wait; a TypeError for values it cannot take.
 * @example
 * waitLimits({ count: 2 }) // { count: 2, timeoutMs: 5000 }
 */
export function waitLimits(options: WaitOptions = {}): { count: number; timeoutMs: number } {
  const { count = 1, timeoutMs = DEFAULT_WAIT_TIMEOUT_MS } = options
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new TypeError('count must be a whole number of at least 1')
  }
  if (!Number.isSafeInteger(timeoutMs) || timeoutMs < 0 || timeoutMs > MAX_WAIT_TIMEOUT_MS) {
    throw new TypeError(`timeoutMs must be a whole number from 0 to ${MAX_WAIT_TIMEOUT_MS}`)
  }
  return { count, timeoutMs }
}

/**
 * The waits of one request journal.
 * @example
 * const waiters = new RequestWaiters()
 * await waiters.wait(matches, 0, { count: 1, timeoutMs: 100 })
 */
export class RequestWaiters {
  readonly #waiters = new Set<Waiter>()

  /** Waits running now. */
  get size(): number {
    return this.#waiters.size
  }

  /**
   * Waits until `count` requests matching `matches` have been seen, `already` of them
   * journaled before the call; resolves with how it ended (never rejects).
   */
  wait(
    matches: (stored: StoredRequest) => boolean,
    already: number,
    options: WaitOptions,
  ): Promise<WaitEnd> {
    const { count, timeoutMs } = waitLimits(options)
    const { signal } = options
    if (already >= count) return Promise.resolve({ matched: true })
    if (signal?.aborted) return Promise.resolve({ matched: false, reason: 'aborted' })
    if (timeoutMs === 0) return Promise.resolve({ matched: false, reason: 'timeout' })
    if (this.#waiters.size >= MAX_REQUEST_WAITERS) {
      return Promise.resolve({ matched: false, reason: 'busy' })
    }
    return new Promise<WaitEnd>((resolve) => {
      const onAbort = () => waiter.end({ matched: false, reason: 'aborted' })
      const timer = setTimeout(() => waiter.end({ matched: false, reason: 'timeout' }), timeoutMs)
      ;(timer as { unref?: () => void }).unref?.()
      const waiter: Waiter = {
        matches,
        count,
        matched: already,
        end: (result) => {
          clearTimeout(timer)
          signal?.removeEventListener('abort', onAbort)
          this.#waiters.delete(waiter)
          resolve(result)
        },
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.#waiters.add(waiter)
    })
  }

  /** Tells every wait of a new entry; those it completes end. */
  seen(stored: StoredRequest): void {
    for (const waiter of this.#waiters) {
      if (waiter.matches(stored) && ++waiter.matched >= waiter.count) waiter.end({ matched: true })
    }
  }

  /** The journal was emptied: what was counted is gone. */
  cleared(): void {
    for (const waiter of this.#waiters) waiter.matched = 0
  }

  /** Ends every wait for `reason` (reset, close). */
  release(reason: WaitEndReason): void {
    for (const waiter of [...this.#waiters]) waiter.end({ matched: false, reason })
  }
}
