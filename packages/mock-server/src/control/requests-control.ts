/**
 * @module
 * `/__mock/requests`: the request journal over HTTP, for tests in another process. A page
 * of entries (`GET`, paged as `/__mock/messages` is), a count (`/count`), a long poll that
 * answers once enough matching requests have come (`/wait`), and `DELETE`. Behind the
 * control guard, like every `/__mock/*` endpoint; no entry holds a key.
 *
 * A wait that ends without its requests (timeout, reset, close) is answered HTTP 200
 * `{"matched":false,…}`, not 408: 408 tells a client its own request was too slow, and
 * HTTP clients and proxies may send it again by themselves, which would turn one wait
 * into several. Only too many waits at once is an HTTP error (429).
 */
import type { Context, Hono } from 'hono'
import type { MockEnv } from '../mock-env.js'
import type { MockState } from '../state/mock-state.js'
import type { RequestRecorder } from '../state/request-journal.js'
import { publicEntry, type StoredRequest } from '../state/request-journal-entry.js'
import { filterFromQuery, type RequestFilter } from '../state/request-journal-filter.js'
import { MAX_WAIT_TIMEOUT_MS, waitLimits } from '../state/request-journal-waiters.js'
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT, nextPage, pageOf } from './page.js'
import { badRequest } from './register-control.js'

// The most requests a wait may ask for.
const MAX_WAIT_COUNT = 1_000_000

function wholeNumber(text: string | null, name: string, min: number, max: number) {
  if (text === null || text === '') return undefined
  const value = /^\d{1,15}$/.test(text) ? Number(text) : Number.NaN
  if (!(value >= min && value <= max)) return `${name} must be a whole number from ${min} to ${max}`
  return value
}

// `"requests":[…],"next":…,"held":N,"dropped":N`, the entries from `from`.
function pageFields(
  journal: RequestRecorder,
  from: Iterable<StoredRequest>,
  query: URLSearchParams,
  limit: number,
): string {
  const page = pageOf(
    from,
    (stored) => JSON.stringify(publicEntry(stored)),
    (stored) => stored.seq,
    limit,
  )
  const next = nextPage('/__mock/requests', query, page, limit)
  return `"requests":[${page.texts.join(',')}],"next":${JSON.stringify(next)},"held":${journal.size},"dropped":${journal.dropped}`
}

type Parsed = { filter: RequestFilter; query: URLSearchParams; limit: number } | { error: string }

function parse(c: Context<MockEnv>): Parsed {
  const query = new URL(c.req.url).searchParams
  const limit = wholeNumber(query.get('limit'), 'limit', 1, MAX_PAGE_LIMIT) ?? DEFAULT_PAGE_LIMIT
  if (typeof limit === 'string') return { error: limit }
  const read = filterFromQuery(query)
  if ('error' in read) return read
  return { filter: read.filter, query, limit }
}

const json = (c: Context<MockEnv>, text: string, status: 200 | 429 = 200) =>
  c.body(text, status, { 'content-type': 'application/json' })

/**
 * Adds the request journal's endpoints to `app` (behind the control guard).
 * @example
 * registerRequestsControl(app, state)
 */
export function registerRequestsControl(app: Hono<MockEnv>, state: MockState): void {
  const journal = state.requests
  app.get('/__mock/requests', (c) => {
    const parsed = parse(c)
    if ('error' in parsed) return badRequest(c, parsed.error)
    const { filter, query, limit } = parsed
    return json(c, `{${pageFields(journal, journal.stored(filter), query, limit)}}`)
  })
  app.get('/__mock/requests/count', (c) => {
    const parsed = parse(c)
    if ('error' in parsed) return badRequest(c, parsed.error)
    return c.json({ count: journal.count(parsed.filter) })
  })
  app.get('/__mock/requests/wait', async (c) => {
    const parsed = parse(c)
    if ('error' in parsed) return badRequest(c, parsed.error)
    const { filter, query, limit } = parsed
    const count = wholeNumber(query.get('count'), 'count', 1, MAX_WAIT_COUNT) ?? 1
    if (typeof count === 'string') return badRequest(c, count)
    const timeoutMs = wholeNumber(query.get('timeoutMs'), 'timeoutMs', 0, MAX_WAIT_TIMEOUT_MS)
    if (typeof timeoutMs === 'string') return badRequest(c, timeoutMs)
    const options = {
      count,
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
      // A client that goes away ends its wait, rather than holding a place until the timeout.
      signal: c.req.raw.signal,
    }
    waitLimits(options)
    const result = await journal.wait(filter, options)
    if (!result.matched && result.reason === 'busy') {
      const message = 'Too many waits at once; try again when one has ended.'
      return json(c, JSON.stringify({ error: 'too_many_waiters', message }), 429)
    }
    const head = result.matched
      ? `"matched":true`
      : `"matched":false,"reason":${JSON.stringify(result.reason)}`
    const page = pageFields(journal, result.requests, query, limit)
    return json(c, `{${head},"count":${result.requests.length},${page}}`)
  })
  app.delete('/__mock/requests', (c) => c.json({ deleted: journal.clear() }))
}
