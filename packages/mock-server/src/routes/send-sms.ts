/**
 * @module
 * The `/api/services/sendsms` route (with and without a trailing slash): method and body
 * checks, injected faults, then the send rules. Every answer is HTTP 200 JSON, as live.
 */
import type { Context, Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { finishAnswer, type SendSmsAnswer, topLevel } from '../answers.js'
import { readParams } from '../request/read-params.js'
import { handleSend } from '../send/handle-send.js'
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
  const answer = (c: Context, body: SendSmsAnswer) => c.json(finishAnswer(body, state.quirks), 200)
  const limit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => answer(c, topLevel(1009)) })

  const send = async (c: Context) => {
    // Hono routes HEAD to GET handlers; a HEAD must not send (and charge for) messages.
    if (c.req.method === 'HEAD') return answer(c, topLevel(1010))
    const read = await readParams(c)
    if (!read.ok) return answer(c, topLevel(1009))
    const fault = state.faults.take()
    if (fault) return answer(c, topLevel(fault.code, fault.description))
    const method = c.req.method === 'POST' ? 'POST' : 'GET'
    return answer(c, handleSend(state, read.params, method))
  }
  for (const path of SEND_SMS_PATHS) {
    app.on(['GET', 'POST'], path, limit, send)
    // Other methods (PUT, PATCH, DELETE, plain OPTIONS) get the provider's own refusal.
    app.all(path, (c) => answer(c, topLevel(1010)))
  }
}
