/**
 * @module
 * The one assertion every runtime's output must pass: what `programs/scenario.mjs` reports
 * when the built client works against the mock.
 */
import type { RunningMock } from '@sendsms/mock-server/node'
import { expect } from 'vitest'

/**
 * Asserts the scenario's output, and that the mock's journal holds the two messages, so an
 * answer that never reached the mock cannot pass.
 *
 * @example
 * ```ts
 * expectScenario(await runProgram(bun, ['src/programs/esm.mjs', url]), mock.current())
 * ```
 */
export function expectScenario(output: unknown, server: RunningMock): void {
  expect(output).toMatchObject({
    sent: {
      allAccepted: true,
      mobiles: ['254712345678', '254733123456'],
      codes: [200, 200],
      messageIds: [expect.stringMatching(/^\d+$/), expect.stringMatching(/^\d+$/)],
    },
    balance: { creditType: 'number', credit: expect.any(Number), partnerId: '12345' },
    wrongKey: {
      name: 'InvalidCredentialsError',
      code: 1006,
      isInvalidCredentialsError: true,
      isSendSmsError: true,
      showsKey: false,
    },
  })
  const sent = server.mock.journal.list({ partnerID: '12345' })
  expect(sent.map((entry) => entry.messageId.toString())).toEqual(
    (output as { sent: { messageIds: string[] } }).sent.messageIds,
  )
}
