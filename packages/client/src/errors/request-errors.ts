/**
 * @module
 * Errors for sends that never produced a usable answer: input refused before sending,
 * a network failure or timeout, or a reply that is not the API's JSON.
 */
import { SendSmsError } from './send-sms-error.js'

/**
 * The inputs the client checks before sending: a field of a request (of one bulk item for
 * `to`, `message` and `clientSmsId` in `sendBulk`), the bulk list itself (`items`), the id
 * of a delivery report (`messageId`), or an option of the client.
 * @example
 * const field: InvalidField = 'sendAt'
 */
export type InvalidField =
  | 'to'
  | 'message'
  | 'sendAt'
  | 'method'
  | 'items'
  | 'clientSmsId'
  | 'messageId'
  | 'baseUrl'
  | 'timeoutMs'
  | 'options'
  | 'request'
  | 'apiKey'
  | 'partnerId'
  | 'shortcode'

/**
 * The input was refused before any request was made; nothing was sent
 * (`mayHaveBeenSent` is `false`).
 * @example
 * import { InvalidRequestError } from '@sendsms/client'
 * await client.sendSms({ to: '', message: 'Hi' }).catch((e) => {
 *   if (e instanceof InvalidRequestError) console.error(`fix ${e.field}: ${e.message}`)
 * })
 */
export class InvalidRequestError extends SendSmsError {
  override name = 'InvalidRequestError'
  /** Which input was refused. */
  readonly field: InvalidField

  constructor(field: InvalidField, message: string) {
    super(message, { mayHaveBeenSent: false })
    this.field = field
  }
}

/**
 * No answer was received: DNS failure, refused connection, reset or timeout.
 * `mayHaveBeenSent` is `false` only when the request cannot have reached the provider
 * (the connection was refused, the name did not resolve); otherwise the message may
 * have been delivered, so do not blindly retry (the API has no idempotency key).
 * @example
 * if (error instanceof ConnectionError && !error.mayHaveBeenSent) console.error('SMS API unreachable, nothing sent')
 */
export class ConnectionError extends SendSmsError {
  override name = 'ConnectionError'
}

/**
 * No answer arrived within `timeoutMs` (or the caller's signal timed out). The request may
 * have arrived and been acted on while no answer came back, so `mayHaveBeenSent` is `true`,
 * unless the caller's signal timed out before anything was sent.
 * @example
 * if (error instanceof TimeoutError) console.error(error.message) // 'No answer from the SMS API within 30000 ms'
 */
export class TimeoutError extends ConnectionError {
  override name = 'TimeoutError'
}

/**
 * The caller's `AbortSignal` aborted the call (its reason is the `cause`, secrets masked).
 * Not a `ConnectionError`, so code that retries unreachable servers does not retry a
 * caller's own abort. `mayHaveBeenSent` says whether the request had left before the
 * abort. A signal from `AbortSignal.timeout()` gives a `TimeoutError` instead.
 * @example
 * if (error instanceof RequestAbortedError && !error.mayHaveBeenSent) console.log('cancelled, nothing sent')
 */
export class RequestAbortedError extends SendSmsError {
  override name = 'RequestAbortedError'
}

/**
 * The server answered, but not as the API does: a non-2xx HTTP status, a body that is
 * not JSON, or JSON of an unknown shape (for example an empty `responses` list).
 * @example
 * if (error instanceof UnexpectedResponseError) console.error(`HTTP ${error.status}: ${error.message}`)
 */
export class UnexpectedResponseError extends SendSmsError {
  override name = 'UnexpectedResponseError'
  /** The HTTP status of the answer. */
  readonly status: number

  constructor(status: number, message: string) {
    super(message)
    this.status = status
  }
}
