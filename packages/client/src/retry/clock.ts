/**
 * @module
 * The clock the client waits on between attempts and times answers with. Injectable, so
 * tests drive retries without sleeping and a caller can plug in its own scheduler.
 */

/**
 * Waits, random draws for jitter, and the time now.
 * @example
 * const instant: Clock = { sleep: async () => {}, random: () => 0.5, now: () => 0 }
 */
export interface Clock {
  /**
   * Resolves after `ms`; rejects with the signal's reason as soon as `signal` aborts.
   * @unit milliseconds
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
  /** A number in [0, 1), for the jitter of backoff waits. */
  random(): number
  /**
   * A time in milliseconds, only ever subtracted from another (answer durations).
   * @unit milliseconds
   */
  now(): number
}

/**
 * Real timers, `Math.random` and `performance.now` (where it exists, else `Date.now`).
 * @example
 * await realClock.sleep(10, AbortSignal.timeout(1_000))
 */
export const realClock: Clock = {
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason)
        return
      }
      const onAbort = (): void => {
        clearTimeout(timer)
        reject(signal?.reason)
      }
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }, ms)
      signal?.addEventListener('abort', onAbort, { once: true })
    }),
  random: () => Math.random(),
  now: () => globalThis.performance?.now() ?? Date.now(),
}
