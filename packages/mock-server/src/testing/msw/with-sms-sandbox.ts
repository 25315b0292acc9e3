/**
 * @module
 * `withSmsSandbox`: a fresh mock for one test behind an MSW server, inside
 * `server.boundary()`, so tests running at once (`it.concurrent`) each see only their own
 * messages, and the mock's work ends with the test.
 */
import { LIVE_BASE_URL } from '@sendsms/wire'
import type { SetupServer } from 'msw/node'
import { createMock, type Mock, type MockOptions } from '../../create-mock.js'
import { type TestAccount, testAccountOf } from '../test-account.js'
import { smsHandlers } from './sms-handlers.js'

/**
 * What a sandboxed test gets: its own mock and the credentials of its first account. The
 * matchers take it as the received value (`expect(sandbox).toHaveSent(…)`).
 * @example
 * await withSmsSandbox(server, async (sandbox: SmsSandbox) => sandbox.mock.journal.size)
 */
export interface SmsSandbox {
  readonly mock: Mock
  readonly account: TestAccount
  /** The base URL whose requests this sandbox answers. */
  readonly baseUrl: string
}

/**
 * Options of `withSmsSandbox`: every `createMock` option, and the base URL to answer.
 * @example
 * const options: SmsSandboxOptions = { baseUrl: 'https://sms.example.test', clock: { virtual: true } }
 */
export interface SmsSandboxOptions extends MockOptions {
  /** Default the live API's base URL (`LIVE_BASE_URL`). */
  baseUrl?: string
}

/**
 * The part of an MSW server the sandbox uses (`setupServer()` of `msw/node`).
 * @example
 * const server: SandboxServer = setupServer()
 */
export type SandboxServer = Pick<SetupServer, 'use' | 'boundary'>

/**
 * Runs `test` inside `server.boundary()` with a fresh mock answering `baseUrl`; resolves
 * with what `test` resolves with, after closing the mock.
 * @example
 * const server = setupServer()
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
 * afterAll(() => server.close())
 * it.concurrent('sends the code', () =>
 *   withSmsSandbox(server, async (sandbox) => {
 *     await sendLoginCode('0712345678') // the application's own client, unchanged
 *     expect(sandbox).toHaveSent({ to: '0712345678', message: /\d{4}/ })
 *   }),
 * )
 */
export function withSmsSandbox<T>(
  server: SandboxServer,
  test: (sandbox: SmsSandbox) => T | Promise<T>,
  options: SmsSandboxOptions = {},
): Promise<T> {
  const { baseUrl, ...mockOptions } = options
  return server.boundary(async () => {
    const mock = createMock(mockOptions)
    // Inside the boundary, these handlers exist for this test's async work only.
    server.use(...smsHandlers(mock, baseUrl === undefined ? {} : { baseUrl }))
    try {
      return await test({
        mock,
        account: testAccountOf(mockOptions.accounts),
        baseUrl: (baseUrl ?? LIVE_BASE_URL).replace(/\/+$/, ''),
      })
    } finally {
      await mock.close()
    }
  })()
}
