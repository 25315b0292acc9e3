/**
 * @module
 * The error for a send of several requests that stopped part-way with some recipients
 * already accepted: the provider has sent to them, so the caller needs the whole account
 * (who was sent, who failed, who was never tried) to resend only the rest.
 */
import type { AccountedSendResult } from '../send-sms/types.js'
import { SendSmsError } from './send-sms-error.js'

/**
 * A send split into several requests did not complete: a request failed as a whole, the
 * caller aborted or `onProgress` threw, after some recipients were accepted. `result`
 * accounts for every recipient (`accepted`, `rejected`, `failed`, `notAttempted`) and
 * `cause` is the first failure. Messages went out, so `mayHaveBeenSent` is `true`: resend
 * only `result.notAttempted` and, once you know they were not sent, `result.failed`.
 * @example
 * try {
 *   await client.sendSms({ to: numbers, message: 'Hi' })
 * } catch (error) {
 *   if (error instanceof IncompleteSendError) {
 *     const rest = error.result.notAttempted.map((row) => row.mobile)
 *     console.error(error.message, error.cause, rest.length)
 *   }
 * }
 */
export class IncompleteSendError extends SendSmsError {
  override name = 'IncompleteSendError'
  /** Every recipient of the send, each with its `status`. */
  readonly result: AccountedSendResult

  constructor(result: AccountedSendResult, cause: unknown) {
    super(describeIncomplete(result), { cause, mayHaveBeenSent: true })
    this.result = result
  }
}

function describeIncomplete(result: AccountedSendResult): string {
  const failed = result.failed.length
  const notAttempted = result.notAttempted.length
  return (
    `The send stopped part-way: ${result.accepted.length} of ${result.results.length} ` +
    `recipients accepted, ${result.rejected.length} rejected, ${failed} in failed requests, ` +
    `${notAttempted} not attempted`
  )
}
