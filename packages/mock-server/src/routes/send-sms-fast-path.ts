/**
 * @module
 * A node:http fast path for the requests that carry the load: a JSON POST to the send
 * path with a declared length, and a GET to it with a plain query string. It reads the
 * parameters itself and answers with the same `answerSend` as the Hono route, skipping
 * the web Request/Response emulation of @hono/node-server, which was most of the CPU of a
 * send (see bench/README.md). Every other request, and every send while a request log is
 * on, goes to Hono.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import { answerJson } from '../answer-json.js'
import {
  finishAnswer,
  hasQuirks,
  type MockQuirks,
  type SendSmsAnswer,
  topLevel,
} from '../answers.js'
import { readJsonParams, readQueryParams } from '../request/read-params.js'
import { answerSend } from '../send/answer-send.js'
import type { MockState } from '../state/mock-state.js'
import { MAX_BODY_BYTES, SEND_SMS_PATHS } from './send-sms.js'

// The headers the Hono route sends with a JSON answer (c.json plus the CORS middleware).
const JSON_TYPE = 'application/json'
const CORS_ORIGIN = '*'

// A request target whose query @hono/node-server passes on unchanged: only characters the
// URL parser never percent-encodes. Raw spaces, quotes or non-ASCII bytes go to Hono.
const PLAIN_TARGET = /^[\w.~%+&=,:;@!$()*/?-]*$/

/**
 * Whether the fast path answers this request exactly as the Hono route would. Anything
 * unusual (a POST with a query string, another content type, a chunked or oversized body,
 * a GET with a body or an unusual character in its query, a request log to write) is
 * left to Hono.
 * @example
 * takesFastPath(req, state) // true for a plain JSON POST to /api/services/sendsms
 */
export function takesFastPath(req: IncomingMessage, state: MockState): boolean {
  if (state.log) return false
  if (req.method === 'GET') return takesGet(req)
  if (req.method !== 'POST') return false
  if (!SEND_SMS_PATHS.includes(req.url ?? '')) return false
  const type = req.headers['content-type']
  // The exact type is what clients send; anything else is compared the long way.
  if (type !== JSON_TYPE && type?.split(';')[0]?.trim().toLowerCase() !== JSON_TYPE) return false
  const length = req.headers['content-length']
  return (
    length !== undefined &&
    req.headers['transfer-encoding'] === undefined &&
    Number(length) <= MAX_BODY_BYTES
  )
}

function takesGet(req: IncomingMessage): boolean {
  const target = req.url ?? ''
  const query = target.indexOf('?')
  return (
    SEND_SMS_PATHS.includes(query === -1 ? target : target.slice(0, query)) &&
    PLAIN_TARGET.test(target) &&
    req.headers['content-length'] === undefined &&
    req.headers['transfer-encoding'] === undefined
  )
}

function reply(
  res: ServerResponse,
  body: SendSmsAnswer | Record<string, unknown>,
  quirks: MockQuirks,
): void {
  const text = answerJson(body, !hasQuirks(quirks))
  // A flat [name, value, …] list: node:http takes it without copying into an object.
  res.writeHead(200, [
    'content-type',
    JSON_TYPE,
    'content-length',
    String(Buffer.byteLength(text)),
    'access-control-allow-origin',
    CORS_ORIGIN,
  ])
  res.end(text)
}

/**
 * Wraps Hono's request listener with the fast path.
 * @example
 * createServer(withSendFastPath(state, getRequestListener(app.fetch)))
 */
export function withSendFastPath(state: MockState, fallback: RequestListener): RequestListener {
  return (req, res) => {
    if (!takesFastPath(req, state)) return fallback(req, res)
    if (req.method === 'GET') return reply(res, answerGet(state, req.url ?? ''), state.quirks)
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    // No 'error' listener: node:http emits 'error' on a request only to its listeners, and
    // a client that hangs up mid-body simply never reaches 'end' (tested).
    req.on('end', () => reply(res, answerBody(state, chunks), state.quirks))
  }
}

function answerBody(state: MockState, chunks: Buffer[]): SendSmsAnswer | Record<string, unknown> {
  return guarded(state, () => answerSend(state, readJsonParams(bodyText(chunks)), 'POST'))
}

function answerGet(state: MockState, target: string): SendSmsAnswer | Record<string, unknown> {
  return guarded(state, () => answerSend(state, readQueryParams(target), 'GET'))
}

function guarded(
  state: MockState,
  answer: () => SendSmsAnswer | Record<string, unknown>,
): SendSmsAnswer | Record<string, unknown> {
  try {
    return answer()
  } catch {
    // As the Hono app's onError: a failure inside the send rules is the provider's 1005.
    return finishAnswer(topLevel(1005), state.quirks)
  }
}

function bodyText(chunks: Buffer[]): string {
  const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks))?.toString('utf8') ?? ''
  // Like Response.text(): UTF-8, a leading byte order mark dropped.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
