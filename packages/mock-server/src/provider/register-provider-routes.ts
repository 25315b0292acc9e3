/**
 * @module
 * The provider endpoints as Hono routes: each declared path, with and without its
 * trailing slash, for every method, handed to the provider layer. This is how the app
 * answers in-process (`app.request`), in browsers and Workers, and on a socket when the
 * Node fast path is off.
 */
import type { Hono } from 'hono'
import { FAULT_HEADER } from '../faults/fault-header.js'
import { carryOutOnNode, type NodeResponse } from '../faults/node-fault.js'
import { webFaultResponse } from '../faults/web-fault.js'
import type { MockEnv } from '../mock-env.js'
import type { MockState } from '../state/mock-state.js'
import type { AnyEndpoint } from './endpoint.js'
import { MAX_BODY_BYTES } from './limits.js'
import { readWebBody } from './read-web-body.js'
import { type ProviderReply, serveProvider } from './serve-provider.js'

function queryOf(url: string): string {
  const question = url.indexOf('?')
  if (question === -1) return ''
  const hash = url.indexOf('#', question)
  return url.slice(question + 1, hash === -1 ? undefined : hash)
}

// The path as sent, still percent-encoded (Hono's `c.req.path` is decoded).
function pathOf(url: string): string {
  const slash = url.indexOf('/', url.indexOf('//') + 2)
  const question = url.indexOf('?')
  if (slash === -1) return '/'
  return url.slice(slash, question === -1 ? undefined : question)
}

function headerRecord(flat: string[]): Record<string, string> {
  const record: Record<string, string> = {}
  for (let i = 0; i < flat.length; i += 2) record[flat[i] as string] = flat[i + 1] as string
  return record
}

// On a socket, @hono/node-server hands the app each request's node:http objects as its env
// (`outgoing`, the response); startMockServer adds the answer that tells the adapter the
// route wrote the reply itself, or chose to write none (`alreadySent`).
type NodeEnv = { outgoing?: NodeResponse; alreadySent?: Response } | undefined

/**
 * Adds a route for every path of every endpoint.
 * @example
 * registerProviderRoutes(app, state, PROVIDER_ENDPOINTS)
 */
export function registerProviderRoutes(
  app: Hono<MockEnv>,
  state: MockState,
  endpoints: readonly AnyEndpoint[],
): void {
  for (const endpoint of endpoints) {
    for (const path of endpoint.paths) {
      app.all(path, async (c) => {
        const { raw } = c.req
        const started = performance.now()
        const reply: ProviderReply = await serveProvider(state, endpoint, {
          method: raw.method,
          query: queryOf(raw.url),
          contentType: raw.headers.get('content-type') ?? undefined,
          corsMethod: raw.headers.get('access-control-request-method') ?? undefined,
          corsHeaders: raw.headers.get('access-control-request-headers') ?? undefined,
          body: await readWebBody(raw, MAX_BODY_BYTES),
          path: pathOf(raw.url),
          started,
          faultHeader: raw.headers.get(FAULT_HEADER) ?? undefined,
        })
        c.set('providerOutcome', reply.outcome)
        if (reply.fault !== undefined) {
          // On a socket, the socket itself hangs, resets or trickles, as on the fast path.
          const { outgoing, alreadySent } = (c.env as NodeEnv) ?? {}
          if (outgoing === undefined || alreadySent === undefined) {
            return webFaultResponse(reply, state.faults, raw.signal)
          }
          carryOutOnNode(outgoing, reply, state.faults)
          return alreadySent
        }
        const headers = headerRecord(reply.headers)
        if (reply.status === 204) return c.body(null, 204, headers)
        return c.body(reply.body, reply.status as 200, headers)
      })
    }
  }
}
