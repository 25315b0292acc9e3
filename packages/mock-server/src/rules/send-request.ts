/**
 * @module
 * The checks `sendsms` and `sendotp` share, in the provider's order once the request is
 * read: credentials (4092, 4091, 1006), sender id (1001), message (4093), numbers (1003
 * when there are none, 1104 past the limit). What follows differs: a schedule for
 * sendsms, hashed numbers for sendotp.
 */
import { MAX_RECIPIENTS, splitNumbers } from '@sendsms/wire'
import { type TopLevelAnswer, topLevel } from '../provider/answers.js'
import type { ParamValue } from '../provider/endpoint.js'
import type { MockAccount } from '../state/accounts.js'
import type { MockState } from '../state/mock-state.js'
import { textOf } from './param-text.js'
import { isRefusal, requestAccount } from './request-account.js'

/**
 * The parameters both send endpoints read.
 * @example
 * const params: SendParams = { apikey: 'sandbox-api-key', partnerID: '12345', shortcode: 'SANDBOX', message: 'Hi', mobile: '0712345678' }
 */
export interface SendParams {
  apikey?: ParamValue
  partnerID?: ParamValue
  message?: ParamValue
  shortcode?: ParamValue
  mobile?: ParamValue
}

/**
 * A send that passed the shared checks.
 * @example
 * const { account, numbers } = readSendRequest(state, params) as SendRequest
 */
export interface SendRequest {
  account: Readonly<MockAccount>
  shortcode: string
  message: string
  /** The items of `mobile`, trimmed, in order, duplicates kept. */
  numbers: string[]
}

/**
 * The send, or the top-level answer refusing it. JSON numbers in `partnerID` and
 * `mobile` are read as their digits.
 * @example
 * const request = readSendRequest(state, params)
 * if (isRefusal(request)) return request
 */
export function readSendRequest(
  state: MockState,
  params: SendParams,
): SendRequest | TopLevelAnswer {
  const account = requestAccount(state, params.apikey, params.partnerID)
  if (isRefusal(account)) return account
  const shortcode = textOf(params.shortcode)
  const message = textOf(params.message)
  if (!shortcode || !account.shortcodes.includes(shortcode)) return topLevel(1001)
  if (!message || message.trim() === '') return topLevel(4093)
  const numbers = splitNumbers(textOf(params.mobile) ?? '')
  if (numbers.length === 0) return topLevel(1003)
  if (numbers.length > MAX_RECIPIENTS) return topLevel(1104)
  return { account, shortcode, message, numbers }
}
