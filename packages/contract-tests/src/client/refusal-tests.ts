/**
 * @module
 * The refusal tests every client endpoint shares: one interaction per refusal case and
 * method, driven by the real client method, asserting the typed error it rejects with.
 */
import type { PactV4 } from '@pact-foundation/pact'
import type { SmsClient } from '@sendsms/client'
import { type EndpointName, readCode } from '@sendsms/wire'
import { it } from 'vitest'
import { errorClassOf } from '../fixtures/error-classes.js'
import { recordInteraction } from '../fixtures/interaction.js'
import type { RefusalCase } from '../fixtures/refusal-cases.js'
import type { CredentialOverrides, WireParams } from '../fixtures/sandbox.js'
import { expectRefusal, rejectionOf } from './expect-refusal.js'
import { sandboxClient } from './sandbox-client.js'

/**
 * How one endpoint's refusals are recorded.
 * @example
 * const balance: RefusalTests = {
 *   pact, cases: REFUSALS.getbalance, endpoint: 'getbalance', methods: ['GET', 'POST'],
 *   subject: 'balance request', params: (credentials) => credentialParams(credentials),
 *   call: (client, method) => client.getBalance({ method }),
 * }
 */
export interface RefusalTests {
  pact: PactV4
  cases: readonly RefusalCase[]
  endpoint: EndpointName
  methods: readonly ('GET' | 'POST')[]
  /** Names the request in interaction descriptions: `a GET ${subject} refused with …`. */
  subject: string
  /** The wire parameters the client sends with these credentials. */
  params: (credentials: CredentialOverrides) => WireParams
  /** The real client call. */
  call: (client: SmsClient, method: 'GET' | 'POST') => Promise<unknown>
}

/**
 * Declares one test per refusal case and method (call inside a `describe`).
 * @example
 * describe('getBalance: the whole request refused', () => testRefusals(balance))
 */
export function testRefusals(tests: RefusalTests): void {
  const table = tests.methods.flatMap((method) =>
    tests.cases.map((refusal) => ({ method, refusal, code: refusal.code, why: refusal.why })),
  )
  it.each(table)('rejects a $method refused with $code ($why)', async ({ method, refusal }) => {
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
        const error = await rejectionOf(tests.call(sandboxClient(mockServer, credentials), method))
        expectRefusal(error, errorClassOf(refusal.code), {
          code: readCode(refusal.answer) ?? Number.NaN,
          description: String(refusal.answer['response-description']),
        })
      },
    )
  })
}
