/**
 * The mechanical check that a probe cannot send a message or cost credit, run on every
 * request before it leaves for the upstream (and by the tests, for every probe). A request
 * to getbalance or getdlr only reads. Any other path (a send endpoint, or a path the spec
 * does not know, which might send) is free only when what it carries cannot make a send,
 * however a server reads it: in every set of parameters (the query, the body, each item of
 * `smslist`), the key is not the user's, or no mobile holds a digit, or the message is blank.
 * A method the path does not take and a body that is not JSON are named too, but never
 * counted on alone: a server that took PUT as POST, or read a broken body leniently, would
 * send.
 */
import { ENDPOINTS, type EndpointName } from '@sendsms/wire'
import type { ProbeRequest } from './probes.js'

const READ_ONLY: ReadonlySet<EndpointName> = new Set(['getbalance', 'getdlr'])

/**
 * The endpoint a path names, with or without its trailing slash; undefined for any other path.
 * @example
 * endpointOfPath('/api/services/sendsms/') // 'sendsms'
 */
export function endpointOfPath(path: string): EndpointName | undefined {
  const bare = path.length > 1 ? path.replace(/\/$/, '') : path
  return (Object.keys(ENDPOINTS) as EndpointName[]).find((name) => ENDPOINTS[name].path === bare)
}

/**
 * Why `request` can neither send nor cost credit when it carries the key `userKey`: the
 * reasons found, or an empty list when it could send (and must never be sent).
 * @example
 * whyFree({ method: 'POST', path: '/api/services/getbalance', json: { apikey: key } }, key)
 * // ['getbalance only reads']
 */
export function whyFree(request: ProbeRequest, userKey: string): string[] {
  const endpoint = endpointOfPath(request.path)
  if (endpoint !== undefined && READ_ONLY.has(endpoint)) return [`${endpoint} only reads`]
  const reasons = contentReasons(request, userKey)
  if (reasons.length === 0) return []
  const methods: readonly string[] = endpoint === undefined ? [] : ENDPOINTS[endpoint].methods
  if (endpoint !== undefined && !methods.includes(request.method)) {
    reasons.push(`${request.method} is not a method of ${endpoint}`)
  }
  if (request.raw !== undefined && !parses(request.raw)) reasons.push('the body is not JSON')
  return reasons
}

// What the parameters themselves say; empty when they could make a send. Conservative about
// how a server combines them: the key counts as given when any set holds it (sendbulk reads
// the first item's for all), and each set is read together with the query string.
function contentReasons(request: ProbeRequest, userKey: string): string[] {
  if (request.raw !== undefined && !parses(request.raw)) {
    // A lenient reader could find anything the text holds: judge the text itself.
    if (!request.raw.includes(userKey)) return ['no right API key']
    return request.raw.includes('mobile') ? [] : ['no mobile']
  }
  const query = request.query ?? {}
  // Judged as it travels: what JSON.stringify drops (an undefined field) is not sent.
  const body: unknown = JSON.parse(request.raw ?? JSON.stringify(request.json ?? null))
  const inBody = parameterSets(body).map((set) => ({ ...query, ...set }))
  const sets = inBody.length === 0 ? [query] : inBody
  if (!sets.some((set) => set.apikey === userKey)) return ['no right API key']
  const verdicts = sets.map(setReason)
  if (verdicts.some((reason) => reason === undefined)) return []
  return [...new Set(verdicts as string[])]
}

// The objects a server could read parameters from: the body object, each object of an
// array body, and each item of an `smslist` in them.
function parameterSets(body: unknown): Record<string, unknown>[] {
  if (Array.isArray(body)) return body.flatMap(parameterSets)
  if (typeof body !== 'object' || body === null) return []
  const object = body as Record<string, unknown>
  const items = Array.isArray(object.smslist) ? object.smslist.flatMap(parameterSets) : []
  return [object, ...items]
}

function setReason(set: Readonly<Record<string, unknown>>): string | undefined {
  if (!/\d/.test(String(set.mobile ?? ''))) return 'no mobile with a digit'
  if (String(set.message ?? '').trim() === '') return 'no message'
  return undefined
}

function parses(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
