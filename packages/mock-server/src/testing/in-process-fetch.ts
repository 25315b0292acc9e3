/**
 * @module
 * A `fetch` answered by a mock in the same process: no socket, no port, nothing to close.
 * It can be handed to `@sendsms/client` (`createClient({ fetch, baseUrl })`) or to any code
 * that takes a fetch function, in Node, a browser test or a Worker.
 */
import type { Mock } from '../create-mock.js'

/**
 * The base URL of an in-process mock. Any URL reaches the mock through its in-process
 * fetch (only the path is read); this one is a loopback name, so the control endpoints
 * (`/__mock/*`) answer it too, and it cannot reach a real server by mistake.
 * @example
 * createClient({ baseUrl: IN_PROCESS_BASE_URL, fetch: inProcessFetch(mock) })
 */
export const IN_PROCESS_BASE_URL = 'http://sendsms-mock.localhost'

/**
 * A fetch function answered by the mock: a `Request`, a URL or a path (read against
 * `IN_PROCESS_BASE_URL`), with `init` as `fetch` takes it.
 * @example
 * const fetch: MockFetch = inProcessFetch(mock)
 * await fetch('/__mock/health')
 */
export type MockFetch = (input: Request | URL | string, init?: RequestInit) => Promise<Response>

/**
 * The fetch function of a mock: `(input, init) => mock.app.fetch(new Request(input, init))`.
 * @example
 * import { createClient } from '@sendsms/client'
 * const mock = createMock()
 * const client = createClient({ fetch: inProcessFetch(mock), baseUrl: IN_PROCESS_BASE_URL, apiKey: 'sandbox-api-key', partnerId: '12345', shortcode: 'SANDBOX', env: false })
 */
export function inProcessFetch(mock: Mock): MockFetch {
  return async (input, init) => {
    const request =
      input instanceof Request
        ? new Request(input, init)
        : new Request(new URL(input, IN_PROCESS_BASE_URL), init)
    return mock.app.fetch(request)
  }
}
