/**
 * @module
 * `GET /__mock/callbacks[?messageId=]`: the delivery callback attempts the mock made (time
 * on its clock, HTTP status or error, duration, whether it will retry), how many reports
 * are pending and what was dropped to stay within the bounds. `DELETE` forgets the
 * attempts.
 *
 * Each attempt's `messageId` is answered as digits, the string the client returns and the
 * journal lists, so a test compares them with `===`.
 */
import { integerText } from '@sendsms/wire'
import type { Hono } from 'hono'
import type { MockEnv } from '../mock-env.js'
import type { MockState } from '../state/mock-state.js'
import { badRequest } from './register-control.js'

/**
 * Adds the callback endpoints to `app` (behind the control guard).
 * @example
 * registerCallbacksControl(app, state)
 */
export function registerCallbacksControl(app: Hono<MockEnv>, state: MockState): void {
  app.get('/__mock/callbacks', (c) => {
    const given = c.req.query('messageId')
    let messageId: number | undefined
    if (given !== undefined) {
      messageId = /^\d{1,16}$/.test(given) ? Number(given) : Number.NaN
      if (!Number.isSafeInteger(messageId)) return badRequest(c, 'messageId must be a message id.')
    }
    const { callbacks } = state
    const attempts = callbacks.attempts(messageId === undefined ? {} : { messageId })
    return c.json({
      attempts: attempts.map((attempt) => ({
        ...attempt,
        messageId: integerText(attempt.messageId),
      })),
      pending: callbacks.pending,
      dropped: callbacks.dropped,
    })
  })
  app.delete('/__mock/callbacks', (c) => c.json({ deleted: state.callbacks.clear() }))
}
