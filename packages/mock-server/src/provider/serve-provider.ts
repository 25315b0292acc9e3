/**
 * @module
 * The provider layer: everything around an endpoint's rules, the same for every endpoint
 * and every transport. From a request (already cut to the parts the API reads) to the
 * exact reply: CORS preflight, GET/POST only (1010), size limits and unreadable bodies
 * (1009), injected faults, the rules, the answer profile, serialisation, and a crash
 * inside the rules answered 1005 and reported in the outcome. The Hono routes and the
 * Node fast path are thin adapters around `serveProvider`, so they answer alike by
 * construction.
 */
import { CODE_KEY, SUCCESS_CODE } from '@sendsms/wire'
import { chooseFault } from '../faults/choose-fault.js'
import type { FaultDirective } from '../faults/fault-directive.js'
import { faultReply } from '../faults/fault-reply.js'
import type { MockState } from '../state/mock-state.js'
import { type RequestTrace, recordRequest, startTrace } from '../state/request-journal-record.js'
import { answerJson } from './answer-json.js'
import { isRows, type ProviderAnswer, topLevel } from './answers.js'
import type { AnyEndpoint, RuleContext } from './endpoint.js'
import { type BodyRead, MAX_QUERY_BYTES } from './limits.js'
import { applyProfile } from './profiles/apply-profile.js'
import { type ReadParams, readParams } from './read-params.js'

/**
 * What the layer reads of a request.
 * @example
 * const request: ProviderRequest = { method: 'GET', query: 'apikey=k', contentType: undefined, corsMethod: undefined, corsHeaders: undefined, body: { tooLarge: false, bytes: undefined } }
 */
export interface ProviderRequest {
  method: string
  /** The query string after `?`, as sent (`''` when none). */
  query: string
  /** The Content-Type header; several are joined with `, `, as `Headers` does. */
  contentType: string | undefined
  /** Access-Control-Request-Method: set only on a CORS preflight. */
  corsMethod: string | undefined
  /** Access-Control-Request-Headers of a preflight. */
  corsHeaders: string | undefined
  body: BodyRead
  /** The path as sent, for the request journal; the endpoint's own path when absent. */
  path?: string
  /** `performance.now()` when the request arrived, before its body was read; now when absent. */
  started?: number
  /** The X-Mock-Fault header: a fault for this request alone (`http-503`, `hang`). */
  faultHeader?: string | undefined
}

/**
 * What happened, for the request log.
 * @example
 * const outcome: ProviderOutcome = { endpoint: 'sendsms', code: 200, recipients: 3, accepted: 2 }
 */
export interface ProviderOutcome {
  endpoint: AnyEndpoint['name']
  /** The answer's top-level code (200 for a rows answer); absent for a preflight. */
  code?: number
  /** Rows in a rows answer. */
  recipients?: number
  /** Rows with code 200. */
  accepted?: number
  /** `Name: message` of an error thrown inside the rules (answered 1005). */
  error?: string
  /** The injected fault it suffered, as its label: `code-4090`, `http-503`, `hang`. */
  fault?: string
}

/**
 * The reply, ready to write.
 * @example
 * res.writeHead(reply.status, reply.headers).end(reply.body)
 */
export interface ProviderReply {
  status: number
  /** A flat `[name, value, …]` list, the form node:http takes without copying. */
  headers: string[]
  body: string
  outcome: ProviderOutcome
  /** A fault the transport carries out instead of writing the reply (hang, reset, slow body). */
  fault?: FaultDirective
}

// Provider endpoints answer browsers too: every answer allows any origin, as an API
// called with a key in its parameters has nothing a cookie could add.
const JSON_HEADERS = ['content-type', 'application/json', 'access-control-allow-origin', '*']
// An oversized body was not read to its end, so the connection cannot carry another request.
const CLOSING_JSON_HEADERS = [...JSON_HEADERS, 'connection', 'close']

/**
 * Answers one request to `endpoint`, and journals it (`state.requests`). Synchronous
 * except for multipart bodies. Never throws: a failure anywhere inside is the provider's
 * 1005, with the error in the outcome.
 * @example
 * const reply = await serveProvider(state, sendSmsEndpoint, request)
 */
export function serveProvider(
  state: MockState,
  endpoint: AnyEndpoint,
  request: ProviderRequest,
): ProviderReply | Promise<ProviderReply> {
  const trace = startTrace(state, request.started)
  const reply = answerSafely(state, endpoint, request, trace)
  if (reply instanceof Promise) {
    return reply.then((r) => recordRequest(state, endpoint, request, trace, r))
  }
  return recordRequest(state, endpoint, request, trace, reply)
}

function answerSafely(
  state: MockState,
  endpoint: AnyEndpoint,
  request: ProviderRequest,
  trace: RequestTrace,
): ProviderReply | Promise<ProviderReply> {
  try {
    const reply = answerRequest(state, endpoint, request, trace)
    return reply instanceof Promise ? reply.catch((e) => crashed(state, endpoint, e)) : reply
  } catch (error) {
    return crashed(state, endpoint, error)
  }
}

