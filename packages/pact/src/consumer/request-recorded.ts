/**
 * @module
 * Waits until the Pact mock server has recorded the request it answered. Pact's mock server
 * (pact-core 19, `@pact-foundation/pact` 16.3 and later) answers a request first and records
 * the match later, through a channel read by another routine of its runtime; `executeTest`
 * reads the record as soon as the test function returns. Under CPU load that routine has not
 * run yet, so an interaction the real code sent and got its answer for is reported "expected
 * but not received", its test fails and its interaction never reaches the pact file
 * (upstream: pact-core-mock-server issue 13). Waiting for the record closes that window; a real mismatch is still reported,
 * because a mismatched request is recorded too.
 */
import type { PactV4 } from '@pact-foundation/pact'

/** The part of pact-core's handle this module reads: what a mock server has recorded. */
interface MockServerRecord {
  mockServerMismatches(port: number): { type: string }[]
}

/**
 * How long to wait for a request that never arrives before letting Pact report it; an
 * answered request is recorded within milliseconds, even on a loaded machine.
 * @unit milliseconds
 */
const NEVER_ARRIVED_AFTER_MS = 10_000

function recordOf(pact: PactV4): MockServerRecord {
  // pact-js keeps pact-core's handle in a private field; its mismatch query is keyed by port,
  // so it answers for the mock server of the interaction under test.
  const handle = (pact as unknown as { pact?: Partial<MockServerRecord> }).pact
  if (typeof handle?.mockServerMismatches !== 'function') {
    throw new Error('pact-js no longer exposes mockServerMismatches: revisit request-recorded.ts')
  }
  return handle as MockServerRecord
}

/**
 * Whether the mock server's record shows an outcome for its one expected request: matched
 * (nothing missing), or some request recorded as a mismatch.
 * @example
 * settled([{ type: 'missing-request' }]) // false: nothing recorded yet
 * settled([]) // true
 */
export function settled(results: readonly { type: string }[]): boolean {
  const missing = results.some((result) => result.type === 'missing-request')
  return !missing || results.some((result) => result.type !== 'missing-request')
}

/**
 * Resolves once the mock server on `port` has recorded an outcome for the request under test,
 * yielding to the event loop between looks (no timer), or after a bound when no request came.
 * @example
 * await pact.addInteraction()…executeTest(async (mockServer) => {
 *   await client.getBalance()
 *   await untilRequestRecorded(pact, mockServer.port)
 * })
 */
export async function untilRequestRecorded(pact: PactV4, port: number): Promise<void> {
  const record = recordOf(pact)
  const giveUpAt = performance.now() + NEVER_ARRIVED_AFTER_MS
  while (!settled(record.mockServerMismatches(port)) && performance.now() < giveUpAt) {
    await new Promise<void>((resolve) => setImmediate(resolve))
  }
}
