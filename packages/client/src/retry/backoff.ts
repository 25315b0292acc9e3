/**
 * @module
 * The wait before a retry of a request that never reached the provider: exponential
 * backoff with "full jitter" (a uniform draw below an exponential ceiling, as twilio-node
 * and openai-node do), so many clients that failed together do not retry together.
 */

/**
 * The ceiling of the first wait; each retry doubles it.
 * @unit milliseconds
 */
export const BACKOFF_BASE_MS = 500

/**
 * The most any one wait's ceiling grows to.
 * @unit milliseconds
 */
export const BACKOFF_CAP_MS = 8_000

/**
 * The wait before retry number `retry` (1 for the first): a whole number of milliseconds
 * drawn uniformly below `min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (retry - 1))`.
 * @example
 * backoffMs(1, () => 0.5) // 250
 * backoffMs(3, () => 0.5) // 1000
 * backoffMs(10, () => 0.999) // 7992
 */
export function backoffMs(retry: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (retry - 1))
  return Math.floor(random() * ceiling)
}
