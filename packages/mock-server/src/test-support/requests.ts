/**
 * @module
 * Test helpers (not built): a valid sandbox send, and the send as a GET or POST, to an
 * in-process mock or as a raw request for every way in (ways-in.ts).
 */
import { readCode } from '@sendsms/wire'
import type { Mock } from '../create-mock.js'
import { SANDBOX_ACCOUNT } from '../state/accounts.js'
import type { RawRequest } from './ways-in.js'

/** The send path. */
export const SEND_PATH = '/api/services/sendsms'

/** A valid sandbox request; tests override or delete (undefined) single fields. */
export const VALID_PARAMS: Record<string, string | number> = {
  apikey: SANDBOX_ACCOUNT.apikey,
  partnerID: SANDBOX_ACCOUNT.partnerID,
  message: 'Hello from the tests',
  shortcode: SANDBOX_ACCOUNT.shortcodes[0] as string,
  mobile: '254712345678',
}

/** Valid params with some fields replaced; `undefined` removes a field. */
export function paramsWith(
  overrides: Record<string, string | number | undefined>,
): Record<string, string | number> {
  const out: Record<string, string | number> = { ...VALID_PARAMS }
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete out[key]
    else out[key] = value
  }
  return out
}

function stringify(params: Record<string, string | number>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]))
}

/** The send as a raw request: a GET query string, or a POST JSON body. */
export function sendRequest(
  method: 'GET' | 'POST',
  params: Record<string, string | number>,
  path = SEND_PATH,
): RawRequest {
  if (method === 'GET') {
    return { method, target: `${path}?${new URLSearchParams(stringify(params))}` }
  }
  return {
    method,
    target: path,
    headers: [['content-type', 'application/json']],
    body: JSON.stringify(params),
  }
}

/** Sends params in-process as a GET query string or a POST JSON body; returns the parsed body. */
export async function send(
  mock: Mock,
  method: 'GET' | 'POST',
  params: Record<string, string | number>,
  path = SEND_PATH,
): Promise<Record<string, unknown>> {
  const request = sendRequest(method, params, path)
  const res = await mock.app.request(request.target, {
    method,
    headers: Object.fromEntries(request.headers ?? []),
    ...(request.body === undefined ? {} : { body: request.body as BodyInit }),
  })
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`)
  return (await res.json()) as Record<string, unknown>
}

/** Posts a raw body with a content type, in-process. */
export async function postRaw(
  mock: Mock,
  body: BodyInit,
  contentType?: string,
): Promise<Record<string, unknown>> {
  const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {}
  const res = await mock.app.request(SEND_PATH, { method: 'POST', headers, body })
  return (await res.json()) as Record<string, unknown>
}

/** The code of a top-level answer or of a row, whichever spelling it uses. */
export function codeOf(answer: Record<string, unknown>): number | undefined {
  return readCode(answer)
}

/** The rows of a rows answer; throws when the answer is a top-level error. */
export function rowsOf(answer: Record<string, unknown>): Record<string, unknown>[] {
  if (!Array.isArray(answer.responses)) {
    throw new Error(`expected rows, got ${JSON.stringify(answer)}`)
  }
  return answer.responses as Record<string, unknown>[]
}
