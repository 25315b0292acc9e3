/**
 * @module
 * The `/api/services/sendsms` route (with and without a trailing slash): method and body
 * checks, injected faults, then the send rules. Every answer is HTTP 200 JSON, as live.
 */
import type { Context, Hono } from 'hono'
import { answerJson } from '../answer-json.js'
import { finishAnswer, hasQuirks, type SendSmsAnswer, topLevel } from '../answers.js'
import { sendBodyLimit } from '../middleware/body-limit.js'
import { readParams } from '../request/read-params.js'
import { answerSend } from '../send/answer-send.js'
import type { MockState } from '../state/mock-state.js'

/** The paths answered directly; the live service is called both ways. */
export const SEND_SMS_PATHS = ['/api/services/sendsms', '/api/services/sendsms/']

/** Largest body read; more is answered with 1009 without reading on. */
export const MAX_BODY_BYTES = 1024 * 1024

/**
 * Adds the sendsms routes over one mock's state to `app`.
 * @example
 * const app = new Hono()
 * registerSendSms(app, state)
 */
export function registerSendSms(app: Hono, state: MockState): void {
  // answerJson, not c.json: the same bytes, faster on 12-digit numbers (answer-json.ts).
  const reply = (c: Context, body: SendSmsAnswer | Record<string, unknown>) =>
    c.body(answerJson(body, !hasQuirks(state.quirks)), 200, { 'content-type': 'application/json' })
  const answer = (c: Context, body: SendSmsAnswer) => reply(c, finishAnswer(body, state.quirks))
  const limit = sendBodyLimit(MAX_BODY_BYTES, (c) => answer(c, topLevel(1009)))

  const send = async (c: Context) => {
    // Hono routes HEAD to GET handlers; a HEAD must not send (and charge for) messages.
    if (c.req.method === 'HEAD') return answer(c, topLevel(1010))
    const read = await readParams(c)
    const method = c.req.method === 'POST' ? 'POST' : 'GET'
    return reply(c, answerSend(state, read, method))
  }
  for (const path of SEND_SMS_PATHS) {
    app.on(['GET', 'POST'], path, limit, send)
    // Other methods (PUT, PATCH, DELETE, plain OPTIONS) get the provider's own refusal.
    app.all(path, (c) => answer(c, topLevel(1010)))
  }
}
