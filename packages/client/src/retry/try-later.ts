/**
 * @module
 * Spots a request-wide 4090 ("try again after 5 minutes") in a raw answer, so the transport
 * can wait and try again before any endpoint reads the answer. Whatever the endpoint, the
 * code is top-level, under either spelling of its key (`readCode`).
 */
import { readCode } from '@sendsms/wire'
import { TryLaterError } from '../errors/api-errors.js'
import { errorFromCode } from '../errors/error-from-code.js'
import type { RawAnswer } from '../transport/call-api.js'

/**
 * The `TryLaterError` a raw answer carries, or `undefined` when it is anything else.
 * @example
 * tryLaterError({ status: 200, text: '{"response-code":4090,"response-description":"Try later"}' }) // TryLaterError
 * tryLaterError({ status: 200, text: '{"response-code":200}' }) // undefined
 */
export function tryLaterError(answer: RawAnswer): TryLaterError | undefined {
  // The API answers its codes with HTTP 200; another status is an unexpected answer, and
  // one that may follow a send is never retried.
  if (answer.status < 200 || answer.status > 299) return undefined
  let body: unknown
  try {
    body = JSON.parse(answer.text)
  } catch {
    return undefined
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined
  const code = readCode(body as Record<string, unknown>)
  if (code === undefined) return undefined
  const error = errorFromCode(code)
  return error instanceof TryLaterError ? error : undefined
}
