/**
 * @module
 * `useMockServer`: one mock per test file, started before the first test, reset before
 * each, closed after the last, so a test never sees another's messages and nothing is left
 * running when the file ends.
 */
import type { Mock } from '../create-mock.js'
import type { MockFetch } from './in-process-fetch.js'
import { startTestMock, type TestMock, type TestMockOptions } from './start-test-mock.js'
import type { TestAccount } from './test-account.js'
import { type SuiteHooks, suiteHooks } from './test-hooks.js'

/**
 * Options of `useMockServer`: those of `startTestMock`, and the hooks to register with.
 * @example
 * import { afterAll, beforeAll, beforeEach } from 'vitest'
 * const options: UseMockServerOptions = { inProcess: true, hooks: { beforeAll, beforeEach, afterAll } }
 */
export interface UseMockServerOptions extends TestMockOptions {
  /** The runner's hooks. Default: `beforeAll`, `beforeEach` and `afterAll` of `globalThis`. */
  hooks?: SuiteHooks
}

/**
 * The suite's mock, readable from the first hook on (a TypeError before `beforeAll` ran).
 * @example
 * const sms: MockServerHandle = useMockServer()
 */
export type MockServerHandle = Omit<TestMock, 'close'>

/**
 * Registers a mock for the current test file (or `describe` block): `beforeAll` starts it
 * (on a free port of 127.0.0.1, or in-process with `inProcess: true`), `beforeEach` resets
 * it, `afterAll` closes it.
 * @example
 * import { createClient } from '@sendsms/client'
 * import { useMockServer } from '@sendsms/mock-server/testing'
 * const sms = useMockServer()
 * test('sends the code', async () => {
 *   const client = createClient({ ...sms.account, baseUrl: sms.url, env: false })
 *   await client.sendSms({ to: '0712345678', message: 'Your code is 4321' })
 *   expect(sms.mock.journal.size).toBe(1)
 * })
 */
export function useMockServer(options: UseMockServerOptions = {}): MockServerHandle {
  const { hooks, ...mockOptions } = options
  const { beforeAll, beforeEach, afterAll } = suiteHooks(hooks)
  let running: TestMock | undefined
  const current = (): TestMock => {
    if (!running) {
      throw new TypeError(
        'useMockServer: the mock starts in beforeAll; read it inside a test or a hook',
      )
    }
    return running
  }
  beforeAll(async () => {
    running = await startTestMock(mockOptions)
  })
  beforeEach(() => {
    current().reset()
  })
  afterAll(async () => {
    const closing = running
    running = undefined
    await closing?.close()
  })
  return {
    get url(): string {
      return current().url
    },
    get account(): TestAccount {
      return current().account
    },
    get mock(): Mock {
      return current().mock
    },
    // A function from the start, so `createClient({ fetch: sms.fetch })` may be written
    // before beforeAll ran; it reaches the mock of the moment it is called.
    fetch: ((input, init) => current().fetch(input, init)) satisfies MockFetch,
    reset: () => current().reset(),
  }
}
