/**
 * @module
 * `/ns/{name}/…` on the Hono app: the prefix is checked and stripped, and the request is
 * handed, as it came, to the namespace's own app (made on first use), which answers and
 * logs it as the root answers and logs its own requests. Registered before the root's
 * request log, so a namespaced request is logged once, by its namespace, with its name.
 */
import type { Context, Hono } from 'hono'
import { requestLogEntry } from '../log/request-log-entry.js'
import type { MockEnv } from '../mock-env.js'
import type { MockState } from '../state/mock-state.js'
import { namespaceLimitAnswer } from './namespace-limit-answer.js'
import { NAMESPACE_PREFIX, namespaceNameError, splitNamespacePath } from './namespace-name.js'
import type { NamespaceRegistry } from './namespace-registry.js'

// The path of a namespace's own control endpoint, `DELETE /ns/{name}/__mock/namespace`
// for a test's teardown (and `GET` to read it).
const OWN_CONTROL = '/__mock/namespace'

// The same request at another path of the same origin: a view of it whose `url` is the
// new one, everything else (method, headers with the Host the control guard reads, body,
// abort signal) its own. The body is read once, as it arrives, never copied; and it works
// in every runtime, where a new Request could not take the body as a stream in all of them.
function movedTo(raw: Request, url: URL, path: string): Request {
  const moved = `${url.origin}${path}${url.search}`
  return new Proxy(raw, {
    get(target, key) {
      if (key === 'url') return moved
      const value: unknown = Reflect.get(target, key, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

// The control endpoints whose answer links to its next page.
const PAGED = new Set(['/__mock/messages', '/__mock/requests', '/__mock/requests/wait'])

// A page of `GET /__mock/messages` (or of the request journal) links to the next one at the
// root's path; under a namespace it must stay there. `"next":"` occurs unescaped only as that key: every text
// of an entry is JSON-escaped, and the key comes after the entries, so the last one is it.
async function namespacedNext(res: Response, name: string): Promise<Response> {
  if (res.status !== 200) return res
  const text = await res.text()
  const key = '"next":"'
  const at = text.lastIndexOf(`${key}/__mock/`)
  const body =
    at === -1
      ? text
      : `${text.slice(0, at + key.length)}${NAMESPACE_PREFIX}${name}${text.slice(at + key.length)}`
  const headers = new Headers(res.headers)
  headers.delete('content-length')
  return new Response(body, { status: 200, headers })
}

// A refusal of the prefix itself, logged here: the root's request log never sees `/ns/*`.
function refuse(
  c: Context<MockEnv>,
  state: MockState,
  started: number,
  answer: { status: 400 | 503; body: string },
  where: { path: string; name?: string },
) {
  const entry = requestLogEntry(c.req.method, where.path, answer.status, undefined, started)
  if (where.name !== undefined) entry.namespace = where.name
  state.log?.(entry)
  return c.body(answer.body, answer.status, { 'content-type': 'application/json' })
}

/**
 * Adds the `/ns/*` route; `state` is the root's (its log records refusals).
 * @example
 * registerNamespaceRoutes(app, state, registry) // before app.use('*', requestLog(state))
 */
export function registerNamespaceRoutes(
  app: Hono<MockEnv>,
  state: MockState,
  registry: NamespaceRegistry,
): void {
  app.all(`${NAMESPACE_PREFIX}*`, async (c) => {
    const started = state.log ? performance.now() : 0
    const raw = c.req.raw
    // The path as sent, not as Hono decodes it: `/ns/%41/` is no name for `A`.
    const url = new URL(raw.url)
    const split = splitNamespacePath(url.pathname)
    const wrong = namespaceNameError(split?.name ?? '')
    if (split === undefined || wrong !== undefined) {
      const body = JSON.stringify({ error: 'bad_request', message: wrong })
      return refuse(c, state, started, { status: 400, body }, { path: url.pathname })
    }
    const { name, rest } = split
    if (rest === OWN_CONTROL || rest === `${OWN_CONTROL}/`) {
      // The root's control endpoint for it: guarded and logged as every control request,
      // and it never makes the namespace it is asked to drop.
      return app.fetch(movedTo(raw, url, `/__mock/namespaces/${name}`), c.env)
    }
    const namespace = registry.enter(name)
    if (namespace === undefined) {
      const { status, body } = namespaceLimitAnswer(registry)
      return refuse(c, state, started, { status, body }, { path: rest, name })
    }
    try {
      const res = await namespace.mock.app.fetch(movedTo(raw, url, rest), c.env)
      return PAGED.has(rest) ? await namespacedNext(res, name) : res
    } finally {
      registry.leave(namespace)
    }
  })
}
