/**
 * @module
 * The rules of `sendsms`, applied in the provider's order once the request is read: the
 * checks it shares with sendotp (credentials, sender id, message, numbers), its schedule,
 * then credit and one row per number (accept-recipients.ts).
 */
import type { ProviderAnswer } from '../provider/answers.js'
import { topLevel } from '../provider/answers.js'
import type { EndpointParams, RuleContext } from '../provider/endpoint.js'
import type { MockState } from '../state/mock-state.js'
import { acceptRecipients } from './accept-recipients.js'
import { classifyNumber } from './numbers.js'
import { isRefusal } from './request-account.js'
import { parseTimeToSend } from './schedule.js'
import { readSendRequest } from './send-request.js'

/**
 * Decides the answer to a send, charging credit and journaling accepted messages as a side
 * effect. JSON numbers in `partnerID` and `mobile` are read as their digits.
 * @example
 * sendSmsRules(state, { apikey: 'sandbox-api-key', partnerID: '12345', shortcode: 'SANDBOX', message: 'Hi', mobile: '0712345678' }, { method: 'GET' })
 * // { responses: [{ 'response-code': 200, ... }] }
 */
export function sendSmsRules(
  state: MockState,
  params: EndpointParams<'sendsms'>,
  { method }: RuleContext,
): ProviderAnswer {
  const request = readSendRequest(state, params)
  if (isRefusal(request)) return request
  const schedule = parseTimeToSend(params.timeToSend)
  if (!schedule.ok) return topLevel(1009)
  const { account, shortcode, message, numbers } = request
  const order = { endpoint: 'sendsms', account, shortcode, method, at: schedule.at } as const
  return acceptRecipients(state, order, [
    { message, given: numbers, verdicts: numbers.map(classifyNumber) },
  ])
}
