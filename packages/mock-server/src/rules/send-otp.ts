/**
 * @module
 * The rules of `sendotp`: those of sendsms without a schedule (the checks are shared,
 * send-request.ts), and hashed sends: with `hashed`, each item of `mobile` is a SHA-256
 * hash, accepted as a Safaricom recipient (network 1) and echoed as sent; anything else in
 * a hashed send is a 1003 row.
 */
import { type ProviderAnswer, topLevel } from '../provider/answers.js'
import type { EndpointParams, RuleContext } from '../provider/endpoint.js'
import type { MockState } from '../state/mock-state.js'
import { acceptRecipients, type RecipientVerdict } from './accept-recipients.js'
import { isSha256Hex, readHashedFlag } from './hashed-recipients.js'
import { classifyNumber } from './numbers.js'
import { isRefusal } from './request-account.js'
import { readSendRequest } from './send-request.js'

const HASHED: RecipientVerdict = Object.freeze({ kind: 'hashed' })
const NOT_A_HASH: RecipientVerdict = Object.freeze({ kind: 'invalid' })

function hashVerdict(given: string): RecipientVerdict {
  return isSha256Hex(given) ? HASHED : NOT_A_HASH
}

/**
 * Decides the answer to an OTP or hashed send, charging credit and journaling accepted
 * messages (a hashed one by its hash, never a number) as a side effect.
 * @example
 * sendOtpRules(state, { apikey: 'sandbox-api-key', partnerID: '12345', shortcode: 'SANDBOX', message: 'Code 4821', mobile: '0712345678' }, { method: 'POST' })
 * // { responses: [{ 'response-code': 200, …, messageid: '100000001', networkid: 1 }] }
 */
export function sendOtpRules(
  state: MockState,
  params: EndpointParams<'sendotp'>,
  { method }: RuleContext,
): ProviderAnswer {
  const request = readSendRequest(state, params)
  if (isRefusal(request)) return request
  const hashed = readHashedFlag(params.hashed)
  if (hashed === undefined) return topLevel(1009)
  const { account, shortcode, message, numbers } = request
  const order = { endpoint: 'sendotp', account, shortcode, method, at: undefined } as const
  const verdicts = numbers.map(hashed ? hashVerdict : classifyNumber)
  return acceptRecipients(state, order, [{ message, given: numbers, verdicts }])
}
