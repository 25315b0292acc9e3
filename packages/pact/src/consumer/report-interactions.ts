/**
 * @module
 * Ready interactions of `getbalance` and `getdlr`: the credit, a delivered report, a failed
 * one (an absent subscriber, a final failure), one not final yet, "No dlr" for a message
 * with no report, and the refusals every endpoint shares (a wrong key, a server fault).
 */
import {
  MESSAGE_DELIVERED,
  MESSAGE_NEVER_REPORTED,
  MESSAGE_TO_ABSENT_SUBSCRIBER,
  MESSAGE_WITH_NO_REPORT,
  nextRequestAnswers,
  REPORTED_MESSAGE_ID,
  SANDBOX_ACCOUNT_EXISTS,
  SANDBOX_ACCOUNT_HAS_CREDIT,
} from '@sendsms/mock-server'
import { DELIVERY_STATUSES, type DeliveryStatus, describeCode, ENDPOINTS } from '@sendsms/wire'
import { specExample } from '../spec/answer-examples.js'
import { credit, deliveryStatus, messageId, networkId } from './matchers.js'
import {
  accountOf,
  type ReadyInteraction,
  type RequestOptions,
  ready,
  type WireParams,
} from './ready-interaction.js'
import { providerTime, sameDigits, turnaround } from './wire-matchers.js'

function credentials(options: RequestOptions) {
  const { apikey, partnerID } = accountOf(options.account)
  return { apikey, partnerID }
}

function refusal(code: number, params: WireParams) {
  return { params, body: { 'response-code': code, 'response-description': describeCode(code) } }
}

function faultOf(
  endpoint: 'getbalance' | 'getdlr',
  code: number,
  options: RequestOptions,
  params: WireParams,
) {
  if (describeCode(code) === undefined || code === 200) {
    throw new Error(`${code} is not a refusal code of the spec`)
  }
  return ready(endpoint, options, {
    states: [{ name: nextRequestAnswers(code), params: { code } }],
    description: `a ${endpoint} answered with code ${code}`,
    ...refusal(code, params),
  })
}

function wrongKey(endpoint: 'getbalance' | 'getdlr', options: RequestOptions, params: WireParams) {
  return ready(endpoint, options, {
    states: [{ name: SANDBOX_ACCOUNT_EXISTS }],
    description: `a ${endpoint} with a wrong apikey`,
    ...refusal(1006, params),
  })
}

/**
 * The ready interactions of `getbalance`.
 * @example
 * addInteraction(pact, getBalance.ok({ credit: 545 }))
 */
export const getBalance = Object.freeze({
  /** The sandbox account has `credit` (default 545): answered `"545.00"`, or as a number. */
  ok: (options: RequestOptions & { credit?: number } = {}): ReadyInteraction => {
    const amount = options.credit ?? 545
    const { partnerID } = accountOf(options.account)
    return ready('getbalance', options, {
      states: [{ name: SANDBOX_ACCOUNT_HAS_CREDIT, params: { credit: amount } }],
      description: `a getbalance of an account with credit ${amount}`,
      params: credentials(options),
      body: {
        'response-code': 200,
        credit: credit(amount.toFixed(2)),
        'partner-id': sameDigits(partnerID),
      },
    })
  },
  /** A wrong apikey: a top-level 1006. */
  invalidCredentials: (options: RequestOptions = {}) =>
    wrongKey(
      'getbalance',
      options,
      credentials({ account: { apikey: 'wrong-api-key', ...options.account } }),
    ),
  /** The next request answers a top-level `code` (default 4090). */
  fault: (code = 4090, options: RequestOptions = {}) =>
    faultOf('getbalance', code, options, credentials(options)),
})

const REPORTS = [
  { state: MESSAGE_DELIVERED, status: 'DeliveredToTerminal', tat: '00:00:20' },
  { state: MESSAGE_NEVER_REPORTED, status: 'SentToNetwork', tat: '00:00:00' },
  { state: MESSAGE_TO_ABSENT_SUBSCRIBER, status: 'AbsentSubscriber', tat: '24:00:00' },
] as const satisfies readonly { state: string; status: DeliveryStatus; tat: string }[]

function report(which: (typeof REPORTS)[number], options: RequestOptions): ReadyInteraction {
  const status = DELIVERY_STATUSES.find(({ description }) => description === which.status)
  return ready('getdlr', options, {
    states: [{ name: which.state }],
    description: `a getdlr of a message in status ${which.status}`,
    params: { ...credentials(options), messageID: REPORTED_MESSAGE_ID },
    body: {
      'response-code': 200,
      'message-id': messageId(REPORTED_MESSAGE_ID),
      'response-description': describeCode(200),
      'delivery-status': deliveryStatus(status?.status ?? 0),
      'delivery-description': which.status,
      // The clock of a report is the time of the run: times are matched by their form.
      'delivery-tat': turnaround(which.tat),
      'delivery-networkid': networkId(1),
      'delivery-time': providerTime('2030-01-01 09:00:20'),
    },
  })
}

const [DELIVERED, NOT_FINAL, FAILED] = REPORTS

/**
 * The ready interactions of `getdlr`, all of message `100000001` (`REPORTED_MESSAGE_ID`),
 * which the mock's report states send.
 * @example
 * addInteraction(pact, getDlr.delivered({ method: 'GET' }))
 */
export const getDlr = Object.freeze({
  /** Delivered: `DeliveredToTerminal` (32), final. */
  delivered: (options: RequestOptions = {}) => report(DELIVERED, options),
  /** Failed: `AbsentSubscriber` (2), a final failure reported a day later. */
  failed: (options: RequestOptions = {}) => report(FAILED, options),
  /** Not final yet: `SentToNetwork` (8), from a network that never reports. */
  pending: (options: RequestOptions = {}) => report(NOT_FINAL, options),
  /** No report yet (a message scheduled for later): the top-level "No dlr" of the getdlr page. */
  noReport: (options: RequestOptions = {}): ReadyInteraction =>
    ready('getdlr', options, {
      states: [{ name: MESSAGE_WITH_NO_REPORT }],
      description: 'a getdlr of a message with no report yet',
      params: { ...credentials(options), messageID: REPORTED_MESSAGE_ID },
      body: { ...specExample(ENDPOINTS.getdlr.path, 'GET', 1009, 'top-level') },
    }),
  /** A wrong apikey: a top-level 1006. */
  invalidCredentials: (options: RequestOptions = {}) =>
    wrongKey('getdlr', options, {
      ...credentials({ account: { apikey: 'wrong-api-key', ...options.account } }),
      messageID: REPORTED_MESSAGE_ID,
    }),
  /** The next request answers a top-level `code` (default 4090). */
  fault: (code = 4090, options: RequestOptions = {}) =>
    faultOf('getdlr', code, options, { ...credentials(options), messageID: REPORTED_MESSAGE_ID }),
})
