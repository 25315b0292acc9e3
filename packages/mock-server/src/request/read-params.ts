/**
 * @module
 * Reads the send parameters from a request, in every form clients use: the GET query
 * string, a JSON object, a JSON array holding one object, form-urlencoded and multipart
 * bodies. POST may also carry parameters in the query string; the body wins.
 */
import type { Context } from 'hono'
import { getQueryParam } from 'hono/utils/url'

/** The send parameters, as strings (JSON numbers are turned into their digits). */
export interface SendParams {
  apikey?: string | undefined
  partnerID?: string | undefined
  message?: string | undefined
  shortcode?: string | undefined
  mobile?: string | undefined
  /** Kept as a number when sent as one, because numbers mean unix time. */
  timeToSend?: string | number | undefined
}

/** The parameters, or `ok: false` when the body is unreadable (answered with 1009). */
export type ReadParamsResult = { ok: true; params: SendParams } | { ok: false }

/**
 * Reads the send parameters of a GET or POST request.
 * @example
 * const read = await readParams(c)
 * if (!read.ok) return c.json(topLevel(1009))
 */
export async function readParams(c: Context): Promise<ReadParamsResult> {
  const query = c.req.query()
  if (c.req.method !== 'POST') return pickFields(query)
  const body = await readBody(c)
  if (body === undefined) return { ok: false }
  return pickFields({ ...query, ...body })
}

async function readBody(c: Context): Promise<Record<string, unknown> | undefined> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  if (type === 'multipart/form-data') return readMultipart(c)
  const text = await c.req.text()
  // An empty body carries no parameters; they may all be in the query string.
  if (text.trim() === '') return {}
  if (type === 'application/json' || type === 'text/json' || type.endsWith('+json')) {
    return readJson(text)
  }
  if (type === 'application/x-www-form-urlencoded') {
    return Object.fromEntries(new URLSearchParams(text))
  }
  return undefined
}

/**
 * Reads the send parameters of a GET request from its target (path and query), with the
 * parser behind Hono's `c.req.query()`, so both read a query alike: used by the socket
 * fast path.
 * @example
 * readQueryParams('/api/services/sendsms?apikey=k&mobile=0712345678') // { ok: true, params: { apikey: 'k', mobile: '0712345678' } }
 */
export function readQueryParams(target: string): ReadParamsResult {
  // The parser takes a full URL and skips its origin; any origin will do.
  return pickFields(getQueryParam(`http://mock${target}`) as Record<string, string>)
}

/**
 * Reads the send parameters of a JSON body given as text (an empty body has none).
 * Used by the socket fast path, which reads the body itself; same rules as `readParams`.
 * @example
 * readJsonParams('{"apikey":"k","mobile":254712345678}') // { ok: true, params: { apikey: 'k', mobile: '254712345678' } }
 */
export function readJsonParams(text: string): ReadParamsResult {
  if (text.trim() === '') return pickFields({})
  const body = readJson(text)
  return body === undefined ? { ok: false } : pickFields(body)
}

function readJson(text: string): Record<string, unknown> | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  // A published PHP client wraps the object in an array of one.
  if (Array.isArray(value)) value = value.length === 1 ? value[0] : undefined
  return isPlainObject(value) ? value : undefined
}

async function readMultipart(c: Context): Promise<Record<string, unknown> | undefined> {
  try {
    const form = await c.req.formData()
    const out: Record<string, unknown> = {}
    for (const [key, value] of form) out[key] = value
    return out
  } catch {
    return undefined
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// A field of a type this API does not take: booleans, objects, arrays, uploaded files.
const UNREADABLE: unique symbol = Symbol('unreadable')
const NOT_READ: ReadParamsResult = { ok: false }

function pickFields(source: Record<string, unknown>): ReadParamsResult {
  // Named reads into one fixed shape rather than a loop over the field names: the engine
  // caches named property access, while the loop's `source[field]` and `params[field]`
  // were a measurable part of every send under load (bench/README.md).
  const apikey = textOf(source.apikey)
  const partnerID = textOf(source.partnerID)
  const message = textOf(source.message)
  const shortcode = textOf(source.shortcode)
  const mobile = textOf(source.mobile)
  const time = source.timeToSend
  // Numbers mean unix time, so a number stays one.
  const timeToSend = typeof time === 'number' && Number.isFinite(time) ? time : textOf(time)
  if (
    apikey === UNREADABLE ||
    partnerID === UNREADABLE ||
    message === UNREADABLE ||
    shortcode === UNREADABLE ||
    mobile === UNREADABLE ||
    timeToSend === UNREADABLE
  ) {
    return NOT_READ
  }
  return { ok: true, params: { apikey, partnerID, message, shortcode, mobile, timeToSend } }
}

function textOf(value: unknown): string | undefined | typeof UNREADABLE {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return numberText(value)
  return UNREADABLE
}

function numberText(value: number): string {
  // 254712345678 must not become "2.54712345678e+11".
  return Number.isInteger(value) ? BigInt(value).toString() : String(value)
}
