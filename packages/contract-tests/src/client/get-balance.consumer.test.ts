/**
 * @module
 * Consumer contract of `@sendsms/client`'s `getBalance` (`getbalance`, GET and POST) with
 * the Advanta SMS API, driven by the real client at the Pact mock server. The credit is set
 * by the provider state, so the contract pins its value while letting its type drift (the
 * docs' `"545.00"`, or the JSON number seen live).
 */

import { CREDIT_ANSWERED_AS_A_NUMBER, SANDBOX_ACCOUNT_HAS_CREDIT } from '@sendsms/mock-server'
import { sameAmount, sameDigits } from '@sendsms/pact'
import { describe, expect, it } from 'vitest'
import { recordInteraction } from '../fixtures/interaction.js'
import { REFUSALS } from '../fixtures/refusal-cases.js'
import { credentialParams, SANDBOX } from '../fixtures/sandbox.js'
import { consumerPact } from '../pacts/consumer-pact.js'
import { CLIENT_CONSUMER } from '../pacts/pact-dir.js'
import { testRefusals } from './refusal-tests.js'
import { sandboxClient } from './sandbox-client.js'

const pact = consumerPact(CLIENT_CONSUMER)

const CREDIT = 545

const balanceAnswer = (credit: string | number) => ({
  'response-code': 200,
  credit: sameAmount(credit),
  'partner-id': sameDigits(SANDBOX.partnerId),
})

describe('getBalance', () => {
  it.each(['POST', 'GET'] as const)(
    'reads the credit the docs write as "545.00" as a number and as text (%s)',
    async (method) => {
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
          const balance = await sandboxClient(mockServer).getBalance({ method })
          expect(balance).toEqual({ credit: CREDIT, creditText: '545.00', partnerId: '12345' })
        },
      )
    },
  )

  it('reads a credit answered as a JSON number the same way', async () => {
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
        const balance = await sandboxClient(mockServer).getBalance()
        expect(balance).toEqual({ credit: CREDIT, creditText: '545.00', partnerId: '12345' })
      },
    )
  })
})

describe('getBalance: the request refused', () => {
  testRefusals({
    pact,
    cases: REFUSALS.getbalance,
    endpoint: 'getbalance',
    methods: ['POST', 'GET'],
    subject: 'balance request',
    params: (credentials) => credentialParams(credentials),
    call: (client, method) => client.getBalance({ method }),
  })
})
