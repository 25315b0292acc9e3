/**
 * @module
 * Consumer contract of the `sendsms balance` command (`getbalance`, GET and POST) with the
 * Advanta SMS API, run in-process against the Pact mock server: exit 0 and the credit as a
 * number and as the provider wrote it, or exit 3 and the refusal.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EXIT_CODES, runCli } from '@sendsms/cli'
import { CREDIT_ANSWERED_AS_A_NUMBER, SANDBOX_ACCOUNT_HAS_CREDIT } from '@sendsms/mock-server'
import { sameAmount, sameDigits } from '@sendsms/pact'
import { afterAll, describe, expect, it } from 'vitest'
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

// The sandbox's balance request, answered with the credit as the provider writes it.
const balanceRequest = (method: 'GET' | 'POST', description: string) => ({
  state: { name: SANDBOX_ACCOUNT_HAS_CREDIT, params: { credit: CREDIT } },
  description,
  endpoint: 'getbalance' as const,
  method,
  params: credentialParams(),
  answer: balanceAnswer('545.00'),
})

describe('sendsms balance --json', () => {
  it.each(['POST', 'GET'] as const)('exits 0 and prints the credit (%s)', async (method) => {
    await recordInteraction(
      pact,
      balanceRequest(method, `a ${method} balance request`),
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

  describe('with the connection from a profile or an --env-file, not flags', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sendsms-contract-profile-'))
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    // Written through `sendsms config set`, as a user does, into a config file of its own.
    async function saveProfile(baseUrl: string): Promise<Record<string, string>> {
      const env = { SENDSMS_CONFIG_DIR: dir }
      const settings = {
        'base-url': baseUrl,
        'api-key': SANDBOX.apiKey,
        'partner-id': SANDBOX.partnerId,
        shortcode: SANDBOX.shortcode,
      }
      for (const [name, value] of Object.entries(settings)) {
        const io = { stdout: () => {}, stderr: () => {}, env }
        const code = await runCli(['config', 'set', name, value, '--profile', 'ci'], io)
        expect(code).toBe(EXIT_CODES.ok)
      }
      return { ...env, SENDSMS_PROFILE: 'ci' }
    }

    it('asks the same request from a profile', async () => {
      await recordInteraction(
        pact,
        balanceRequest('POST', "a POST balance request with a profile's connection"),
        async (mockServer) => {
          const run = await runJson(mockServer, ['balance'], {
            env: await saveProfile(mockServer.url),
          })
          expect(run.exitCode).toBe(EXIT_CODES.ok)
          expect(run.document).toEqual(DOCUMENT)
        },
      )
    })

    it('asks the same request from an --env-file', async () => {
      await recordInteraction(
        pact,
        balanceRequest('POST', "a POST balance request with an env file's connection"),
        async (mockServer) => {
          const file = join(dir, 'ci.env')
          writeFileSync(
            file,
            [
              `ADVANTA_BASE_URL=${mockServer.url}`,
              `ADVANTA_API_KEY="${SANDBOX.apiKey}"`,
              `ADVANTA_PARTNER_ID=${SANDBOX.partnerId}`,
              `ADVANTA_SHORTCODE=${SANDBOX.shortcode}`,
              '',
            ].join('\n'),
          )
          const run = await runJson(mockServer, ['balance', '--env-file', file], { env: {} })
          expect(run.exitCode).toBe(EXIT_CODES.ok)
          expect(run.document).toEqual(DOCUMENT)
        },
      )
    })
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
