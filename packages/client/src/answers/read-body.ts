/**
 * @module
 * The first step of reading any answer. The API answers HTTP 200 with a JSON object
 * whatever happened, so anything else (another status, a body that is not JSON, JSON that
 * is not an object) is not the API speaking: an `UnexpectedResponseError` that never quotes
 * the body, since a proxy could echo the request, apikey included.
 */
import { UnexpectedResponseError } from '../errors/request-errors.js'

/**
 * A JSON object as parsed, before its fields are read.
 * @example
 * const body: JsonObject = { 'response-code': 200, credit: '545.00' }
 */
export type JsonObject = Record<string, unknown>

/**
 * Whether `value` is a JSON object (not an array, not null).
 * @example
 * isObject({}) // true
 * isObject([]) // false
 */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The JSON object of an answer received with HTTP `status`, or throws
 * `UnexpectedResponseError` carrying the status.
 * @example
 * readBody(200, '{"response-code":200,"credit":"545.00"}') // { 'response-code': 200, credit: '545.00' }
 * readBody(502, 'Bad gateway') // throws UnexpectedResponseError (status 502)
 */
export function readBody(status: number, text: string): JsonObject {
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
  return body
}
