/**
 * @module
 * The mock scenario with the mock in the same process as the client, as a test suite or a
 * page uses it: `createMock` from the mock module the runtime loaded, and the client's
 * `fetch` answered by the mock's app, so no request touches the network.
 */
import { MOCK_CLOCK_START, runMockScenario } from './mock-scenario.mjs'

// A loopback name: the control endpoints answer only those, in-process as over a socket.
const IN_PROCESS_URL = 'http://localhost'

/**
 * Creates a mock with a virtual clock, runs the scenario against it and closes it. `through`
 * says how the client's requests reach the app: `'fetch'` (`mock.app.fetch(new Request(…))`,
 * as a page would) or `'request'` (Hono's `mock.app.request`, as a test would). Adds the
 * message ids the journal holds, read in-process.
 *
 * @example
 * ```js
 * import * as client from '@sendsms/client'
 * import * as mockServer from '@sendsms/mock-server'
 * const result = await runInProcess(mockServer, client, 'fetch')
 * ```
 */
export async function runInProcess(mockServer, client, through) {
  const mock = mockServer.createMock({ clock: { virtual: true, start: MOCK_CLOCK_START } })
  const fetch =
    through === 'request'
      ? (input, init) => mock.app.request(input, init)
      : (input, init) => mock.app.fetch(new Request(input, init))
  try {
    const scenario = await runMockScenario(client, {
      baseUrl: IN_PROCESS_URL,
      fetch,
      // Past the latest time a message to an ordinary number is delivered.
      advance: `${mockServer.DELIVERED_AFTER[1]}s`,
    })
    return { ...scenario, journal: mock.journal.list().map((entry) => entry.messageId) }
  } finally {
    await mock.close()
  }
}
