/**
 * @module
 * `sendSms`: one message to one or more numbers, now or scheduled (`sendsms`).
 */
import { ENDPOINTS } from '@sendsms/wire'
import type { EndpointContext } from '../endpoint-context.js'
import { readAnswer } from './read-answer.js'
import { toSendParams } from './to-params.js'
import type { SendSmsRequest, SendSmsResult } from './types.js'
import { checkMethod, checkSend } from './validate-input.js'

/**
 * Checks the send, makes one call and reads its rows (or throws the typed error).
 * @example
 * const result = await sendSms(context, { to: '254712345678', message: 'Hello' })
 */
export async function sendSms(
  context: EndpointContext,
  request: SendSmsRequest,
): Promise<SendSmsResult> {
  const method = checkMethod(request.method)
  const send = checkSend(request)
  const answer = await context.call({
    path: ENDPOINTS.sendsms.path,
    method,
    params: toSendParams(send, context.options),
    signal: request.signal,
  })
  return readAnswer(answer.status, answer.text)
}
