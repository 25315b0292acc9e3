/**
 * @module
 * Reads an endpoint's parameters from a request, in every form clients use: the GET query
 * string, a JSON object, a JSON array holding one object (a published PHP client sends
 * that), form-urlencoded and multipart bodies. A POST may also carry parameters in its
 * query string; the body wins. Only the parameters the endpoint declares are read, so an
 * unknown field of any type (`hashed: true`, `pass_type`) is ignored, as live.
 */
import { getQueryParam } from 'hono/utils/url'
import type { ParamItem, ParamReading, ParamValue } from './endpoint.js'

/**
 * The parameters, or `ok: false` when the request is unreadable (answered with 1009): a
 * body that does not parse, a content type the API does not take, or a declared parameter
 * of a type it does not take (an object, an array, a boolean, an uploaded file), except a
 * boolean for a flag; a list takes an array of objects only.
 * @example
 * const read: ReadParams = { ok: true, params: { mobile: '0712345678' } }
 */
export type ReadParams =
  | { ok: true; params: Record<string, ParamValue | boolean | readonly ParamItem[]> }
  | { ok: false }

const UNREADABLE: ReadParams = { ok: false }
// TextDecoder drops a leading byte order mark and replaces bad UTF-8, as Response.text() does.
const utf8 = new TextDecoder()

/**
 * Reads the declared parameters of a request. Asynchronous only for multipart bodies.
 * @example
 * readParams({ parameters: ['apikey', 'mobile'], lists: [], flags: [] }, 'GET', 'apikey=k&mobile=0712345678', undefined, undefined)
 * // { ok: true, params: { apikey: 'k', mobile: '0712345678' } }
 */
export function readParams(
  reading: ParamReading,
  method: 'GET' | 'POST',
  query: string,
  contentType: string | undefined,
  body: Uint8Array | undefined,
): ReadParams | Promise<ReadParams> {
  const fromQuery = query === '' ? undefined : queryFields(query)
  if (method === 'GET') return pick(reading, fromQuery ?? {})
  const type = mediaType(contentType)
  if (type === 'multipart/form-data') {
    return multipartFields(contentType as string, body).then((fields) =>
      fields ? pick(reading, { ...fromQuery, ...fields }) : UNREADABLE,
    )
  }
  const fields = bodyFields(type, body)
  if (fields === undefined) return UNREADABLE
  return pick(reading, fromQuery ? { ...fromQuery, ...fields } : fields)
}

/**
 * The media type of a Content-Type header: lower case, without parameters.
 * @example
 * mediaType('Application/JSON; charset=utf-8') // 'application/json'
 */
export function mediaType(contentType: string | undefined): string {
  if (contentType === undefined) return ''
  // What nearly every client sends, answered without building a string.
  if (contentType === 'application/json') return contentType
  const semicolon = contentType.indexOf(';')
  return (semicolon === -1 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase()
}

/**
 * Whether a media type is JSON (`application/json`, `text/json`, `…+json`).
 * @example
 * isJsonType('application/vnd.api+json') // true
 */
export function isJsonType(type: string): boolean {
  return type === 'application/json' || type === 'text/json' || type.endsWith('+json')
}

function queryFields(query: string): Record<string, unknown> {
  // Hono's own parser, behind `c.req.query()`: the first value of a repeated key wins.
  // It takes a whole URL and skips its origin; any origin will do.
  return getQueryParam(`http://mock/?${query}`) as Record<string, string>
}

function bodyFields(
  type: string,
  body: Uint8Array | undefined,
): Record<string, unknown> | undefined {
  const text = body === undefined || body.length === 0 ? '' : utf8.decode(body)
  // An empty body carries no parameters; they may all be in the query string.
  if (text.trim() === '') return {}
  if (isJsonType(type)) return jsonFields(text)
  if (type === 'application/x-www-form-urlencoded') {
    return Object.fromEntries(new URLSearchParams(text))
  }
  return undefined
}

function jsonFields(text: string): Record<string, unknown> | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  if (Array.isArray(value)) value = value.length === 1 ? value[0] : undefined
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

async function multipartFields(
  contentType: string,
  body: Uint8Array | undefined,
): Promise<Record<string, unknown> | undefined> {
  try {
    // The platform's own multipart parser (Node, browsers, Workers, Deno, Bun alike).
    const form = await new Response((body ?? new Uint8Array()) as Uint8Array<ArrayBuffer>, {
      headers: { 'content-type': contentType },
    }).formData()
    const out: Record<string, unknown> = {}
    for (const [key, value] of form) out[key] = value
    return out
  } catch {
    return undefined
  }
}

function isItemList(value: unknown): value is readonly ParamItem[] {
  return (
    Array.isArray(value) &&
    value.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item))
  )
}

function pick(reading: ParamReading, source: Record<string, unknown>): ReadParams {
  const params: Record<string, ParamValue | boolean | readonly ParamItem[]> = {}
  for (const name of reading.parameters) {
    const value = source[name]
    if (value === undefined || value === null) continue
    // A list is an array of objects and nothing else: text (a form field) is unreadable.
    if (reading.lists.length > 0 && reading.lists.includes(name)) {
      if (!isItemList(value)) return UNREADABLE
      params[name] = value
    } else if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) {
      params[name] = value
    } else if (typeof value === 'boolean' && reading.flags.includes(name)) {
      params[name] = value
    } else {
      return UNREADABLE
    }
  }
  return { ok: true, params }
}
