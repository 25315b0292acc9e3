/**
 * @module
 * Builds the API's wire parameters from a checked send and the client's credentials
 * (`senderParams` refuses a missing one before anything is sent).
 */
import type { ResolvedOptions } from '../options.js'
import { type SenderParams, senderParams } from '../request/credential-params.js'
import type { SpecFields } from '../request/spec-fields.js'
import type { CheckedSend } from './validate-input.js'

/**
 * The parameters of a send, in the order the docs list them; missing credentials absent.
 * Named and typed by the spec's `SendSmsRequest` (request/spec-fields.ts).
 * @example
 * const params: SendParams = { apikey: 'k', message: 'Hi', mobile: '254712345678' }
 */
export type SendParams = SenderParams &
  Required<SpecFields<'SendSmsRequest', 'message' | 'mobile'>> &
  SpecFields<'SendSmsRequest', 'timeToSend'>

/**
 * The parameters of one send: `mobile` is the comma-joined list.
 * @example
 * toSendParams({ mobiles: ['254712345678', '0733123456'], message: 'Hi', timeToSend: undefined }, options)
 * // { apikey, partnerID, shortcode, message: 'Hi', mobile: '254712345678,0733123456' }
 */
export function toSendParams(send: CheckedSend, options: ResolvedOptions): SendParams {
  // Built in the order the docs list the fields, so bodies and query strings read alike.
  return {
    ...senderParams(options),
    message: send.message,
    mobile: send.mobiles.join(','),
    ...(send.timeToSend === undefined ? {} : { timeToSend: send.timeToSend }),
  }
}
