/**
 * @module
 * Reads the send parameters from a request, in every form clients use: the GET query
 * string, a JSON object, a JSON array holding one object, form-urlencoded and multipart
 * bodies. POST may also carry parameters in the query string; the body wins.
 */
import type { Context } from 'hono'

/** The send parameters, as strings (JSON numbers are turned into their digits). */
export interface SendParams {
  apikey?: string
  partnerID?: string
  message?: string
  shortcode?: string
  mobile?: string
  /** Kept as a number when sent as one, because numbers mean unix time. */
  timeToSend?: string | number
}

/** The parameters, or `ok: false` when the body is unreadable (answered with 1009). */
export type ReadParamsResult = { ok: true; params: SendParams } | { ok: false }

const FIELDS = ['apikey', 'partnerID', 'message', 'shortcode', 'mobile', 'timeToSend'] as const

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

function pickFields(source: Record<string, unknown>): ReadParamsResult {
  const params: Record<string, string | number> = {}
  for (const field of FIELDS) {
    const value = source[field]
    if (value === undefined || value === null) continue
    if (typeof value === 'string') params[field] = value
    else if (typeof value === 'number' && Number.isFinite(value)) {
      params[field] = field === 'timeToSend' ? value : numberText(value)
    } else {
      // Booleans, objects, arrays and uploaded files are not data this API takes.
      return { ok: false }
    }
  }
  return { ok: true, params: params as SendParams }
}

function numberText(value: number): string {
  // 254712345678 must not become "2.54712345678e+11".
  return Number.isInteger(value) ? BigInt(value).toString() : String(value)
}
