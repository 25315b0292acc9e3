/**
 * @module
 * What the client's hooks are told: each request as it goes to fetch, each answer as it
 * arrives, and each retry before its wait. The API key never appears in them: it is
 * replaced by `[redacted]` in the URL and the body, however it is encoded there.
 */
import type { SendSmsError } from '../errors/send-sms-error.js'

/**
 * One request as it was handed to fetch, the API key replaced by `[redacted]`.
 * @example
 * const event: RequestEvent = { method: 'GET', url: 'https://quicksms.advantasms.com/api/services/getbalance?apikey=[redacted]&partnerID=12345', body: undefined, attempt: 1 }
 */
export interface RequestEvent {
  /** `'GET'` or `'POST'`. */
  method: string
  /** The full URL, query string included. */
  url: string
  /** The body as sent (the JSON text of a POST); `undefined` for a GET. */
  body: string | undefined
  /** 1 for the first attempt, 2 for the first retry, and so on. */
  attempt: number
}

/**
 * An answer to a request, whatever its status or body (the body is read afterwards).
 * @example
 * const event: ResponseEvent = { method: 'POST', url: 'https://quicksms.advantasms.com/api/services/sendsms', body: '{"apikey":"[redacted]"}', attempt: 1, status: 200, durationMs: 182 }
 */
export interface ResponseEvent extends RequestEvent {
  /** The HTTP status of the answer. */
  status: number
  /**
   * From handing the request to fetch until the body was read, on the client's clock.
   * @unit milliseconds
   */
  durationMs: number
}

/**
 * A retry about to happen: the error of the attempt that failed and the wait before the next.
 * @example
 * const event: RetryEvent = { attempt: 2, delayMs: 250, error: new ConnectionError('Could not reach the SMS API (fetch failed: connect ECONNREFUSED)', { mayHaveBeenSent: false }) }
 */
export interface RetryEvent {
  /** The number of the attempt that will follow the wait (2 for the first retry). */
  attempt: number
  /** @unit milliseconds */
  delayMs: number
  /** Why: a `ConnectionError` that never reached the provider, or a `TryLaterError`. */
  error: SendSmsError
}

/**
 * The hooks a client may be given. Each is called synchronously; its result is not
 * awaited, and an error it throws (or a promise it returns that rejects) is ignored, so a
 * broken logger can never stop, delay or change a send.
 * @example
 * const hooks: ClientHooks = { onRequest: (event) => console.debug(event.method, event.url) }
 */
export interface ClientHooks {
  /** Called as each request, retries included, is handed to fetch. */
  onRequest?: ((event: RequestEvent) => unknown) | undefined
  /** Called when an answer arrived and its body was read, whatever its status. */
  onResponse?: ((event: ResponseEvent) => unknown) | undefined
  /** Called before each wait for a retry. */
  onRetry?: ((event: RetryEvent) => unknown) | undefined
}
