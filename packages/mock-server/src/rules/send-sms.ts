/**
 * @module
 * The rules of `sendsms`, applied in the provider's order once the request is read:
 * credentials, sender id, message, numbers, schedule, credit, then one row per number.
 */
import { MAX_RECIPIENTS, splitNumbers } from '@sendsms/wire'
import {
  acceptedRow,
  type ProviderAnswer,
  type RowAnswer,
  refusedRow,
  topLevel,
} from '../provider/answers.js'
import type { EndpointParams, RuleContext } from '../provider/endpoint.js'
import type { MockState } from '../state/mock-state.js'
import { findAccount } from './credentials.js'
import { messageParts } from './message-parts.js'
import { classifyNumber, type NumberVerdict } from './numbers.js'
import { textOf } from './param-text.js'
import { parseTimeToSend } from './schedule.js'

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
  const apikey = textOf(params.apikey)
  const partnerID = textOf(params.partnerID)
  const message = textOf(params.message)
  const shortcode = textOf(params.shortcode)
  const mobile = textOf(params.mobile)
  if (!apikey) return topLevel(4092)
  if (!partnerID || partnerID.trim() === '') return topLevel(4091)
  const account = findAccount(state.accounts.peek, partnerID.trim(), apikey)
  if (!account) return topLevel(1006)
  if (!shortcode || !account.shortcodes.includes(shortcode)) return topLevel(1001)
  if (!message || message.trim() === '') return topLevel(4093)
  const numbers = splitNumbers(mobile ?? '')
  if (numbers.length === 0) return topLevel(1003)
  if (numbers.length > MAX_RECIPIENTS) return topLevel(1104)
  const schedule = parseTimeToSend(params.timeToSend)
  if (!schedule.ok) return topLevel(1009)

  const verdicts = numbers.map(classifyNumber)
  const parts = messageParts(message)
  let accepted = 0
  for (const verdict of verdicts) if (verdict.kind === 'kenyan') accepted += 1
  // All or nothing: a request the account cannot pay for in full sends nothing.
  if (!state.accounts.charge(account.partnerID, parts * accepted)) return topLevel(1004)

  const receivedAt = state.now()
  const scheduled = schedule.at !== undefined && schedule.at.getTime() > receivedAt.getTime()
  // One string per request, shared by its entries: a 1000-number send used to build
  // 1000 equal ISO strings (and promote them all to the old generation with the journal).
  const receivedIso = isoTime(receivedAt)
  const sendAt = scheduled && schedule.at ? schedule.at.toISOString() : null
  const status = scheduled ? 'scheduled' : 'sent'
  const rows = verdicts.map((verdict, index): RowAnswer => {
    if (verdict.kind !== 'kenyan') return refusedRow(rowCode(verdict), numbers[index] ?? '')
    const messageId = state.nextMessageId++
    state.journal.add({
      messageId,
      partnerID: account.partnerID,
      shortcode,
      mobile: verdict.msisdn,
      networkId: verdict.networkId,
      message,
      status,
      sendAt,
      receivedAt: receivedIso,
      method,
      parts,
    })
    return acceptedRow(verdict.msisdn, messageId, verdict.networkId)
  })
  return { responses: rows }
}

// Under load many sends share a millisecond, and formatting a Date was a measurable part
// of a one-number send (bench/README.md): the last formatted time is kept.
let lastTime = Number.NaN
let lastIso = ''

function isoTime(date: Date): string {
  const time = date.getTime()
  if (time !== lastTime) {
    // An invalid Date (from a caller's `now`) throws here, as before: answered 1005.
    lastIso = date.toISOString()
    lastTime = time
  }
  return lastIso
}

function rowCode(verdict: NumberVerdict): 1002 | 1003 {
  return verdict.kind === 'foreign' ? 1002 : 1003
}
