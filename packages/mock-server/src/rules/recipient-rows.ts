/**
 * @module
 * The row each send endpoint answers for one recipient, with the types its docs show:
 * sendsms rows carry integers; sendotp a string `messageid` (and for a hashed recipient
 * the hash as sent in `mobile`); sendbulk a string `mobile` and `messageid` and the item's
 * `clientsmsid`. Refused and low-credit rows echo the number as it was given.
 */
import { describeCode, integerText, SUCCESS_CODE } from '@sendsms/wire'
import { acceptedRow, type RowAnswer, refusedRow } from '../provider/answers.js'
import type { SendEndpointName } from '../state/journal.js'
import { creditText } from './credit-text.js'

const SUCCESS_DESCRIPTION = describeCode(SUCCESS_CODE) as string

/**
 * A recipient the account can be charged for: a Kenyan number, or a hash.
 * @example
 * const recipient: AcceptedRecipient = { msisdn: '254712345678', hash: undefined, networkId: 1 }
 */
export interface AcceptedRecipient {
  /** The number in 254 form; undefined for a hashed recipient. */
  msisdn: string | undefined
  /** The hash as sent, for a hashed recipient. */
  hash: string | undefined
  networkId: number
}

/**
 * The row of an accepted recipient.
 * @example
 * acceptedRowFor('sendotp', { msisdn: '254712345678', hash: undefined, networkId: 1 }, 100000001, undefined)
 * // { 'response-code': 200, 'response-description': 'Success', mobile: 254712345678, messageid: '100000001', networkid: 1 }
 */
export function acceptedRowFor(
  endpoint: SendEndpointName,
  recipient: AcceptedRecipient,
  messageId: number,
  clientsmsid: string | number | undefined,
): RowAnswer {
  const { msisdn, hash, networkId } = recipient
  if (endpoint === 'sendsms') return acceptedRow(msisdn as string, messageId, networkId)
  const row: RowAnswer = {
    'response-code': SUCCESS_CODE,
    'response-description': SUCCESS_DESCRIPTION,
    mobile: hash ?? (endpoint === 'sendbulk' ? (msisdn as string) : Number(msisdn)),
    messageid: integerText(messageId),
  }
  if (clientsmsid !== undefined) row.clientsmsid = clientsmsid
  row.networkid = networkId
  return row
}

/**
 * The row of a refused recipient (1002, 1003, or 4093 for a sendbulk item without a
 * message), echoing the number as given, and a sendbulk item's `clientsmsid`.
 * @example
 * refusedRowFor(1003, '07123', 7) // { 'response-code': 1003, …, mobile: '07123', clientsmsid: 7 }
 */
export function refusedRowFor(
  code: 1002 | 1003 | 4093,
  given: string,
  clientsmsid: string | number | undefined,
): RowAnswer {
  const row = refusedRow(code, given)
  if (clientsmsid !== undefined) row.clientsmsid = clientsmsid
  return row
}

/**
 * The row of a recipient that would have been accepted, had the account the credit, as a
 * live capture shows it: the balance with two decimals and the credit the whole request
 * needed, the number echoed as given.
 * @example
 * lowCreditRow('0708467001', 0, 1, undefined)
 * // { 'response-code': 1004, 'response-description': 'Low credit units to send message, Current balance 0.00, Required 1', mobile: '0708467001' }
 */
export function lowCreditRow(
  given: string,
  balance: number,
  required: number,
  clientsmsid: string | number | undefined,
): RowAnswer {
  const row: RowAnswer = {
    'response-code': 1004,
    // Only the live capture words it; the code table's description is `Low bulk credits`.
    'response-description': `Low credit units to send message, Current balance ${creditText(balance)}, Required ${integerText(required)}`,
    mobile: given,
  }
  if (clientsmsid !== undefined) row.clientsmsid = clientsmsid
  return row
}
