/**
 * @module
 * `startMockServer`: the mock on a real socket, for clients in other processes and for
 * tests about the network. Provider requests take the Node fast path by default; the rest,
 * and everything with `fastPath: false`, goes through Hono's Node adapter. Both answer
 * alike (tested byte for byte over the same tables).
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response'
import { createMockWithState, type Mock, type MockOptions } from '../create-mock.js'
import { PROVIDER_ENDPOINTS } from '../endpoints/index.js'
import { MAX_QUERY_BYTES } from '../provider/limits.js'
import { answerClientError } from './client-error.js'
import { withFastPath } from './fast-path.js'
import { closeIdleConnectionsAfterReading } from './idle-connections.js'
import {
  DEFAULT_HOST,
  DEFAULT_KEEP_ALIVE_TIMEOUT_MS,
  DEFAULT_PORT,
  MAX_KEEP_ALIVE_TIMEOUT_MS,
} from './listen-defaults.js'

// Room for a query of MAX_QUERY_BYTES plus ordinary headers: a longer query must reach the
// provider layer (which answers 1009) rather than stop at node:http's 16 KiB default with
// an empty 431.
const MAX_HEADER_BYTES = MAX_QUERY_BYTES + 32 * 1024

// Added to the env @hono/node-server hands the app ({ incoming, outgoing }): the answer a
// provider route returns once it has carried out a fault on the socket itself, which tells
// the adapter to write nothing. Made at load, before the adapter swaps the global Response.
const ALREADY_SENT_ENV = { alreadySent: RESPONSE_ALREADY_SENT }

/**
 * Options of `startMockServer`: every `MockOptions` field plus where to listen.
 * @example
 * const options: StartOptions = { port: 0, host: '127.0.0.1' }
 */
export interface StartOptions extends MockOptions {
  /** Port to listen on; 0 picks a free one. Default 4010. */
  port?: number
  /** Interface to bind. Default `127.0.0.1`. */
  host?: string
  /**
   * Serve provider endpoints straight off node:http (the same layer, a quarter of the CPU
   * per request); `false` sends every request through Hono's Node adapter. Default `true`.
   */
  fastPath?: boolean
  /**
   * How long, in milliseconds, a keep-alive connection may stay idle before the mock closes
   * it; node:http's `keepAliveTimeout`, which the answers announce as `Keep-Alive: timeout=`.
   * Shorten it to test how a client copes with connections the server closed. Default 5000.
   */
  keepAliveTimeout?: number
}

/**
 * A listening mock.
 * @example
 * const running: RunningMock = await startMockServer({ port: 0 })
 * running.mock.journal.list()
 * await running.close()
 */
export interface RunningMock {
  /** Base URL, e.g. `http://127.0.0.1:4010`. */
  url: string
  /** The port actually bound (useful with `port: 0`). */
  port: number
  mock: Mock
  /** Stops listening, drops open connections and cancels pending delivery callbacks. */
  close(): Promise<void>
}

function urlFor(host: string, port: number): string {
  const shown = host.includes(':') ? `[${host}]` : host
  return `http://${shown}:${port}`
}

/**
 * Starts the mock on a socket; resolves once it listens, rejects if it cannot (port in use).
 * @example
 * import { startMockServer } from '@sendsms/mock-server/node'
 * const server = await startMockServer({ port: 0 })
 * await fetch(`${server.url}/__mock/health`)
 * await server.close()
 */
export function startMockServer(options: StartOptions = {}): Promise<RunningMock> {
  const {
    port = DEFAULT_PORT,
    host = DEFAULT_HOST,
    fastPath = true,
    keepAliveTimeout = DEFAULT_KEEP_ALIVE_TIMEOUT_MS,
    ...mockOptions
  } = options
  if (!isKeepAliveTimeout(keepAliveTimeout)) {
    const range = `from 1 to ${MAX_KEEP_ALIVE_TIMEOUT_MS}`
    return Promise.reject(new TypeError(`keepAliveTimeout must be whole milliseconds ${range}`))
  }
  const { mock, state, namespaces } = createMockWithState(mockOptions)
  // Hono builds each request's URL from its Host header and answers an empty 400 when it
  // is not a host; without one it uses this name. Only the control guard reads the Host,
  // from the header itself, so a bad one is still refused there and ignored by the
  // provider endpoints, on either path.
  const hono = getRequestListener(
    (request, env) => mock.app.fetch(request, Object.assign(env, ALREADY_SENT_ENV)),
    { hostname: 'localhost' },
  )
  const viaHono: Parameters<typeof createServer>[1] = (req, res) => {
    const given = req.headers.host
    if (given !== undefined && !URL.canParse(`http://${given}/`)) delete req.headers.host
    return hono(req, res)
  }
  const listener = fastPath ? withFastPath(state, PROVIDER_ENDPOINTS, viaHono, namespaces) : viaHono
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, listener)
  server.on('clientError', answerClientError(state, PROVIDER_ENDPOINTS, namespaces))
  server.keepAliveTimeout = keepAliveTimeout
  closeIdleConnectionsAfterReading(server)
  return new Promise((resolve, reject) => {
    server.listen(port, host)
    server.once('error', reject)
    server.once('listening', () => {
      server.off('error', reject)
      const bound = (server.address() as AddressInfo).port
      // The mock's own work (pending callbacks and any under way) ends with the server.
      const close = () => closeServer(server).finally(() => mock.close())
      resolve({ url: urlFor(host, bound), port: bound, mock, close })
    })
  })
}

function isKeepAliveTimeout(ms: number): boolean {
  return Number.isInteger(ms) && ms >= 1 && ms <= MAX_KEEP_ALIVE_TIMEOUT_MS
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!server.listening) return resolve()
    server.close((error) => (error ? reject(error) : resolve()))
    // Keep-alive connections would otherwise hold close() open.
    server.closeAllConnections()
  })
}
