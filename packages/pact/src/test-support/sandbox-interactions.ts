/**
 * @module
 * Interactions as Pact writes them, for the verification tests: a balance request the mock
 * answers, and copies of it broken one way each.
 */
import type { PactInteraction } from '../pact-files/read-pact-files.js'

const json = (content: unknown) => ({ content, contentType: 'application/json', encoded: false })

/**
 * A POST balance request of the sandbox account with credit 545, as the mock answers it.
 * @example
 * balanceInteraction({ description: 'another balance' })
 */
export function balanceInteraction(changes: Partial<PactInteraction> = {}): PactInteraction {
  return {
    type: 'Synchronous/HTTP',
    description: 'a balance request',
    providerStates: [{ name: 'the sandbox account has the given credit', params: { credit: 545 } }],
    request: {
      method: 'POST',
      path: '/api/services/getbalance',
      headers: { 'Content-Type': ['application/json'] },
      body: json({ apikey: 'sandbox-api-key', partnerID: '12345' }),
    },
    response: {
      status: 200,
      headers: { 'Content-Type': ['application/json'] },
      body: json({ 'response-code': 200, credit: '545.00', 'partner-id': '12345' }),
    },
    ...changes,
  }
}
