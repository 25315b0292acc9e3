/**
 * @module
 * Reads the API's answer. Every answer is HTTP 200, so the outcome is in the body:
 * rows become a `SendSmsResult`, a top-level code becomes its typed error. The read
 * is tolerant of what the live service has been seen to send: the misspelled
 * `respose-code` key and codes, ids and numbers as strings.
 */
import { describeCode, integerText, readCode, SUCCESS_CODE } from '@sendsms/wire'
import { errorFromCode } from '../errors/error-from-code.js'
import { UnexpectedResponseError } from '../errors/request-errors.js'
import type { RecipientResult, SendSmsResult } from './types.js'

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// integerText, not String: the 12-digit numbers `mobile` arrives as print through V8's slow
// path, a tenth of the client's time on a 1000-row answer (see bench/README.md).
function readText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return integerText(value)
  return undefined
}

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
export function toResult(results: RecipientResult[]): SendSmsResult {
  const accepted: RecipientResult[] = []
  const rejected: RecipientResult[] = []
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
  if (status < 200 || status > 299) {
    throw new UnexpectedResponseError(status, `The SMS API answered HTTP ${status}, not 200`)
  }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new UnexpectedResponseError(status, 'The SMS API answered with a body that is not JSON')
  }
  if (!isObject(body)) {
    throw new UnexpectedResponseError(status, 'The SMS API answered JSON that is not an object')
  }
  if (Array.isArray(body.responses)) return readRows(status, body.responses)
  const code = readCode(body)
  if (code !== undefined && code !== SUCCESS_CODE) {
    throw errorFromCode(code, readText(body['response-description']))
  }
  throw new UnexpectedResponseError(
    status,
    'The SMS API answered JSON with neither responses[] nor an error code',
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
