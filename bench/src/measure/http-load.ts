/**
 * @module
 * One HTTP load run with autocannon: fixed connections and duration, after a warm-up
 * run whose figures are thrown away (JIT, connection set-up, heap growth).
 */
import autocannon from 'autocannon'

/** One request shape, sent identically to every target. */
export interface LoadRequest {
  method: 'GET' | 'POST'
  /** Path and query, e.g. `/api/services/sendsms?...`. */
  path: string
  body?: string
}

/** How hard and how long. */
export interface LoadSettings {
  connections: number
  /** Measured seconds. */
  durationS: number
  /** Seconds of warm-up before the measured run. */
  warmupS: number
}

/**
 * The figures of one measured run.
 * @example
 * const figures: LoadFigures = await runLoad(url, request, settings)
 */
export interface LoadFigures {
  /** Mean requests per second over the run. */
  reqPerS: number
  p50Ms: number
  p99Ms: number
  /** Requests answered during the measured run. */
  requests: number
  /** Answers other than 2xx, plus socket errors and timeouts: should be 0. */
  failures: number
}

function once(url: string, request: LoadRequest, connections: number, durationS: number) {
  return autocannon({
    url: `${url}${request.path}`,
    method: request.method,
    connections,
    duration: durationS,
    headers: request.body === undefined ? {} : { 'content-type': 'application/json' },
    ...(request.body === undefined ? {} : { body: request.body }),
  })
}

/**
 * Warms up, then measures `request` against the server at `url`.
 * @example
 * await runLoad('http://127.0.0.1:4010', { method: 'GET', path: '/api/services/sendsms?...' }, { connections: 50, durationS: 10, warmupS: 3 })
 */
export async function runLoad(
  url: string,
  request: LoadRequest,
  settings: LoadSettings,
): Promise<LoadFigures> {
  if (settings.warmupS > 0) await once(url, request, settings.connections, settings.warmupS)
  const result = await once(url, request, settings.connections, settings.durationS)
  return {
    reqPerS: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  }
}
