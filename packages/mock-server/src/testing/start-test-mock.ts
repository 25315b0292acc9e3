/**
 * @module
 * `startTestMock`: one mock for a test suite, on a free port of 127.0.0.1 or in-process,
 * with everything a test needs at hand (its URL, credentials, state and an in-process
 * fetch). `useMockServer` registers it with a runner's hooks; other runners (node:test,
 * mocha) call it and `close()` themselves.
 */
import { createMock, type Mock, type MockOptions } from '../create-mock.js'
import { IN_PROCESS_BASE_URL, inProcessFetch, type MockFetch } from './in-process-fetch.js'
import { loadStartMockServer } from './load-node-server.js'
import { type TestAccount, testAccountOf } from './test-account.js'

/**
 * Options of `startTestMock` and `useMockServer`: every `createMock` option, plus where the
 * mock runs.
 * @example
 * const options: TestMockOptions = { inProcess: true, clock: { virtual: true } }
 */
export interface TestMockOptions extends MockOptions {
  /**
   * Run the mock in-process only, with no socket: `url` is `IN_PROCESS_BASE_URL` and only
   * `fetch` reaches it (also in a browser test). Default `false`: a server on a free port
   * of 127.0.0.1, which any HTTP client reaches.
   */
  inProcess?: boolean
  /** Socket mode: serve provider requests on the Node fast path. Default `true`. */
  fastPath?: boolean
}

/**
 * A running test mock.
 * @example
 * const sms: TestMock = await startTestMock()
 * createClient({ ...sms.account, baseUrl: sms.url, env: false })
 */
export interface TestMock {
  /**
   * Base URL for `createClient({ baseUrl })` or any HTTP client: `http://127.0.0.1:PORT`,
   * or `IN_PROCESS_BASE_URL` in-process (then only `fetch` reaches it).
   */
  readonly url: string
  /** The credentials of the mock's first account (the sandbox account by default). */
  readonly account: TestAccount
  /** The mock itself: journal, faults, clock, accounts, profile. */
  readonly mock: Mock
  /** A fetch answered in-process by the same mock, whichever mode it runs in. */
  readonly fetch: MockFetch
  /** Back to the start state (`mock.reset()`). */
  reset(): void
  /** Stops the server (if any) and the mock's timers; nothing is left running. */
  close(): Promise<void>
}

/**
 * Starts a mock for tests: on a free port of 127.0.0.1, or in-process with `inProcess`.
 * @example
 * import { startTestMock } from '@sendsms/mock-server/testing'
 * const sms = await startTestMock()
 * // … createClient({ ...sms.account, baseUrl: sms.url, env: false }) …
 * await sms.close()
 */
export async function startTestMock(options: TestMockOptions = {}): Promise<TestMock> {
  const { inProcess = false, fastPath, ...mockOptions } = options
  const account = testAccountOf(mockOptions.accounts)
  if (inProcess) {
    const mock = createMock(mockOptions)
    return handle(IN_PROCESS_BASE_URL, account, mock, () => mock.close())
  }
  const startMockServer = await loadStartMockServer()
  const server = await startMockServer({
    ...mockOptions,
    ...(fastPath === undefined ? {} : { fastPath }),
    port: 0,
    host: '127.0.0.1',
  })
  return handle(server.url, account, server.mock, () => server.close())
}

function handle(
  url: string,
  account: TestAccount,
  mock: Mock,
  close: () => Promise<void>,
): TestMock {
  return {
    url,
    account,
    mock,
    fetch: inProcessFetch(mock),
    reset: () => mock.reset(),
    close,
  }
}
