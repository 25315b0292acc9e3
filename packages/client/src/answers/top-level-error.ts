/**
 * @module
 * A request-wide refusal: an answer whose top-level code (under either spelling of its key)
 * is not 200 becomes the typed error for that code, whatever the endpoint.
 */
import { readCode, SUCCESS_CODE } from '@sendsms/wire'
import type { ApiError } from '../errors/api-errors.js'
import { errorFromCode } from '../errors/error-from-code.js'
import type { JsonObject } from './read-body.js'
import { readText } from './read-text.js'

/**
 * The error for the top-level code of `body`, or `undefined` when it has none or it is 200.
 * @example
 * topLevelError({ 'respose-code': '1006', 'response-description': 'Invalid credentials' }) // InvalidCredentialsError
 * topLevelError({ 'response-code': 200, credit: '545.00' }) // undefined
 */
export function topLevelError(body: JsonObject): ApiError | undefined {
  const code = readCode(body)
  if (code === undefined || code === SUCCESS_CODE) return undefined
  return errorFromCode(code, readText(body['response-description']))
}
