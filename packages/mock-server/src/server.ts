/**
 * @module
 * `startMockServer`: the mock on a real socket (@hono/node-server), for clients in other
 * processes and for tests about the network.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import { createMockWithState, type Mock, type MockOptions } from './create-mock.js'
import { withSendFastPath } from './routes/send-sms-fast-path.js'

/**
 * Default port, matching the spec's second server entry.
 * @example
 * fetch(`http://127.0.0.1:${DEFAULT_PORT}/__mock/health`)
 */
export const DEFAULT_PORT = 4010
/**
 * Default host: loopback only, so the mock is never exposed by accident.
 * @example
 * startMockServer({ host: DEFAULT_HOST })
 */
export const DEFAULT_HOST = '127.0.0.1'

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
  /** Stops listening and drops open connections. */
  close(): Promise<void>
}

function urlFor(host: string, port: number): string {
  const shown = host.includes(':') ? `[${host}]` : host
  return `http://${shown}:${port}`
}

/**
 * Starts the mock on a socket; resolves once it listens, rejects if it cannot (port in use).
 * @example
 * import { startMockServer } from '@sendsms/mock-server'
 * const server = await startMockServer({ port: 0 })
 * await fetch(`${server.url}/__mock/health`)
 * await server.close()
 */
export function startMockServer(options: StartOptions = {}): Promise<RunningMock> {
  const { port = DEFAULT_PORT, host = DEFAULT_HOST, ...mockOptions } = options
  const { mock, state } = createMockWithState(mockOptions)
  return new Promise((resolve, reject) => {
    // Hono's listener (what @hono/node-server's serve() uses) serves every request;
    // plain JSON sends take the fast path in front of it.
    const hono = getRequestListener(mock.app.fetch, { hostname: host })
    const server = createServer(withSendFastPath(state, hono))
    server.listen(port, host)
    server.once('error', reject)
    server.once('listening', () => {
      server.off('error', reject)
      const bound = (server.address() as AddressInfo).port
      resolve({
        url: urlFor(host, bound),
        port: bound,
        mock,
        close: () => closeServer(server),
      })
    })
  })
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!server.listening) return resolve()
    server.close((error) => (error ? reject(error) : resolve()))
    // Keep-alive connections would otherwise hold close() open.
    server.closeAllConnections()
  })
}
