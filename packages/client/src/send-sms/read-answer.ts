/**
 * @module
 * Reads the API's answer. Every answer is HTTP 200, so the outcome is in the body:
 * rows become a `SendSmsResult`, a top-level code becomes its typed error. The read
 * is tolerant of what the live service has been seen to send: the misspelled
 * `respose-code` key and codes, ids and numbers as strings.
 */
import { describeCode, readCode, SUCCESS_CODE } from '@sendsms/wire'
import { isObject, readBody } from '../answers/read-body.js'
import { readText } from '../answers/read-text.js'
import { topLevelError } from '../answers/top-level-error.js'
import { UnexpectedResponseError } from '../errors/request-errors.js'
import type { AccountedRow, RecipientResult, SendSmsResult } from './types.js'

/**
 * One answered request: every row already has its status (`accepted` or `rejected`).
 * @example
 * const batch: SentBatch = readAnswer(200, text, numbers)
 */
export interface SentBatch extends SendSmsResult {
  results: AccountedRow[]
  accepted: AccountedRow[]
  rejected: AccountedRow[]
}

// The value of a 12-digit number text (the 254 form the API answers `mobile` in), or -1 for
// any other text. Read digit by digit: Number() and a regular expression together cost
// twice what printing the number does.
function msisdnValue(text: string): number {
  if (text.length !== 12) return -1
  let value = 0
  for (let i = 0; i < 12; i++) {
    const digit = text.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }
  return value
}

/**
 * The number as the answer gives it, as text. When the answer gives it as a JSON number
 * and it is the 12-digit number the request sent in that place, the sent text is reused
 * rather than the number printed again: a string less per row, which a send of 100 000
 * recipients keeps until it returns (see bench/README.md).
 * @example
 * mobileOf(254712345678, '254712345678') // '254712345678' (the sent string itself)
 * mobileOf(254712345678, '0712345678') // '254712345678' (printed)
 */
export function mobileOf(answered: unknown, sent: string | undefined): string {
  if (typeof answered === 'number' && sent !== undefined && msisdnValue(sent) === answered) {
    return sent
  }
  return readText(answered) ?? ''
}

/**
 * One row of `responses[]` in the normalised shape; `undefined` when it has no code.
 * `sent` is the number the request sent in the row's place, when known (see `mobileOf`).
 * @example
 * readRow({ 'response-code': 200, 'response-description': 'Success', mobile: 254712345678, messageid: 1, networkid: '1' })
 * // { mobile: '254712345678', messageId: '1', networkId: '1', code: 200, description: 'Success', ok: true, status: 'accepted' }
 */
export function readRow(row: unknown, sent?: string): AccountedRow | undefined {
  if (!isObject(row)) return undefined
  const code = readCode(row)
  if (code === undefined) return undefined
  const ok = code === SUCCESS_CODE
  // Every field in one literal, `status` included: a property added later would give
  // each row a second allocation (see bench/README.md).
  return {
    mobile: mobileOf(row.mobile, sent),
    messageId: readText(row.messageid),
    networkId: readText(row.networkid),
    code,
    description: readText(row['response-description']) ?? describeCode(code) ?? '',
    ok,
    status: ok ? 'accepted' : 'rejected',
  }
}

/**
 * Splits rows into the result callers read.
 * @example
 * toResult([row]).allAccepted // true when row.ok
 */
export function toResult<Row extends RecipientResult>(
  results: Row[],
): { results: Row[]; accepted: Row[]; rejected: Row[]; allAccepted: boolean } {
  const accepted: Row[] = []
  const rejected: Row[] = []
  for (const row of results) (row.ok ? accepted : rejected).push(row)
  return { results, accepted, rejected, allAccepted: rejected.length === 0 }
}

/**
 * Reads an answer body (text) received with HTTP `status`. Returns the rows, or throws
 * the typed `ApiError` for a top-level code, or `UnexpectedResponseError` for anything
 * that is not the API's JSON. The body is never quoted in the error: a proxy could
 * echo the request, apikey included. `sent` is the numbers the request sent, in order,
 * when the caller has them (see `mobileOf`).
 * @example
 * readAnswer(200, '{"response-code":1006,"response-description":"Invalid credentials"}') // throws InvalidCredentialsError
 */
export function readAnswer(status: number, text: string, sent?: readonly string[]): SentBatch {
  const body = readBody(status, text)
  if (Array.isArray(body.responses)) return readRows(status, body.responses, sent)
  throw (
    topLevelError(body) ??
    new UnexpectedResponseError(
      status,
      'The SMS API answered JSON with neither responses[] nor an error code',
    )
  )
}

function readRows(status: number, rows: unknown[], sent: readonly string[] | undefined): SentBatch {
  const count = rows.length
  if (count === 0) {
    throw new UnexpectedResponseError(status, 'The SMS API answered an empty responses[] list')
  }
  // Sized once and filled by index, and `accepted` copied in one go when every row is
  // accepted (the usual answer): growing two arrays by push row by row was a visible
  // share of the client's time and garbage on 1000-row answers (see bench/README.md).
  const results = new Array<AccountedRow>(count)
  let rejectedCount = 0
  for (let i = 0; i < count; i++) {
    const result = readRow(rows[i], sent?.[i])
    if (!result) {
      throw new UnexpectedResponseError(status, 'The SMS API answered a row without a code')
    }
    results[i] = result
    if (!result.ok) rejectedCount++
  }
  if (rejectedCount > 0) return toResult(results)
  return { results, accepted: results.slice(), rejected: [], allAccepted: true }
}
