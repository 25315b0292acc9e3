/**
 * @module
 * One log line per request: method, path, answer code, recipients and time taken.
 * Only the path is logged, never the query string, so a GET apikey cannot leak.
 */
import type { MiddlewareHandler } from 'hono'

/** The code and recipient count read back from a JSON answer. */
interface Outcome {
  code: number | string
  recipients: number
}

async function outcomeOf(res: Response): Promise<Outcome> {
  const outcome: Outcome = { code: res.status, recipients: 0 }
  if (!res.headers.get('content-type')?.includes('json')) return outcome
  try {
    const body = (await res.clone().json()) as Record<string, unknown>
    if (Array.isArray(body.responses)) {
      const rows = body.responses as Record<string, unknown>[]
      const ok = rows.filter((r) => (r['response-code'] ?? r['respose-code']) === 200).length
      return { code: `200 (${ok} accepted)`, recipients: rows.length }
    }
    const code = body['response-code'] ?? body['respose-code']
    if (typeof code === 'number') return { code, recipients: 0 }
  } catch {
    // Not JSON after all: the HTTP status is all there is to log.
  }
  return outcome
}

/**
 * Logs each request through `log` once it is answered.
 * @example
 * app.use('*', requestLog((line) => console.log(line)))
 * // POST /api/services/sendsms -> 200 (2 accepted) recipients=3 4ms
 */
export function requestLog(log: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now()
    await next()
    const { code, recipients } = await outcomeOf(c.res)
    const ms = Math.round(performance.now() - started)
    log(`${c.req.method} ${c.req.path} -> ${code} recipients=${recipients} ${ms}ms`)
  }
}
