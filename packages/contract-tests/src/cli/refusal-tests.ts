/**
 * @module
 * The refusal tests every `sendsms` command that calls the API shares: one interaction per
 * refusal case and method, driven by the real command, asserting exit 3 and the `--json`
 * error document naming the client's error class, the code and the description.
 */
import type { PactV4 } from '@pact-foundation/pact'
import { EXIT_CODES } from '@sendsms/cli'
import { type EndpointName, readCode } from '@sendsms/wire'
import { expect, it } from 'vitest'
import { errorClassOf } from '../fixtures/error-classes.js'
import { recordInteraction } from '../fixtures/interaction.js'
import type { RefusalCase } from '../fixtures/refusal-cases.js'
import type { CredentialOverrides, WireParams } from '../fixtures/sandbox.js'
import { runJson } from './run-cli-json.js'

/**
 * How one command's refusals are recorded.
 * @example
 * const balance: CliRefusalTests = {
 *   pact, cases: REFUSALS.getbalance, endpoint: 'getbalance', methods: ['GET', 'POST'],
 *   subject: 'balance request', params: (credentials) => credentialParams(credentials),
 *   command: (method) => ['balance', ...(method === 'GET' ? ['--get'] : [])],
 * }
 */
export interface CliRefusalTests {
  pact: PactV4
  cases: readonly RefusalCase[]
  endpoint: EndpointName
  methods: readonly ('GET' | 'POST')[]
  /** Names the request in interaction descriptions: `a GET ${subject} refused with …`. */
  subject: string
  /** The wire parameters the command sends with these credentials. */
  params: (credentials: CredentialOverrides) => WireParams
  /** The command and its own flags, without the connection flags and `--json`. */
  command: (method: 'GET' | 'POST') => string[]
  /** What `-` reads from standard input, for `bulk -`. */
  stdin?: string
}

/**
 * The `--json` error document of a refusal.
 * @example
 * refusalDocument(1006, 'Invalid credentials')
 * // { ok: false, error: { kind: 'ApiError', name: 'InvalidCredentialsError', code: 1006, … } }
 */
export function refusalDocument(code: number, description: string) {
  return {
    ok: false,
    error: {
      kind: 'ApiError',
      name: errorClassOf(code).name,
      code,
      description,
      message: expect.any(String),
    },
  }
}

/**
 * Declares one test per refusal case and method (call inside a `describe`).
 * @example
 * describe('sendsms balance: the request refused', () => testCliRefusals(balance))
 */
export function testCliRefusals(tests: CliRefusalTests): void {
  const table = tests.methods.flatMap((method) =>
    tests.cases.map((refusal) => ({ method, refusal, code: refusal.code, why: refusal.why })),
  )
  it.each(table)('exits 3 for a $method refused with $code ($why)', async ({ method, refusal }) => {
    const credentials = refusal.credentials ?? {}
    await recordInteraction(
      tests.pact,
      {
        state: refusal.state,
        description: `a ${method} ${tests.subject} refused with ${refusal.code} (${refusal.why})`,
        endpoint: tests.endpoint,
        method,
        params: tests.params(credentials),
        answer: refusal.answer,
      },
      async (mockServer) => {
        const run = await runJson(mockServer, tests.command(method), {
          credentials,
          ...(tests.stdin === undefined ? {} : { stdin: tests.stdin }),
        })
        expect(run.exitCode).toBe(EXIT_CODES.apiError)
        expect(run.document).toEqual(
          refusalDocument(
            readCode(refusal.answer) ?? Number.NaN,
            String(refusal.answer['response-description']),
          ),
        )
        expect(run.stderr).toMatch(/^sendsms: /)
      },
    )
  })
}
