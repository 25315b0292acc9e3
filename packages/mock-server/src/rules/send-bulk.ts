/**
 * @module
 * The rules of `sendbulk`, in order: an unreadable item (1009); an empty or missing list
 * (4093 Details Not Found: there is nothing to send, and no first item to name the
 * account); the first item's credentials and shortcode, checked as sendsms checks them
 * (4092, 4091, 1006, 1001); more than MAX_BULK_ITEMS items (1012); then credit for every
 * item, all or nothing, and one row per item in order, each echoing its `clientsmsid`.
 * Each item is one number with its own message: an item without a message is a 4093 row
 * (the code sendsms answers for a missing message), a bad number a 1003 row.
 */
import { MAX_BULK_ITEMS } from '@sendsms/wire'
import { type ProviderAnswer, topLevel } from '../provider/answers.js'
import type { EndpointParams, RuleContext } from '../provider/endpoint.js'
import type { MockState } from '../state/mock-state.js'
import { acceptRecipients, type MessageBatch, type RecipientVerdict } from './accept-recipients.js'
import { readBulkItems, readBulkSender } from './bulk-items.js'
import { classifyNumber } from './numbers.js'
import { textOf } from './param-text.js'
import { isRefusal, requestAccount } from './request-account.js'

const NO_MESSAGE: RecipientVerdict = Object.freeze({ kind: 'no-message' })

/**
 * Decides the answer to a bulk send, charging credit and journaling accepted items (with
 * their `clientsmsid`) as a side effect.
 * @example
 * sendBulkRules(state, { count: 1, smslist: [{ apikey: 'sandbox-api-key', partnerID: '12345', shortcode: 'SANDBOX', mobile: '0712345678', message: 'Hi', clientsmsid: 1 }] }, { method: 'POST' })
 * // { responses: [{ 'response-code': 200, …, mobile: '254712345678', messageid: '100000001', clientsmsid: 1, networkid: 1 }] }
 */
export function sendBulkRules(
  state: MockState,
  params: EndpointParams<'sendbulk'>,
  { method }: RuleContext,
): ProviderAnswer {
  const list = params.smslist ?? []
  const items = readBulkItems(list)
  const first = list[0]
  const sender = first === undefined ? undefined : readBulkSender(first)
  if (items === undefined || (first !== undefined && sender === undefined)) return topLevel(1009)
  if (sender === undefined) return topLevel(4093)
  const account = requestAccount(state, sender.apikey, sender.partnerID)
  if (isRefusal(account)) return account
  const shortcode = textOf(sender.shortcode)
  if (!shortcode || !account.shortcodes.includes(shortcode)) return topLevel(1001)
  if (items.length > MAX_BULK_ITEMS) return topLevel(1012)

  const batches = items.map(({ mobile, message, clientsmsid }): MessageBatch => {
    const number = mobile.trim()
    const verdict = !message || message.trim() === '' ? NO_MESSAGE : classifyNumber(number)
    return { message: message ?? '', given: [number], verdicts: [verdict], clientsmsid }
  })
  const order = { endpoint: 'sendbulk', account, shortcode, method, at: undefined } as const
  return acceptRecipients(state, order, batches)
}
