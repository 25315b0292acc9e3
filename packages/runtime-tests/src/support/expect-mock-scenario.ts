/**
 * @module
 * The one assertion every runtime's run of `mock/mock-scenario.mjs` must pass: what the
 * client and the control endpoints answer when the mock's root entry works there.
 */
import type { DeliveryStatus } from '@sendsms/client'
import {
  DELIVERED_AFTER,
  messageParts,
  type RESPONSE_CODES,
  SANDBOX_ACCOUNT,
} from '@sendsms/mock-server'
import { expect } from 'vitest'
import {
  MOCK_CLOCK_START,
  MOCK_MESSAGE,
  type MockScenarioResult,
  RECIPIENTS,
} from '../mock/mock-scenario.mjs'

const SENT: DeliveryStatus = 'SentToNetwork'
const DELIVERED: DeliveryStatus = 'DeliveredToTerminal'
const INVALID_CREDENTIALS: keyof typeof RESPONSE_CODES = 1006

/**
 * How far the scenario moves the clock: to the latest second a message to an ordinary
 * number is delivered.
 *
 * @example
 * ```ts
 * await runMockScenario(client, { baseUrl, advance: MOCK_ADVANCE }) // '20s'
 * ```
 */
export const MOCK_ADVANCE = `${DELIVERED_AFTER[1]}s`

/**
 * Asserts the scenario's output: both numbers accepted and charged, 1006 for the wrong key
 * (never echoed), the journal holding exactly the messages sent, the virtual clock standing
 * at its start and then moved by `MOCK_ADVANCE`, and the first message's report going from
 * sent to delivered with it; then a send under a namespace, seen there alone.
 *
 * @example
 * ```ts
 * expectMockScenario(await runMockScenario(client, { baseUrl: workerUrl, advance: MOCK_ADVANCE }))
 * ```
 */
export function expectMockScenario(output: unknown): asserts output is MockScenarioResult {
  const start = new Date(MOCK_CLOCK_START)
  const advanced = new Date(start.getTime() + DELIVERED_AFTER[1] * 1000)
  const sent = (output as MockScenarioResult).sent
  const [first, second] = sent?.messageIds ?? []
  const mobiles = ['254712345678', '254733123456']
  const journal = (delivery: DeliveryStatus) => ({
    status: 200,
    messages: [
      { messageId: first, mobile: mobiles[0], endpoint: 'sendsms', delivery },
      { messageId: second, mobile: mobiles[1], endpoint: 'sendsms', delivery },
    ],
  })

  expect(output).toMatchObject({
    sent: {
      allAccepted: true,
      mobiles,
      messageIds: [expect.stringMatching(/^\d+$/), expect.stringMatching(/^\d+$/)],
    },
    balance: {
      credit: SANDBOX_ACCOUNT.credit - RECIPIENTS.length * messageParts(MOCK_MESSAGE),
      partnerId: SANDBOX_ACCOUNT.partnerID,
    },
    wrongKey: {
      name: 'InvalidCredentialsError',
      code: INVALID_CREDENTIALS,
      isInvalidCredentialsError: true,
      showsKey: false,
    },
    journalBefore: journal(SENT),
    reportBefore: { messageId: first, status: SENT, final: false },
    clockBefore: { status: 200, body: { now: start.toISOString(), virtual: true } },
    clockAfter: { status: 200, body: { now: advanced.toISOString(), virtual: true } },
    reportAfter: { messageId: first, status: DELIVERED, final: true },
    journalAfter: journal(DELIVERED),
    // A namespace starts from the first id, holds only its own message, leaves the root's
    // journal as it was, and is dropped by its own teardown path.
    namespace: {
      messageIds: ['100000001'],
      status: 200,
      messages: [mobiles[0]],
      rootMessages: 2,
      dropped: { status: 200, body: { deleted: 1 } },
    },
  })
  expect(first).not.toBe(second)
}
