/**
 * @module
 * The rules of `getdlr`: credentials as sendsms checks them, then the delivery report of
 * one message of the account, derived from its journal record and the mock's clock
 * (state/deliveries.ts). A message the account never sent, one the journal let go, a
 * missing or unreadable `messageID`, and a message still `Scheduled` (not yet handed to
 * the network, so no network has reported on it) are all answered "no report".
 */
import { describeCode, NO_REPORT_ANSWERS, SUCCESS_CODE } from '@sendsms/wire'
import { type ProviderAnswer, type TopLevelAnswer, topLevel } from '../provider/answers.js'
import type { EndpointParams, ParamValue } from '../provider/endpoint.js'
import { deliveryOf } from '../state/deliveries.js'
import { reportTime, turnaround } from '../state/deliveries-times.js'
import type { MockState } from '../state/mock-state.js'
import { textOf } from './param-text.js'
import { isRefusal, requestAccount } from './request-account.js'

/**
 * The codes getdlr may answer "no report" with: the getdlr page's example shows
 * `1009 "No dlr"`, the code table lists `1008 "No Delivery Report"`.
 * @example
 * createMock({ noReportCode: 1008 })
 */
export type NoReportCode = 1008 | 1009

/**
 * The code getdlr answers "no report" with unless told otherwise: the getdlr page's own
 * example, `1009`.
 * @example
 * DEFAULT_NO_REPORT_CODE // 1009
 */
export const DEFAULT_NO_REPORT_CODE: NoReportCode = 1009

/**
 * The description of the getdlr page's "no report" example. The code table gives 1009 as
 * "Unsupported data type"; this page words it for getdlr alone (the spec's `x-no-report`
 * of DeliveryReportAnswer, generated into @sendsms/wire).
 * @example
 * topLevel(1009, NO_DLR_DESCRIPTION) // { 'response-code': 1009, 'response-description': 'No dlr' }
 */
export const NO_DLR_DESCRIPTION: string = noReportDescription(1009)

function noReportDescription(code: NoReportCode): string {
  const answer = NO_REPORT_ANSWERS.find((entry) => entry.code === code)
  if (!answer) throw new Error(`the spec lists no "no report" answer with code ${code}`)
  return answer.description
}

/**
 * The "no report" answer for a code.
 * @example
 * noReport(1008) // { 'response-code': 1008, 'response-description': 'No Delivery Report' }
 */
export function noReport(code: NoReportCode): TopLevelAnswer {
  return topLevel(code, noReportDescription(code))
}

/**
 * Checks a "no report" code given as an option; throws a TypeError for any other.
 * @example
 * checkNoReportCode(1008) // 1008
 */
export function checkNoReportCode(code: unknown): NoReportCode {
  if (code !== 1008 && code !== 1009) throw new TypeError('noReportCode must be 1008 or 1009')
  return code
}

// A message id as sent: digits (a string or a JSON number), spaces around them ignored.
function messageIdOf(value: ParamValue | undefined): number | undefined {
  const text = textOf(value)?.trim()
  if (text === undefined || !/^\d{1,16}$/.test(text)) return undefined
  const id = Number(text)
  return Number.isSafeInteger(id) ? id : undefined
}

const SUCCESS_DESCRIPTION = describeCode(SUCCESS_CODE) as string

/**
 * Decides the answer to a getdlr request.
 * @example
 * getDlrRules(state, { apikey: 'sandbox-api-key', partnerID: '12345', messageID: '100000001' }, { method: 'GET' })
 * // { 'response-code': 200, 'message-id': '100000001', 'delivery-description': 'DeliveredToTerminal', … }
 */
export function getDlrRules(state: MockState, params: EndpointParams<'getdlr'>): ProviderAnswer {
  const account = requestAccount(state, params.apikey, params.partnerID)
  if (isRefusal(account)) return account
  const messageId = messageIdOf(params.messageID)
  const entry = messageId === undefined ? undefined : state.journal.find(messageId)
  if (!entry || entry.partnerID !== account.partnerID) return noReport(state.noReportCode)
  const delivery = deliveryOf(entry, state.now().getTime())
  // A message still Scheduled has reached no network; an entry added by hand with a time
  // that is not one has no report either.
  if (delivery.description === 'Scheduled' || !Number.isFinite(delivery.since)) {
    return noReport(state.noReportCode)
  }
  return {
    'response-code': SUCCESS_CODE,
    'message-id': String(entry.messageId),
    'response-description': SUCCESS_DESCRIPTION,
    'delivery-status': delivery.status,
    'delivery-description': delivery.description,
    'delivery-tat': turnaround(delivery.since - delivery.sentAt),
    'delivery-networkid': entry.networkId,
    'delivery-time': reportTime(delivery.since),
  }
}
