/**
 * @module
 * Test helpers (not built): requests to any provider endpoint as a test writes them (a GET
 * query, a JSON or form POST), a valid sendbulk item, and the hashes of numbers for hashed
 * sends. Paths come from the spec through @sendsms/wire.
 */
import { createHash } from 'node:crypto'
import { ENDPOINTS, type EndpointName } from '@sendsms/wire'
import { SANDBOX_ACCOUNT } from '../state/accounts.js'
import type { RawRequest } from './ways-in.js'

/**
 * The path of an endpoint, optionally in its trailing-slash form.
 * @example
 * pathOf('getbalance', true) // '/api/services/getbalance/'
 */
export function pathOf(endpoint: EndpointName, slash = false): string {
  return `${ENDPOINTS[endpoint].path}${slash ? '/' : ''}`
}

/** The sandbox account's credentials, as every endpoint takes them. */
export const CREDENTIALS: Record<string, string> = {
  apikey: SANDBOX_ACCOUNT.apikey,
  partnerID: SANDBOX_ACCOUNT.partnerID,
}

/** `base` with some fields replaced; `undefined` removes a field. */
export function withFields(
  base: Record<string, unknown>,
  overrides: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete out[key]
    else out[key] = value
  }
  return out
}

/** Params as a GET query string, or a POST JSON body (`form` for form-urlencoded). */
export function requestTo(
  path: string,
  method: 'GET' | 'POST',
  params: Record<string, unknown>,
  body: 'json' | 'form' = 'json',
): RawRequest {
  const text = new URLSearchParams(
    Object.entries(params).map(([key, value]) => [key, String(value)]),
  ).toString()
  if (method === 'GET') return { method, target: text === '' ? path : `${path}?${text}` }
  if (body === 'form') {
    return {
      method,
      target: path,
      headers: [['content-type', 'application/x-www-form-urlencoded']],
      body: text,
    }
  }
  return {
    method,
    target: path,
    headers: [['content-type', 'application/json']],
    body: JSON.stringify(params),
  }
}

/** A valid sandbox sendbulk item; tests override or delete (undefined) single fields. */
export function bulkItem(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return withFields(
    {
      partnerID: SANDBOX_ACCOUNT.partnerID,
      apikey: SANDBOX_ACCOUNT.apikey,
      pass_type: 'plain',
      clientsmsid: 1,
      mobile: '254712345678',
      message: 'Hello from the tests',
      shortcode: SANDBOX_ACCOUNT.shortcodes[0],
    },
    overrides,
  )
}

/** A sendbulk POST of `items`, `count` their number unless given. */
export function bulkRequest(
  items: unknown[] | undefined,
  extra: Record<string, unknown> = {},
  path = pathOf('sendbulk'),
): RawRequest {
  const body = withFields({ count: items?.length, smslist: items }, extra)
  return requestTo(path, 'POST', body)
}

/** The SHA-256 of a text, as 64 lower-case hexadecimal digits. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
