/**
 * @module
 * Ready interactions of the sends: `sendsms`, `sendotp` and `sendbulk`, each accepted, with
 * no credit, to an invalid number, with a wrong key and with a server fault (4090 or any
 * top-level code). Rows match drifting types with `matchers` and exact codes and wordings
 * from the spec (the code table, or the spec's own example of the live low-credit row).
 */

import { MatchersV3 } from '@pact-foundation/pact'
import {
  answersWithProfile,
  invalidNumber,
  nextRequestAnswers,
  SANDBOX_ACCOUNT_EXISTS,
  SANDBOX_ACCOUNT_HAS_NO_CREDIT,
} from '@sendsms/mock-server'
import { describeCode, ENDPOINTS } from '@sendsms/wire'
import { specExample } from '../spec/answer-examples.js'
import { messageId, mobile as mobileMatcher, networkId } from './matchers.js'
import {
  accountOf,
  type ReadyInteraction,
  type RequestOptions,
  ready,
  type WireParams,
} from './ready-interaction.js'
import { sameDigits } from './wire-matchers.js'

/**
 * What a send takes besides {@link RequestOptions}: the number (default `254712345678`, one
 * the mock delivers) and the message (default `Hello`).
 * @example
 * const options: SendOptions = { mobile: '254733123456', message: 'Your code is 4821' }
 */
export interface SendOptions extends RequestOptions {
  mobile?: string
  message?: string
}

type Send = 'sendsms' | 'sendotp'

const DEFAULT_MOBILE = '254712345678'

/** Too few digits for any network: the number the mock's `a malformed number is invalid` names. */
const MALFORMED_NUMBER = '07123'

const success = () => ({ 'response-code': 200, 'response-description': describeCode(200) })

function params(options: SendOptions, mobile = options.mobile ?? DEFAULT_MOBILE) {
  const { apikey, partnerID, shortcode } = accountOf(options.account)
  return { apikey, partnerID, shortcode, message: options.message ?? 'Hello', mobile }
}

function as254(mobile: string): string {
  const digits = mobile.replace(/\D/g, '')
  return digits.startsWith('0') ? `254${digits.slice(1)}` : digits
}

// sendsms answers ids as integers, sendotp and sendbulk as strings, in the provider's docs.
const idExample = (endpoint: Send | 'sendbulk') =>
  endpoint === 'sendsms' ? 100000001 : '100000001'

function accepted(endpoint: Send, options: SendOptions = {}): ReadyInteraction {
  const sent = params(options)
  const number = as254(sent.mobile)
  return ready(endpoint, options, {
    states: [{ name: SANDBOX_ACCOUNT_EXISTS }],
    description: `a ${endpoint} to one number, accepted`,
    params: sent,
    body: {
      responses: [
        {
          ...success(),
          mobile: mobileMatcher(Number(number)),
          messageid: messageId(idExample(endpoint)),
          networkid: networkId(1),
        },
      ],
    },
  })
}

const LOW_CREDIT_ROW = () => specExample(ENDPOINTS.sendsms.path, 'POST', 1004, 'row')

function lowCredit(endpoint: Send, options: SendOptions = {}): ReadyInteraction {
  const sent = params(options)
  const wording = String(LOW_CREDIT_ROW()['response-description'])
  return ready(endpoint, options, {
    states: [{ name: SANDBOX_ACCOUNT_HAS_NO_CREDIT }],
    description: `a ${endpoint} from an account with no credit`,
    params: sent,
    body: {
      responses: [
        {
          'response-code': 1004,
          // The balance and the units required are the account's: the wording's start is fixed.
          'response-description': MatchersV3.regex('^Low credit units to send message.*$', wording),
          mobile: sent.mobile,
        },
      ],
    },
  })
}

function invalid(endpoint: Send, options: SendOptions = {}): ReadyInteraction {
  const sent = params(options, options.mobile ?? MALFORMED_NUMBER)
  return ready(endpoint, options, {
    states: [{ name: invalidNumber('malformed'), params: { kind: 'malformed' } }],
    description: `a ${endpoint} to an invalid number`,
    params: sent,
    body: {
      responses: [
        { 'response-code': 1003, 'response-description': describeCode(1003), mobile: sent.mobile },
      ],
    },
  })
}

function refusedKey(endpoint: Send | 'sendbulk', options: RequestOptions, sent: WireParams) {
  return ready(endpoint, options, {
    states: [{ name: SANDBOX_ACCOUNT_EXISTS }],
    description: `a ${endpoint} with a wrong apikey`,
    params: sent,
    body: { 'response-code': 1006, 'response-description': describeCode(1006) },
  })
}

function fault(
  endpoint: Send | 'sendbulk',
  code: number,
  options: RequestOptions,
  sent: WireParams,
) {
  if (describeCode(code) === undefined || code === 200) {
    throw new Error(`${code} is not a refusal code of the spec`)
  }
  return ready(endpoint, options, {
    states: [{ name: nextRequestAnswers(code), params: { code } }],
    description: `a ${endpoint} answered with code ${code}`,
    params: sent,
    body: { 'response-code': code, 'response-description': describeCode(code) },
  })
}

