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

/**
 * The input was refused before any request was made; nothing was sent.
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
    super(message)
    this.field = field
  }
}

/**
 * No answer was received: DNS failure, refused connection, reset, or an aborted
 * request. The message may or may not have been delivered if the request left
 * the machine, so do not blindly retry (the API has no idempotency key).
 * @example
 * if (error instanceof ConnectionError) console.error('SMS API unreachable:', error.message)
 */
export class ConnectionError extends SendSmsError {
  override name = 'ConnectionError'
}

/**
 * No answer arrived within `timeoutMs` (or the caller's signal timed out).
 * @example
 * if (error instanceof TimeoutError) console.error(error.message) // 'No answer from the SMS API within 30000 ms'
 */
export class TimeoutError extends ConnectionError {
  override name = 'TimeoutError'
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
