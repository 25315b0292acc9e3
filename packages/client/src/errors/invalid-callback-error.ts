/**
 * @module
 * The error of `parseDeliveryCallback`: a payload posted to a webhook that is not the
 * provider's delivery report. Its own class, not an `ApiError`: no call was made, and a
 * webhook handler answers it differently (a 400 to the sender, say) from a refused send.
 */
import { SendSmsError } from './send-sms-error.js'

/**
 * The fields of a delivery callback, or `body` for a payload that is not a JSON object.
 * @example
 * const field: CallbackField = 'timestamp'
 */
export type CallbackField = 'body' | 'description' | 'messageid' | 'timeTaken' | 'timestamp'

/**
 * A delivery callback payload was refused; `field` names the wire field at fault.
 * @example
 * try {
 *   parseDeliveryCallback(await request.json())
 * } catch (error) {
 *   if (error instanceof InvalidCallbackError) return new Response(error.message, { status: 400 })
 *   throw error
 * }
 */
export class InvalidCallbackError extends SendSmsError {
  override name = 'InvalidCallbackError'
  /** The field of the payload that is missing or unreadable. */
  readonly field: CallbackField

  constructor(field: CallbackField, message: string) {
    // Nothing was sent: the payload came in, no request went out.
    super(message, { mayHaveBeenSent: false })
    this.field = field
  }
}
