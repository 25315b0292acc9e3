/**
 * @module
 * The mock every runtime talks to: the built `@sendsms/mock-server` on a free port of
 * 127.0.0.1, in the Node 20 process that runs the tests, so only the client changes runtime.
 */
import { type RunningMock, startMockServer } from '@sendsms/mock-server/node'
import { afterAll, beforeAll, beforeEach } from 'vitest'

/**
 * Starts the mock before a test file's tests, clears its journal before each test, and closes
 * it after them. Read `current()` inside a test.
 *
 * @example
 * ```ts
 * const mock = useMock()
 * it('sends', async () => { await run(mock.current().url) })
 * ```
 */
export function useMock(): { current(): RunningMock } {
  let server: RunningMock | undefined
  beforeAll(async () => {
    server = await startMockServer({ port: 0 })
  })
  beforeEach(() => {
    server?.mock.journal.clear()
  })
  afterAll(async () => {
    await server?.close()
  })
  return {
    current() {
      if (server === undefined) throw new Error('the mock has not started')
      return server
    },
  }
}
