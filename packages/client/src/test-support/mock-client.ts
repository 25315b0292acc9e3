/**
 * @module
 * A real mock server in-process for the integration tests, and a client wired to it through
 * `mock.app.fetch` (no port), with no environment so nothing fills in what a test leaves out.
 */
import { createMock, type Mock, type MockOptions } from '@sendsms/mock-server'
import { SANDBOX } from '@sendsms/test-fixtures'
import { createClient } from '../create-client.js'
import type { ClientOptions } from '../options.js'

/**
 * Where the virtual clock of `mockWith` starts.
 * @example
 * expect(report.deliveredAt?.getTime()).toBeGreaterThan(START.getTime())
 */
export const START = new Date('2030-01-01T00:00:00Z')

/**
 * A mock whose clock stands still at `START` until the test advances it.
 * @example
 * const mock = mockWith({ noReportCode: 1008 })
 * await mock.clock.advance('30s')
 */
export function mockWith(options: MockOptions = {}): Mock {
  return createMock({ clock: { virtual: true, start: START }, ...options })
}

/**
 * A client of the sandbox account (or of `options`) that calls `mock` in-process.
 * @example
 * const balance = await clientFor(mockWith()).getBalance()
 */
export function clientFor(mock: Mock, options: ClientOptions = SANDBOX) {
  return createClient({
    ...options,
    baseUrl: 'http://mock.test',
    fetch: (input, init) => mock.app.fetch(new Request(input, init)),
    env: false,
  })
}
