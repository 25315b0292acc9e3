/**
 * @module
 * `sendOtp`: an OTP or transactional message through `sendotp`. It is a send in all but its
 * path and its answer's types (`messageid` arrives as a string), which the row reader
 * already makes uniform.
 */
import { ENDPOINTS } from '@sendsms/wire'
import type { EndpointContext } from '../endpoint-context.js'
import { senderParams } from '../request/credential-params.js'
import { rejectUnknownKeys } from '../request/known-keys.js'
import type { SpecFields } from '../request/spec-fields.js'
import { readAnswer } from '../send-sms/read-answer.js'
import type { SendSmsResult } from '../send-sms/types.js'
import { checkMessage, checkMethod, checkRecipients } from '../send-sms/validate-input.js'
import { REQUEST_OPTION_KEYS } from '../transport/request-options.js'
import type { SendOtpRequest } from './types.js'

const REQUEST_KEYS = [
  'to',
  'message',
  'method',
  ...REQUEST_OPTION_KEYS,
] as const satisfies readonly (keyof SendOtpRequest)[]

/**
 * Checks the request, makes one call and reads its rows (or throws the typed error).
 * @example
 * const result = await sendOtp(context, { to: '254712345678', message: 'Your code is 4821' })
 */
export async function sendOtp(
  context: EndpointContext,
  request: SendOtpRequest,
): Promise<SendSmsResult> {
  rejectUnknownKeys(request, REQUEST_KEYS, 'request')
  const method = checkMethod(request.method)
  const message = checkMessage(request.message)
  const mobiles = checkRecipients(request.to)
  const answer = await context.call({
    path: ENDPOINTS.sendotp.path,
    method,
    params: {
      ...senderParams(context.options),
      message,
      mobile: mobiles.join(','),
    } satisfies SpecFields<
      'SendOtpRequest',
      'apikey' | 'partnerID' | 'shortcode' | 'message' | 'mobile'
    >,
    signal: request.signal,
    timeoutMs: request.timeoutMs,
  })
  return readAnswer(answer.status, answer.text)
}
