/**
 * @module
 * Waiting for the page: it updates on its own (an event, then a read of the mock), so a test
 * retries its assertion until it holds or a deadline passes, as Playwright's own web-first
 * assertions do (playwright-core has none). The deadline only bounds a failing test; a
 * passing one goes on the moment the page shows what it should.
 */

/**
 * Runs `check` until it stops throwing; rethrows its last error after `timeoutMs`.
 * @example
 * await eventually(async () => expect(await rows.count()).toBe(2))
 */
export async function eventually(check: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      await check()
      return
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  }
}
