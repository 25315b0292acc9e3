/**
 * @module
 * Consumer contract of the `sendsms send` command with the Advanta SMS API. The real
 * `runCli([...])` runs in-process with `--base-url` pointing at the Pact mock server, and
 * the test asserts what a CI script relies on: the exit code and the `--json` document.
 */

import type { V3MockServer } from '@pact-foundation/pact'
import { PactV4 } from '@pact-foundation/pact'
import { runCli } from '@sendsms/cli'
import { describe, expect, it } from 'vitest'
import {
  acceptedRow,
  rejectedRow,
  SANDBOX,
  type SendParams,
  sendParams,
  topLevelError,
} from '../fixtures/sandbox.js'
import { declareSend } from '../fixtures/send-interaction.js'
import { CLI_CONSUMER, PACT_DIR, PROVIDER } from '../pacts/pact-dir.js'
import { SANDBOX_ACCOUNT_EXISTS } from '../states/provider-states.js'

const pact = new PactV4({
  consumer: CLI_CONSUMER,
  provider: PROVIDER,
  dir: PACT_DIR,
  host: '127.0.0.1',
  logLevel: 'warn',
})

/** Runs `sendsms send --json ...` against the Pact mock server and captures everything. */
async function sendJson(
  mockServer: V3MockServer,
  flags: string[],
  apiKey: string = SANDBOX.apiKey,
) {
  let stdout = ''
  let stderr = ''
  const exitCode = await runCli(
    [
      'send',
      '--base-url',
      mockServer.url,
      '--api-key',
      apiKey,
      '--partner-id',
      SANDBOX.partnerId,
      '--shortcode',
      SANDBOX.shortcode,
      '--json',
      ...flags,
    ],
    {
      stdout: (text) => {
        stdout += text
      },
      stderr: (text) => {
        stderr += text
      },
      // An empty environment: no ADVANTA_* from the developer's shell leaks into the run.
      env: {},
    },
  )
  // The key must never be printed, whatever the outcome.
  expect(stdout + stderr).not.toContain(apiKey)
  return { exitCode, document: JSON.parse(stdout) as unknown, stderr }
}

function sendInteraction(
  description: string,
  method: 'GET' | 'POST',
  params: SendParams,
  answer: unknown,
) {
  return declareSend(pact, { state: SANDBOX_ACCOUNT_EXISTS, description, method, params, answer })
}

const ROW_1 = {
  mobile: '254712345678',
  ok: true,
  code: 200,
  description: 'Success',
  messageId: '100000001',
  networkId: '1',
}

describe('sendsms send --json', () => {
  it('exits 0 and prints the accepted row for one number', async () => {
    await sendInteraction(
      'a POST send to one valid number',
      'POST',
      sendParams({ message: 'Hello from CI', mobile: '254712345678' }),
      { responses: [acceptedRow(254712345678, { messageId: 100000001, networkId: 1 })] },
    ).executeTest(async (mockServer) => {
      const run = await sendJson(mockServer, ['--to', '254712345678', '--message', 'Hello from CI'])
      expect(run.exitCode).toBe(0)
      expect(run.document).toEqual({ ok: true, results: [ROW_1], accepted: 1, rejected: 0 })
    })
  })

  it('exits 0 for several numbers sent with --get, one row each in order', async () => {
    await sendInteraction(
      'a GET send to two valid numbers',
      'GET',
      sendParams({ message: 'Hello', mobile: '254712345678,254733123456' }),
      {
        responses: [
          acceptedRow(254712345678, { messageId: 100000001, networkId: 1 }),
          acceptedRow(254733123456, { messageId: 100000002, networkId: 2 }),
        ],
      },
    ).executeTest(async (mockServer) => {
      const run = await sendJson(mockServer, [
        '--to',
        '254712345678,254733123456',
        '--message',
        'Hello',
        '--get',
      ])
      expect(run.exitCode).toBe(0)
      expect(run.document).toEqual({
        ok: true,
        results: [
          ROW_1,
          { ...ROW_1, mobile: '254733123456', messageId: '100000002', networkId: '2' },
        ],
        accepted: 2,
        rejected: 0,
      })
    })
  })

  it('exits 3 with the provider code when the API refuses the request (wrong key)', async () => {
    await sendInteraction(
      'a POST send with a wrong apikey',
      'POST',
      sendParams({ message: 'Hello', mobile: '254712345678' }, { apikey: 'wrong-api-key' }),
      topLevelError(1006),
    ).executeTest(async (mockServer) => {
      const run = await sendJson(
        mockServer,
        ['--to', '254712345678', '--message', 'Hello'],
        'wrong-api-key',
      )
      expect(run.exitCode).toBe(3)
      expect(run.document).toMatchObject({
        ok: false,
        error: { kind: 'ApiError', code: 1006, description: 'Invalid credentials' },
      })
    })
  })

  it('exits 4 and prints both rows when one number is accepted and one refused', async () => {
    await sendInteraction(
      'a POST send to a valid and an invalid number',
      'POST',
      sendParams({ message: 'Hello', mobile: '254712345678,07123' }),
      {
        responses: [
          acceptedRow(254712345678, { messageId: 100000001, networkId: 1 }),
          rejectedRow(1003, '07123'),
        ],
      },
    ).executeTest(async (mockServer) => {
      const run = await sendJson(mockServer, ['--to', '254712345678,07123', '--message', 'Hello'])
      expect(run.exitCode).toBe(4)
      expect(run.document).toEqual({
        ok: false,
        results: [
          ROW_1,
          {
            mobile: '07123',
            ok: false,
            code: 1003,
            description: 'Invalid mobile number',
            messageId: null,
            networkId: null,
          },
        ],
        accepted: 1,
        rejected: 1,
      })
    })
  })
})
