/**
 * @module
 * The options every method's request may carry besides its own fields: the caller's
 * signal and a time limit for this call alone.
 */

/**
 * Per-call options, accepted by every method.
 * @example
 * await client.getBalance({ signal: controller.signal, timeoutMs: 5_000 })
 */
export interface RequestOptions {
  /**
   * Aborts the call, its retries and any wait between them. The call then rejects with
   * `RequestAbortedError` (or `TimeoutError` for a signal from `AbortSignal.timeout()`).
   */
  signal?: AbortSignal | undefined
  /**
   * Time allowed for each attempt of this call, overriding the client's `timeoutMs`.
   * `Infinity` disables it.
   * @default the client's `timeoutMs`
   * @unit milliseconds
   */
  timeoutMs?: number | undefined
}

/**
 * The keys of `RequestOptions`, for the check of unknown request keys.
 * @example
 * rejectUnknownKeys(request, [...REQUEST_OPTION_KEYS, 'method'], 'request')
 */
export const REQUEST_OPTION_KEYS = [
  'signal',
  'timeoutMs',
] as const satisfies readonly (keyof RequestOptions)[]
