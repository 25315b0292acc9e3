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
import type { RecipientResult, SendSmsResult } from './types.js'

/**
 * One row of `responses[]` in the normalised shape; `undefined` when it has no code.
 * @example
 * readRow({ 'response-code': 200, 'response-description': 'Success', mobile: 254712345678, messageid: 1, networkid: '1' })
 * // { mobile: '254712345678', messageId: '1', networkId: '1', code: 200, description: 'Success', ok: true }
 */
export function readRow(row: unknown): RecipientResult | undefined {
  if (!isObject(row)) return undefined
  const code = readCode(row)
  if (code === undefined) return undefined
  return {
    mobile: readText(row.mobile) ?? '',
    messageId: readText(row.messageid),
    networkId: readText(row.networkid),
    code,
    description: readText(row['response-description']) ?? describeCode(code) ?? '',
    ok: code === SUCCESS_CODE,
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
 * echo the request, apikey included.
 * @example
 * readAnswer(200, '{"response-code":1006,"response-description":"Invalid credentials"}') // throws InvalidCredentialsError
 */
export function readAnswer(status: number, text: string): SendSmsResult {
  const body = readBody(status, text)
  if (Array.isArray(body.responses)) return readRows(status, body.responses)
  throw (
    topLevelError(body) ??
    new UnexpectedResponseError(
      status,
      'The SMS API answered JSON with neither responses[] nor an error code',
    )
  )
}

function readRows(status: number, rows: unknown[]): SendSmsResult {
  const count = rows.length
  if (count === 0) {
    throw new UnexpectedResponseError(status, 'The SMS API answered an empty responses[] list')
  }
  // Sized once and filled by index, and `accepted` copied in one go when every row is
  // accepted (the usual answer): growing two arrays by push row by row was a visible
  // share of the client's time and garbage on 1000-row answers (see bench/README.md).
  const results = new Array<RecipientResult>(count)
  let rejectedCount = 0
  for (let i = 0; i < count; i++) {
    const result = readRow(rows[i])
    if (!result) {
      throw new UnexpectedResponseError(status, 'The SMS API answered a row without a code')
    }
    results[i] = result
    if (!result.ok) rejectedCount++
  }
  if (rejectedCount > 0) return toResult(results)
  return { results, accepted: results.slice(), rejected: [], allAccepted: true }
}
