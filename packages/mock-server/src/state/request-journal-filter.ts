/**
 * @module
 * Which journaled requests a test asks for: by endpoint, code (the top-level one or any
 * row's), recipient (any Kenyan form, as the rules normalise it), partner, method, time
 * and sequence. One checker serves `mock.requests` and the query of `/__mock/requests`, so
 * a value refused in-process (a TypeError) is refused over HTTP (400) with the same words.
 */
import { ENDPOINTS, type EndpointName, splitNumbers } from '@sendsms/wire'
import { toKenyanMsisdn } from '../rules/numbers.js'
import { readClockTime } from './clock.js'
import type { StoredRequest } from './request-journal-entry.js'

/**
 * Narrows the requests listed, counted or waited for; every field given must match.
 * @example
 * mock.requests.count({ endpoint: 'getbalance' })
 * mock.requests.list({ mobile: '0712345678', code: 1003 })
 */
export interface RequestFilter {
  endpoint?: EndpointName
  /** The answer's top-level code, or the code of any of its rows. */
  code?: number
  /** A recipient of the request (its `mobile` list, or a sendbulk item's), in any Kenyan form. */
  mobile?: string
  /** The request's `partnerID` (a sendbulk's first item's). */
  partnerID?: string | number
  /** `GET`, `POST`, … (any case). */
  method?: string
  /** Received at or after this time on the mock's clock (a Date, ISO 8601, EAT text, unix time). */
  since?: Date | string | number
  /** Only requests whose `seq` is greater. */
  after?: number
}

/**
 * The query parameters of `/__mock/requests*` that are filters.
 * @example
 * REQUEST_FILTER_KEYS.includes('mobile') // true
 */
export const REQUEST_FILTER_KEYS = [
  'endpoint',
  'code',
  'mobile',
  'partnerID',
  'method',
  'since',
  'after',
] as const

function isEndpointName(name: unknown): name is EndpointName {
  return typeof name === 'string' && Object.hasOwn(ENDPOINTS, name)
}

function wholeNumber(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new TypeError(`${name} must be a whole number`)
  }
  return value
}

// A number as the rules compare it: its 254 form when it is a Kenyan one, else the text as
// sent (a foreign number, a hash, in lower case as the journal keeps hashes).
function recipientKey(given: string): string {
  return toKenyanMsisdn(given) ?? given.trim().toLowerCase()
}

function recipientsOf(stored: StoredRequest): string[] {
  const params = stored.params
  if (params === null) return []
  const out: string[] = []
  const add = (value: unknown): void => {
    if (typeof value === 'number') out.push(String(value))
    else if (typeof value === 'string') out.push(...splitNumbers(value))
  }
  for (const name in params) {
    const value = params[name]
    if (name === 'mobile') add(value)
    else if (Array.isArray(value)) for (const item of value) add(item.mobile)
  }
  return out
}

function partnerOf(stored: StoredRequest): string | undefined {
  const params = stored.params
  if (params === null) return undefined
  let value: unknown = params.partnerID
  if (value === undefined) {
    for (const name in params) {
      const list = params[name]
      if (Array.isArray(list)) {
        value = list[0]?.partnerID
        break
      }
    }
  }
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
}

/**
 * The test of a filter, or a TypeError saying which value it cannot read.
 * @example
 * const matches = requestMatcher({ endpoint: 'sendsms' })
 * stored.filter(matches)
 */
export function requestMatcher(filter: RequestFilter = {}): (stored: StoredRequest) => boolean {
  const { endpoint, code, mobile, partnerID, method, since, after } = filter
  if (endpoint !== undefined && !isEndpointName(endpoint)) {
    throw new TypeError(`endpoint must be one of ${Object.keys(ENDPOINTS).join(', ')}`)
  }
  if (code !== undefined) wholeNumber(code, 'code')
  if (after !== undefined) wholeNumber(after, 'after')
  if (mobile !== undefined && (typeof mobile !== 'string' || mobile.trim() === '')) {
    throw new TypeError('mobile must be a number as text')
  }
  if (partnerID !== undefined && typeof partnerID !== 'string' && typeof partnerID !== 'number') {
    throw new TypeError('partnerID must be text or a number')
  }
  if (method !== undefined && (typeof method !== 'string' || !/^[A-Za-z]{1,12}$/.test(method))) {
    throw new TypeError('method must be a method name such as GET or POST')
  }
  const sinceMs = since === undefined ? undefined : readClockTime(since)
  if (since !== undefined && sinceMs === undefined) {
    throw new TypeError('since must be a time such as 2030-01-01T09:00:00Z')
  }
  const wantMobile = mobile === undefined ? undefined : recipientKey(mobile)
  const wantPartner = partnerID === undefined ? undefined : String(partnerID)
  const wantMethod = method?.toUpperCase()
  return (stored) =>
    (endpoint === undefined || stored.endpoint === endpoint) &&
    (code === undefined || stored.code === code || stored.rowCodes?.includes(code) === true) &&
    (wantMethod === undefined || stored.method === wantMethod) &&
    (sinceMs === undefined || stored.at >= sinceMs) &&
    (after === undefined || stored.seq > after) &&
    (wantPartner === undefined || partnerOf(stored) === wantPartner) &&
    (wantMobile === undefined || recipientsOf(stored).some((r) => recipientKey(r) === wantMobile))
}

function queryNumber(text: string): number {
  return /^\d{1,15}$/.test(text) ? Number(text) : Number.NaN
}

/**
 * The filter of a `/__mock/requests*` query (`{ filter }`), or what is wrong with it
 * (`{ error }`). An empty value is no filter, as in `/__mock/messages`.
 * @example
 * filterFromQuery(new URLSearchParams('endpoint=sendsms&code=1003'))
 * // { filter: { endpoint: 'sendsms', code: 1003 } }
 */
export function filterFromQuery(
  query: URLSearchParams,
): { filter: RequestFilter } | { error: string } {
  const filter: RequestFilter = {}
  const text = (name: (typeof REQUEST_FILTER_KEYS)[number]): string | undefined => {
    const value = query.get(name)
    return value === null || value === '' ? undefined : value
  }
  const endpoint = text('endpoint')
  const code = text('code')
  const mobile = text('mobile')
  const partnerID = text('partnerID')
  const method = text('method')
  const since = text('since')
  const after = text('after')
  if (endpoint !== undefined) filter.endpoint = endpoint as EndpointName
  if (code !== undefined) filter.code = queryNumber(code)
  if (mobile !== undefined) filter.mobile = mobile
  if (partnerID !== undefined) filter.partnerID = partnerID
  if (method !== undefined) filter.method = method
  if (since !== undefined) filter.since = since
  if (after !== undefined) filter.after = queryNumber(after)
  try {
    requestMatcher(filter)
  } catch (error) {
    return { error: (error as Error).message }
  }
  return { filter }
}
