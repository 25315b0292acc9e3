/**
 * @module
 * How the provider layer journals a request: a trace started on arrival (the mock's time
 * and a performance reading), filled in as the layer reads the parameters and the rules
 * answer, and turned into one journal entry once the reply is ready. The layer
 * (serve-provider.ts) is what the Hono routes and the Node fast path both call, so every
 * way in records alike.
 *
 * Cheap on the hot path: the parameters are copied by a walk over their few fields
 * (request-journal-params.ts), message ids are kept as a run of numbers, and the receive
 * time as a number; nothing is serialised until a test reads the journal.
 */
import { SUCCESS_CODE } from '@sendsms/wire'
import { safePath } from '../log/request-log-entry.js'
import { isRows, type ProviderAnswer } from '../provider/answers.js'
import type { AnyEndpoint } from '../provider/endpoint.js'
import type { ProviderReply, ProviderRequest } from '../provider/serve-provider.js'
import type { MockState } from './mock-state.js'
import type { StoredRequest } from './request-journal-entry.js'
import { recordParams } from './request-journal-params.js'

/**
 * What the layer learns of a request while answering it.
 * @example
 * const trace = startTrace(state, undefined)
 * trace.params = read.params
 */
export interface RequestTrace {
  /** `performance.now()` at arrival. */
  readonly started: number
  /** The mock's time at arrival, ms since the epoch. */
  readonly at: number
  /** The parameters as read, when they were. */
  params: Readonly<Record<string, unknown>> | undefined
  /** The rules' answer, when they answered. */
  answer: ProviderAnswer | undefined
}

// Estimates of what V8 keeps, in bytes: the entry (eighteen fields) and a row code; a
// string's header (two bytes a character on top).
const ENTRY_BYTES = 200
const CODE_BYTES = 8
const TEXT_BYTES = 24

function textBytes(text: string | undefined): number {
  return text === undefined ? 0 : TEXT_BYTES + 2 * text.length
}

/**
 * A trace for a request that arrived at `started` (a `performance.now()` reading, taken by
 * the transport before it read the body), or now.
 * @example
 * const trace = startTrace(state, performance.now())
 */
export function startTrace(state: MockState, started: number | undefined): RequestTrace {
  return {
    started: started ?? performance.now(),
    at: arrivalTime(state),
    params: undefined,
    answer: undefined,
  }
}

// A `now` option that throws or answers an invalid Date is the rules' failure (answered
// 1005); the journal still records the request, at the platform's time.
function arrivalTime(state: MockState): number {
  let at: number
  try {
    at = state.clock.nowMs()
  } catch {
    return Date.now()
  }
  return Number.isFinite(at) ? at : Date.now()
}

function safeMethod(method: string): string {
  if (method === 'GET' || method === 'POST') return method
  return /^[A-Z]{1,12}$/.test(method) ? method : 'OTHER'
}

function pathOf(endpoint: AnyEndpoint, path: string | undefined): string {
  if (path === undefined) return endpoint.paths[0]
  // A declared path (what the fast path routes by) is safe as it is.
  return path === endpoint.paths[0] || path === endpoint.paths[1] ? path : safePath(path)
}

interface RowFacts {
  rowCodes: number[] | undefined
  firstId: number
  idCount: number
  ids: string[] | undefined
}

function rowFacts(answer: ProviderAnswer | undefined): RowFacts {
  const facts: RowFacts = { rowCodes: undefined, firstId: 0, idCount: 0, ids: undefined }
  if (answer === undefined || !isRows(answer)) return facts
  const codes: number[] = []
  for (const row of answer.responses) {
    const code = row['response-code']
    if (!codes.includes(code)) codes.push(code)
    const given = row.messageid
    if (code !== SUCCESS_CODE || given === undefined) continue
    const id = typeof given === 'number' ? given : Number(given)
    // The ids of one request follow each other: kept as a run, unless they do not.
    if (facts.ids === undefined && Number.isSafeInteger(id)) {
      if (facts.idCount === 0) facts.firstId = id
      if (id === facts.firstId + facts.idCount) {
        facts.idCount += 1
        continue
      }
    }
    if (facts.ids === undefined) {
      facts.ids = []
      for (let i = 0; i < facts.idCount; i++) facts.ids.push(String(facts.firstId + i))
    }
    facts.ids.push(String(given))
  }
  facts.rowCodes = codes
  return facts
}

/**
 * Journals the request `trace` followed and returns `reply` unchanged.
 * @example
 * return recordRequest(state, endpoint, request, trace, reply)
 */
export function recordRequest(
  state: MockState,
  endpoint: AnyEndpoint,
  request: ProviderRequest,
  trace: RequestTrace,
  reply: ProviderReply,
): ProviderReply {
  const { outcome } = reply
  const recorded =
    trace.params === undefined ? undefined : recordParams(trace.params, endpoint.reading.lists)
  const facts = rowFacts(trace.answer)
  const path = pathOf(endpoint, request.path)
  // Typed loosely: an outcome may carry the fault that answered it.
  const given = (outcome as { fault?: unknown }).fault
  const fault = typeof given === 'string' ? given : undefined
  let bytes = ENTRY_BYTES + textBytes(path) + textBytes(fault) + textBytes(outcome.error)
  if (recorded !== undefined) bytes += recorded.bytes
  if (facts.rowCodes !== undefined) bytes += CODE_BYTES * facts.rowCodes.length
  if (facts.ids !== undefined) for (const id of facts.ids) bytes += CODE_BYTES + textBytes(id)
  const entry: StoredRequest = {
    seq: 0,
    at: trace.at,
    endpoint: endpoint.name,
    method: safeMethod(request.method),
    path,
    params: recorded === undefined ? null : recorded.params,
    truncated: recorded?.truncated,
    status: reply.status,
    code: outcome.code,
    rowCodes: facts.rowCodes,
    recipients: outcome.recipients,
    accepted: outcome.accepted,
    firstId: facts.firstId,
    idCount: facts.idCount,
    ids: facts.ids,
    durationMs: Math.round((performance.now() - trace.started) * 100) / 100,
    fault,
    error: outcome.error,
    bytes,
  }
  state.requests.add(entry)
  return reply
}
