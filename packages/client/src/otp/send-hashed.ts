/**
 * @module
 * `sendHashed`: a transactional message to hashed Safaricom numbers, through `sendotp` with
 * `hashed: true`. Numbers are hashed here, before the request, so a plain number never
 * leaves the caller's machine; values already hashed go as they are.
 */
import { ENDPOINTS } from '@sendsms/wire'
import type { EndpointContext } from '../endpoint-context.js'
import { senderParams } from '../request/credential-params.js'
import { rejectUnknownKeys } from '../request/known-keys.js'
import type { SpecFields } from '../request/spec-fields.js'
import { readAnswer } from '../send-sms/read-answer.js'
import type { SendSmsResult } from '../send-sms/types.js'
import { checkMessage, checkRecipients } from '../send-sms/validate-input.js'
import { REQUEST_OPTION_KEYS } from '../transport/request-options.js'
import { hashMsisdn, isHashedMsisdn } from './hash-msisdn.js'
import type { SendHashedRequest } from './types.js'

const REQUEST_KEYS = [
  'to',
  'message',
  ...REQUEST_OPTION_KEYS,
] as const satisfies readonly (keyof SendHashedRequest)[]

/**
 * Checks and hashes the numbers, makes one POST and reads its rows, whose `mobile` is the
 * hash as the provider echoes it.
 * @example
 * const result = await sendHashed(context, { to: '0712345678', message: 'Payment received' })
 * result.results[0]?.mobile // '7132104d…'
 */
export async function sendHashed(
  context: EndpointContext,
  request: SendHashedRequest,
): Promise<SendSmsResult> {
  rejectUnknownKeys(request, REQUEST_KEYS, 'request')
  const message = checkMessage(request.message)
  const given = checkRecipients(request.to)
  const hashes = await Promise.all(
    given.map((value) => (isHashedMsisdn(value) ? value : hashMsisdn(value))),
  )
  const answer = await context.call({
    path: ENDPOINTS.sendotp.path,
    method: 'POST',
    params: {
      ...senderParams(context.options),
      message,
      mobile: hashes.join(','),
      hashed: true,
    } satisfies SpecFields<
      'SendOtpRequest',
      'apikey' | 'partnerID' | 'shortcode' | 'message' | 'mobile' | 'hashed'
    >,
    signal: request.signal,
    timeoutMs: request.timeoutMs,
  })
  return readAnswer(answer.status, answer.text)
}