/**
 * The reply to a request too large to read (1009, closing the connection), for a
 * transport that refuses it before the layer could see it, such as node:http when the
 * request head alone is over its limit. With `arrival` (its method and path) the request
 * is journaled, as every request that reaches the layer is.
 * @example
 * const reply = tooLargeReply(state, sendSmsEndpoint, { method: 'GET', path: '/api/services/sendsms' })
 */
export function tooLargeReply(
  state: MockState,
  endpoint: AnyEndpoint,
  arrival?: { method: string; path: string },
): ProviderReply {
  const reply = finish(state, endpoint, topLevel(1009), CLOSING_JSON_HEADERS)
  if (arrival === undefined) return reply
  const request: ProviderRequest = {
    ...arrival,
    query: '',
    contentType: undefined,
    corsMethod: undefined,
    corsHeaders: undefined,
    body: { tooLarge: true },
  }
  return recordRequest(state, endpoint, request, startTrace(state, undefined), reply)
}

function answerRequest(
  state: MockState,
  endpoint: AnyEndpoint,
  request: ProviderRequest,
  trace: RequestTrace,
): ProviderReply | Promise<ProviderReply> {
  const { method } = request
  if (method === 'OPTIONS' && request.corsMethod !== undefined) return preflight(endpoint, request)
  if (method !== 'GET' && method !== 'POST') return finish(state, endpoint, topLevel(1010))
  if (!endpoint.methods.includes(method)) return finish(state, endpoint, topLevel(1010))
  if (request.body.tooLarge) return tooLargeReply(state, endpoint)
  if (request.query.length > MAX_QUERY_BYTES) return finish(state, endpoint, topLevel(1009))
  const read = readParams(
    endpoint.reading,
    method,
    request.query,
    request.contentType,
    request.body.bytes,
  )
  const context: RuleContext = { method }
  const header = request.faultHeader
  if (read instanceof Promise) {
    return read.then((r) => decide(state, endpoint, r, context, trace, header))
  }
  return decide(state, endpoint, read, context, trace, header)
}

function decide(
  state: MockState,
  endpoint: AnyEndpoint,
  read: ReadParams,
  context: RuleContext,
  trace: RequestTrace,
  faultHeader: string | undefined,
): ProviderReply | Promise<ProviderReply> {
  if (!read.ok) return finish(state, endpoint, topLevel(1009))
  trace.params = read.params
  const fault = chooseFault(state.faults, endpoint.name, faultHeader, read.params)
  if (fault === undefined) {
    trace.answer = endpoint.rules(state, read.params as never, context)
    return finish(state, endpoint, trace.answer)
  }
  let reply: ProviderReply
  if (fault.kind === 'code') {
    reply = finish(state, endpoint, topLevel(fault.code, fault.description))
  } else if (fault.reached) {
    trace.answer = endpoint.rules(state, read.params as never, context)
    reply = finish(state, endpoint, trace.answer)
  } else {
    reply = { status: 200, headers: JSON_HEADERS, body: '', outcome: { endpoint: endpoint.name } }
  }
  return faultReply(reply, fault, state.faults)
}

function crashed(state: MockState, endpoint: AnyEndpoint, error: unknown): ProviderReply {
  // Only the error's name and message: a stack or a dump of the request could hold a key.
  const { name, message } = error instanceof Error ? error : new Error(String(error))
  const reply = finish(state, endpoint, topLevel(1005))
  reply.outcome.error = `${name}: ${message}`
  return reply
}

function finish(
  state: MockState,
  endpoint: AnyEndpoint,
  answer: ProviderAnswer,
  headers: string[] = JSON_HEADERS,
): ProviderReply {
  const { profile } = state
  // A profile that only retypes fields keeps the rows' keys and order: still the fast writer.
  const body = answerJson(
    applyProfile(profile, endpoint.name, answer),
    profile.codeKey === CODE_KEY,
  )
  return { status: 200, headers, body, outcome: outcomeOf(endpoint, answer) }
}

function outcomeOf(endpoint: AnyEndpoint, answer: ProviderAnswer): ProviderOutcome {
  if (!isRows(answer)) return { endpoint: endpoint.name, code: answer['response-code'] }
  const rows = answer.responses
  let accepted = 0
  for (let i = 0; i < rows.length; i++) if (rows[i]?.['response-code'] === SUCCESS_CODE) accepted++
  return { endpoint: endpoint.name, code: 200, recipients: rows.length, accepted }
}

function preflight(endpoint: AnyEndpoint, request: ProviderRequest): ProviderReply {
  const headers = [
    'access-control-allow-origin',
    '*',
    'access-control-allow-methods',
    endpoint.methods.join(','),
  ]
  if (request.corsHeaders) headers.push('access-control-allow-headers', request.corsHeaders)
  headers.push('access-control-max-age', '600', 'vary', 'Access-Control-Request-Headers')
  return { status: 204, headers, body: '', outcome: { endpoint: endpoint.name } }
}