function liveCapture(options: SendOptions = {}): ReadyInteraction {
  const sent = params(options)
  return ready('sendsms', options, {
    states: [{ name: answersWithProfile('live-capture'), params: { profile: 'live-capture' } }],
    description: 'a sendsms answered as the live service answers it (respose-code)',
    params: sent,
    body: {
      responses: [
        {
          'respose-code': 200,
          'response-description': describeCode(200),
          mobile: mobileMatcher(Number(as254(sent.mobile))),
          messageid: messageId(100000001),
          networkid: networkId('1'),
        },
      ],
    },
  })
}

function sendHelpers(endpoint: Send) {
  return {
    /** One number, accepted: a row with code 200, the number, its message id and network. */
    accepted: (options?: SendOptions) => accepted(endpoint, options),
    /** The sandbox account has no credit: a 1004 row for the number, as the live service answers. */
    lowCredit: (options?: SendOptions) => lowCredit(endpoint, options),
    /** A malformed number (default `07123`): a 1003 row echoing it. */
    invalidNumber: (options?: SendOptions) => invalid(endpoint, options),
    /** A wrong apikey (default `wrong-api-key`): a top-level 1006. */
    invalidCredentials: (options: SendOptions = {}) =>
      refusedKey(
        endpoint,
        options,
        params({ ...options, account: { apikey: 'wrong-api-key', ...options.account } }),
      ),
    /** The next request answers a top-level `code` (default 4090, "try again after 5 minutes"). */
    fault: (code = 4090, options: SendOptions = {}) =>
      fault(endpoint, code, options, params(options)),
  }
}

/**
 * One item of a bulk send.
 * @example
 * const item: BulkItem = { mobile: '254712345678', message: 'Hi Ann', clientsmsid: 1001 }
 */
export interface BulkItem {
  mobile: string
  message: string
  clientsmsid?: number | string
}

function bulkParams(items: readonly BulkItem[], options: RequestOptions) {
  const { apikey, partnerID, shortcode } = accountOf(options.account)
  return {
    count: items.length,
    smslist: items.map((item) => ({ partnerID, apikey, shortcode, ...item })),
  }
}

const DEFAULT_ITEMS: readonly BulkItem[] = [
  { mobile: DEFAULT_MOBILE, message: 'Hello', clientsmsid: 1001 },
]

function clientSmsId(value: number | string | undefined) {
  if (value === undefined) return {}
  // An id of digits drifts like every id; a text id comes back as it was sent.
  return { clientsmsid: /^\d+$/.test(String(value)) ? sameDigits(value) : value }
}

/**
 * The ready interactions of `sendsms`: `interactions.sendSms.accepted()`, …
 * @example
 * addInteraction(pact, sendSms.accepted({ mobile: '0712345678' }))
 */
export const sendSms = Object.freeze({ ...sendHelpers('sendsms'), liveCapture })

/**
 * The ready interactions of `sendotp` (plain, not hashed).
 * @example
 * addInteraction(pact, sendOtp.accepted({ message: 'Your code is 4821' }))
 */
export const sendOtp = Object.freeze(sendHelpers('sendotp'))

/**
 * The ready interactions of `sendbulk` (POST only): each item its own number and text, its
 * `clientsmsid` echoed in its row.
 * @example
 * addInteraction(pact, sendBulk.accepted([{ mobile: '254712345678', message: 'Hi', clientsmsid: 1001 }]))
 */
export const sendBulk = Object.freeze({
  /** Every item accepted: a row per item, in order, with its message id (`100000001` on). */
  accepted: (items: readonly BulkItem[] = DEFAULT_ITEMS, options: RequestOptions = {}) =>
    ready(
      'sendbulk',
      { ...options, method: 'POST' },
      {
        states: [{ name: SANDBOX_ACCOUNT_EXISTS }],
        description: `a sendbulk of ${items.length} items, accepted`,
        params: bulkParams(items, options),
        body: {
          responses: items.map((item, index) => ({
            ...success(),
            mobile: mobileMatcher(as254(item.mobile)),
            messageid: messageId(String(100000001 + index)),
            ...clientSmsId(item.clientsmsid),
            networkid: networkId(1),
          })),
        },
      },
    ),
  /** A wrong apikey on the items: a top-level 1006. */
  invalidCredentials: (items: readonly BulkItem[] = DEFAULT_ITEMS, options: RequestOptions = {}) =>
    refusedKey(
      'sendbulk',
      { ...options, method: 'POST' },
      bulkParams(items, { account: { apikey: 'wrong-api-key', ...options.account } }),
    ),
  /** The next request answers a top-level `code` (default 4090). */
  fault: (code = 4090, items: readonly BulkItem[] = DEFAULT_ITEMS, options: RequestOptions = {}) =>
    fault('sendbulk', code, { ...options, method: 'POST' }, bulkParams(items, options)),
})
