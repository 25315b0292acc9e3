/**
 * @module
 * The Node fast path: provider requests read straight off node:http and answered by the
 * provider layer (`serveProvider`), skipping the web Request/Response emulation of
 * @hono/node-server, which was most of the CPU of a send (bench/README.md). It is an
 * adapter, not a second implementation: it takes the same declarations, hands the layer
 * the same request parts as the Hono route does, writes the layer's reply as it is, and
 * logs the same entry. A namespace's provider paths (`/ns/{name}/…`) are served the same
 * way, from that namespace's state. Every other request goes to Hono.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import { FAULT_HEADER } from '../faults/fault-header.js'
import { carryOutOnNode } from '../faults/node-fault.js'
import { providerLogEntry } from '../log/request-log-entry.js'
import { namespaceLimitAnswer } from '../namespaces/namespace-limit-answer.js'
import {
  isNamespaceName,
  NAMESPACE_PREFIX,
  splitNamespacePath,
} from '../namespaces/namespace-name.js'
import type { NamespaceRegistry } from '../namespaces/namespace-registry.js'
import type { AnyEndpoint } from '../provider/endpoint.js'
import { MAX_BODY_BYTES } from '../provider/limits.js'
import { type ProviderReply, serveProvider } from '../provider/serve-provider.js'
import type { MockState } from '../state/mock-state.js'
import { readNodeBody } from './read-node-body.js'

// A query the URL parser leaves as it is: only characters it never percent-encodes. Any
// other (a raw space, a quote, non-ASCII) is normalised by the same parser the Hono route
// sees the request through, so both read the same query.
const PLAIN_QUERY = /^[\w.~%+&=,:;@!$()*/?-]*$/

function queryOf(target: string, question: number): string {
  if (question === -1) return ''
  const raw = target.slice(question + 1)
  if (PLAIN_QUERY.test(raw)) return raw
  return new URL(`http://mock/?${raw}`).search.slice(1)
}

// node:http keeps only the first of several Content-Type headers; a web `Headers` (what
// the Hono route reads) joins them all. Joined here too, so `application/json` followed by
// `text/plain` is the same unreadable type on both.
function contentTypeOf(req: IncomingMessage): string | undefined {
  if (req.headers['content-type'] === undefined) return undefined
  const raw = req.rawHeaders
  let joined: string | undefined
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i] as string
    if (name.length === 12 && name.toLowerCase() === 'content-type') {
      joined = joined === undefined ? raw[i + 1] : `${joined}, ${raw[i + 1]}`
    }
  }
  return joined
}

// The reply's headers and its Content-Length, in a new flat list. An array literal for the
// common four-item list: Array.prototype.concat was a visible part of a send.
function withLength(reply: ProviderReply): string[] {
  const h = reply.headers
  const length = String(Buffer.byteLength(reply.body))
  if (h.length === 4)
    return [
      h[0] as string,
      h[1] as string,
      h[2] as string,
      h[3] as string,
      'content-length',
      length,
    ]
  return [...h, 'content-length', length]
}

function write(
  state: MockState,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  started: number,
  reply: ProviderReply,
): void {
  if (reply.fault !== undefined) carryOutOnNode(res, reply, state.faults)
  else {
    res.writeHead(reply.status, reply.status === 204 ? reply.headers : withLength(reply))
    res.end(reply.body)
  }
  // The method passed node:http's parser and the path is a declared one: both are safe.
  state.log?.(providerLogEntry(req.method ?? '', path, reply.status, reply.outcome, started))
}

function serve(
  state: MockState,
  endpoint: AnyEndpoint,
  req: IncomingMessage,
  res: ServerResponse,
  target: string,
  question: number,
  path: string,
): void {
  // Read before the body, for the log and the request journal alike.
  const started = performance.now()
  readNodeBody(req, MAX_BODY_BYTES, (body) => {
    const reply = serveProvider(state, endpoint, {
      method: req.method ?? '',
      query: queryOf(target, question),
      contentType: contentTypeOf(req),
      corsMethod: req.headers['access-control-request-method'],
      corsHeaders: req.headers['access-control-request-headers'],
      body,
      path,
      started,
      faultHeader: req.headers[FAULT_HEADER] as string | undefined,
    })
    if (reply instanceof Promise) reply.then((r) => write(state, req, res, path, started, r))
    else write(state, req, res, path, started, reply)
  })
}

// `/ns/{name}/` and a provider path: served from the namespace's state, as fast as the
// root's. Anything else under the prefix (a bad name, a control path) is Hono's.
function serveNamespaced(
  state: MockState,
  namespaces: NamespaceRegistry,
  byPath: Map<string, AnyEndpoint>,
  req: IncomingMessage,
  res: ServerResponse,
  target: string,
  question: number,
  path: string,
): boolean {
  const split = splitNamespacePath(path)
  const endpoint = split && byPath.get(split.rest)
  if (split === undefined || endpoint === undefined || !isNamespaceName(split.name)) return false
  const namespace = namespaces.enter(split.name)
  if (namespace === undefined) {
    const started = state.log ? performance.now() : 0
    const { status, headers, body } = namespaceLimitAnswer(namespaces)
    res.writeHead(status, [...headers, 'content-length', String(Buffer.byteLength(body))])
    res.end(body)
    const entry = providerLogEntry(req.method ?? '', split.rest, status, undefined, started)
    entry.namespace = split.name
    state.log?.(entry)
    return true
  }
  // 'close' comes once the answer is written or the client has gone, whichever is first:
  // a namespace is in use until then, and never longer.
  res.once('close', () => namespaces.leave(namespace))
  serve(namespace.state, endpoint, req, res, target, question, split.rest)
  return true
}

/**
 * A request listener that serves provider endpoints itself, at the root and under
 * `namespaces` (`/ns/{name}/…`), and hands the rest to `other`.
 * @example
 * createServer(withFastPath(state, PROVIDER_ENDPOINTS, honoListener, namespaces))
 */
export function withFastPath(
  state: MockState,
  endpoints: readonly AnyEndpoint[],
  other: RequestListener,
  namespaces?: NamespaceRegistry,
): RequestListener {
  const byPath = new Map<string, AnyEndpoint>()
  for (const endpoint of endpoints) for (const path of endpoint.paths) byPath.set(path, endpoint)
  return (req, res) => {
    const target = req.url ?? ''
    const question = target.indexOf('?')
    const path = question === -1 ? target : target.slice(0, question)
    const endpoint = byPath.get(path)
    if (endpoint !== undefined) return serve(state, endpoint, req, res, target, question, path)
    if (
      namespaces !== undefined &&
      path.startsWith(NAMESPACE_PREFIX) &&
      serveNamespaced(state, namespaces, byPath, req, res, target, question, path)
    ) {
      return
    }
    return other(req, res)
  }
}
