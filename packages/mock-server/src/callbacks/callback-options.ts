/**
 * @module
 * How the mock posts delivery callbacks: how often it tries, how long it waits, and how
 * much it may hold. Every bound has a default, so a mock whose receiver is down for a day
 * holds a fixed amount of memory however many messages it sends.
 */

/**
 * Options of the delivery callbacks (`MockOptions.callbacks`).
 * @example
 * createMock({ callbacks: { attempts: 3, backoff: 1000, timeout: 2000 } })
 */
export interface CallbackOptions {
  /** Attempts per report, the first included; a 2xx answer ends them. Default 5. */
  attempts?: number
  /**
   * Wait before the first retry, on the mock's clock; it doubles after each failure
   * (10 s, 20 s, 40 s, 80 s by default).
   * @unit milliseconds
   */
  backoff?: number
  /**
   * How long an attempt waits for the receiver's answer before it counts as failed, in
   * real time (a receiver that hangs holds an advance of the virtual clock this long).
   * Default 5000.
   * @unit milliseconds
   */
  timeout?: number
  /** Reports waiting to be posted or retried; past it new reports are dropped and counted. Default 10 000. */
  maxPending?: number
  /**
   * Memory the waiting reports may hold, estimated; past it new reports are dropped and
   * counted. Default 4 MiB.
   * @unit bytes
   */
  maxPendingBytes?: number
  /** Attempts kept for `GET /__mock/callbacks`; past it the oldest are dropped and counted. Default 1000. */
  maxRecorded?: number
  /**
   * Memory the kept attempts may hold, estimated; past it the oldest are dropped. Default 1 MiB.
   * @unit bytes
   */
  maxRecordedBytes?: number
}

/**
 * The options with every default filled in.
 * @example
 * const settings: CallbackSettings = callbackSettings({ attempts: 3 })
 */
export type CallbackSettings = Readonly<Required<CallbackOptions>>

/**
 * The defaults of the delivery callbacks.
 * @example
 * CALLBACK_DEFAULTS.attempts // 5
 */
export const CALLBACK_DEFAULTS: CallbackSettings = Object.freeze({
  attempts: 5,
  backoff: 10_000,
  timeout: 5000,
  maxPending: 10_000,
  maxPendingBytes: 4 * 1024 * 1024,
  maxRecorded: 1000,
  maxRecordedBytes: 1024 * 1024,
})

/**
 * Checks the options and fills in the defaults; throws a TypeError naming a bad one.
 * @example
 * callbackSettings({ timeout: 1000 }).timeout // 1000
 */
export function callbackSettings(options: CallbackOptions = {}): CallbackSettings {
  const settings = { ...CALLBACK_DEFAULTS, ...options }
  for (const [name, value] of Object.entries(settings)) {
    const least = name === 'attempts' ? 1 : 0
    if (!Number.isSafeInteger(value) || value < least) {
      throw new TypeError(`callbacks.${name} must be an integer >= ${least}`)
    }
  }
  return Object.freeze(settings)
}
