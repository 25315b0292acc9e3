/**
 * @module
 * Consumer contract of the `sendsms balance` command (`getbalance`, GET and POST) with the
 * Advanta SMS API, run in-process against the Pact mock server: exit 0 and the credit as a
 * number and as the provider wrote it, or exit 3 and the refusal.
 */
import { EXIT_CODES } from '@sendsms/cli'
import { CREDIT_ANSWERED_AS_A_NUMBER, SANDBOX_ACCOUNT_HAS_CREDIT } from '@sendsms/mock-server'
import { sameAmount, sameDigits } from '@sendsms/pact'
import { describe, expect, it } from 'vitest'
import { recordInteraction } from '../fixtures/interaction.js'
import { REFUSALS } from '../fixtures/refusal-cases.js'
import { credentialParams, SANDBOX } from '../fixtures/sandbox.js'
import { consumerPact } from '../pacts/consumer-pact.js'
import { CLI_CONSUMER } from '../pacts/pact-dir.js'
import { testCliRefusals } from './refusal-tests.js'
import { methodFlags, runJson } from './run-cli-json.js'

const pact = consumerPact(CLI_CONSUMER)

const CREDIT = 545
const DOCUMENT = { ok: true, balance: { credit: CREDIT, creditText: '545.00', partnerId: '12345' } }

const balanceAnswer = (credit: string | number) => ({
  'response-code': 200,
  credit: sameAmount(credit),
  'partner-id': sameDigits(SANDBOX.partnerId),
})

describe('sendsms balance --json', () => {
  it.each(['POST', 'GET'] as const)('exits 0 and prints the credit (%s)', async (method) => {
    await recordInteraction(
      pact,
      {
        state: { name: SANDBOX_ACCOUNT_HAS_CREDIT, params: { credit: CREDIT } },
        description: `a ${method} balance request`,
        endpoint: 'getbalance',
        method,
        params: credentialParams(),
        answer: balanceAnswer('545.00'),
      },
      async (mockServer) => {
        const run = await runJson(mockServer, ['balance', ...methodFlags(method)])
        expect(run.exitCode).toBe(EXIT_CODES.ok)
        expect(run.document).toEqual(DOCUMENT)
      },
    )
  })

  it('prints a credit answered as a JSON number the same way', async () => {
    await recordInteraction(
      pact,
      {
        state: { name: CREDIT_ANSWERED_AS_A_NUMBER, params: { credit: CREDIT } },
        description: 'a POST balance request answered with the credit as a number',
        endpoint: 'getbalance',
        method: 'POST',
        params: credentialParams(),
        answer: balanceAnswer(CREDIT),
      },
      async (mockServer) => {
        const run = await runJson(mockServer, ['balance'])
        expect(run.exitCode).toBe(EXIT_CODES.ok)
        expect(run.document).toEqual(DOCUMENT)
      },
    )
  })

  describe('the request refused', () => {
    testCliRefusals({
      pact,
      cases: REFUSALS.getbalance,
      endpoint: 'getbalance',
      methods: ['POST', 'GET'],
      subject: 'balance request',
      params: (credentials) => credentialParams(credentials),
      command: (method) => ['balance', ...methodFlags(method)],
    })
  })
})
