/**
 * @module
 * The bodies a provider endpoint answers, before the answer profile: a top-level object
 * with a code (request-wide failures, and single-object answers such as a balance), or one
 * row per recipient in `responses[]`. Rows are built with the types the docs show for
 * their endpoint; a profile (profiles/apply-profile.ts) changes them. Descriptions come
 * from the spec's code table.
 */
import { describeCode, RESPONSE_CODES, SUCCESS_CODE } from '@sendsms/wire'

/**
 * A top-level answer: a request-wide failure, or a single-object result.
 * @example
 * const answer: TopLevelAnswer = { 'response-code': 1006, 'response-description': 'Invalid credentials' }
 */
export interface TopLevelAnswer {
  'response-code': number
  'response-description'?: string
  [field: string]: string | number | undefined
}

/**
 * One recipient's row inside `responses[]`.
 * @example
 * const row: RowAnswer = { 'response-code': 1003, 'response-description': 'Invalid mobile number', mobile: '07123' }
 */
export interface RowAnswer {
  'response-code': number
  'response-description': string
  mobile: number | string
  messageid?: number | string
  /** sendbulk: the item's own id, echoed. */
  clientsmsid?: number | string
  networkid?: number | string
}

/**
 * The rows answer: one row per recipient, in request order.
 * @example
 * const answer: RowsAnswer = { responses: [] }
 */
export interface RowsAnswer {
  responses: RowAnswer[]
}

/**
 * Either body a provider endpoint answers.
 * @example
 * const answer: ProviderAnswer = topLevel(4090)
 */
export type ProviderAnswer = TopLevelAnswer | RowsAnswer

/**
 * Whether an answer is the rows shape.
 * @example
 * isRows({ responses: [] }) // true
 */
export function isRows(answer: ProviderAnswer): answer is RowsAnswer {
  return 'responses' in answer
}

/**
 * A top-level answer; the description defaults to the documented one.
 * @example
 * topLevel(4092) // { 'response-code': 4092, 'response-description': 'No API KEY Provided' }
 */
export function topLevel(code: number, description?: string): TopLevelAnswer {
  return {
    'response-code': code,
    'response-description': description ?? describeCode(code) ?? RESPONSE_CODES[1005],
  }
}

const SUCCESS_DESCRIPTION = describeCode(SUCCESS_CODE) as string

/**
 * An accepted row; `mobile` is the 254 form as a JSON number, as the live API sends it.
 * @example
 * acceptedRow('254712345678', 100000001, 1)
 */
export function acceptedRow(msisdn: string, messageId: number, networkId: number): RowAnswer {
  return {
    'response-code': SUCCESS_CODE,
    'response-description': SUCCESS_DESCRIPTION,
    mobile: Number(msisdn),
    messageid: messageId,
    networkid: networkId,
  }
}

/**
 * A refused row echoing the number as it was given: 1002 or 1003, or (sendbulk) 4093 for
 * an item without a message.
 * @example
 * refusedRow(1002, '+255712345678')
 */
export function refusedRow(code: 1002 | 1003 | 4093, given: string): RowAnswer {
  return {
    'response-code': code,
    'response-description': describeCode(code) as string,
    mobile: given,
  }
}
