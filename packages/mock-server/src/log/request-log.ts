/**
 * @module
 * The request log of the Hono app: one entry per request once it is answered, built from
 * what the route decided (a provider route leaves its outcome on the context), never by
 * reading the response back.
 */
import type { MiddlewareHandler } from 'hono'
import type { MockEnv } from '../mock-env.js'
import type { MockState } from '../state/mock-state.js'
import { requestLogEntry } from './request-log-entry.js'

/**
 * Logs every request through `state.log`, when there is one.
 * @example
 * app.use('*', requestLog(state))
 */
export function requestLog(state: MockState): MiddlewareHandler<MockEnv> {
  return async (c, next) => {
    const log = state.log
    if (!log) return next()
    const started = performance.now()
    await next()
    const failure = c.error ? `${c.error.name}: ${c.error.message}` : undefined
    const outcome = c.get('providerOutcome')
    log(requestLogEntry(c.req.method, c.req.path, c.res.status, outcome, started, failure))
  }
}
