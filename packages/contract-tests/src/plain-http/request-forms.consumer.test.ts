/**
 * @module
 * Consumer contract of a plain HTTP caller: the request forms real clients of the API send
 * and the provider accepts (QUIRKS.md): paths with the trailing slash the provider's pages
 * write, GET queries, a JSON array holding the parameters (a published PHP client), and
 * numbers in every accepted form. Form-urlencoded bodies are left to the mock's own tests:
 * pact-js records a non-JSON body as binary, and its mock server then refuses form
 * fields as having the wrong content type. Each answer row is exact: the
 * number in 254 form, its network, and message ids unique and increasing from the reset.
 */

import { MatchersV3 } from '@pact-foundation/pact'
import { SANDBOX_ACCOUNT_HAS_CREDIT } from '@sendsms/mock-server'
import { sameAmount } from '@sendsms/pact'
import { describe, expect, it } from 'vitest'
import { acceptedBulkRow, acceptedSmsRow } from '../fixtures/answer-rows.js'
import { type InteractionSpec, recordInteraction } from '../fixtures/interaction.js'
import { NUMBER_FORMS } from '../fixtures/number-forms.js'
import { bulkParams, credentialParams, sendParams } from '../fixtures/sandbox.js'
import { consumerPact } from '../pacts/consumer-pact.js'
import { PLAIN_HTTP_CONSUMER } from '../pacts/pact-dir.js'
import { plainRequest } from './plain-request.js'

const pact = consumerPact(PLAIN_HTTP_CONSUMER)

const FIRST_ID = 100000001
const ONE = NUMBER_FORMS[0]
if (ONE === undefined) throw new Error('NUMBER_FORMS is empty')
const ONE_ROW = acceptedSmsRow(ONE.msisdn, { messageId: FIRST_ID, networkId: ONE.networkId })
const SEND = sendParams({ message: 'Hello', mobile: ONE.given })
const CREDIT = 5000
const BALANCE = { 'response-code': 200, credit: sameAmount(`${CREDIT}.00`), 'partner-id': '12345' }

type Form = Omit<InteractionSpec, 'state' | 'answer'> & { answer: unknown }

const FORMS: Form[] = [
  {
    description: 'a POST sendsms to the path with a trailing slash',
    endpoint: 'sendsms',
    method: 'POST',
    trailingSlash: true,
    params: SEND,
    answer: { responses: [ONE_ROW] },
  },
  {
    description: 'a GET sendsms to the path with a trailing slash',
    endpoint: 'sendsms',
    method: 'GET',
    trailingSlash: true,
    params: SEND,
    answer: { responses: [ONE_ROW] },
  },
  {
    description: 'a POST sendsms whose JSON body is an array holding the parameters',
    endpoint: 'sendsms',
    method: 'POST',
    jsonArray: true,
    params: SEND,
    answer: { responses: [ONE_ROW] },
  },
  ...(['POST', 'GET'] as const).map(
    (method): Form => ({
      description: `a ${method} sendsms to a number in every accepted form`,
      endpoint: 'sendsms',
      method,
      params: sendParams({
        message: 'Hello',
        mobile: NUMBER_FORMS.map((number) => number.given).join(','),
      }),
      answer: {
        responses: NUMBER_FORMS.map((number, i) =>
          acceptedSmsRow(number.msisdn, { messageId: FIRST_ID + i, networkId: number.networkId }),
        ),
      },
    }),
  ),
  {
    description: 'a sendbulk with an item per accepted number form',
    endpoint: 'sendbulk',
    method: 'POST',
    trailingSlash: true,
    params: bulkParams(NUMBER_FORMS.map((number) => ({ mobile: number.given, message: 'Hi' }))),
    answer: {
      responses: NUMBER_FORMS.map((number, i) =>
        acceptedBulkRow(String(number.msisdn), {
          messageId: String(FIRST_ID + i),
          networkId: number.networkId,
        }),
      ),
    },
  },
  {
    description: 'a POST getbalance to the path with a trailing slash',
    endpoint: 'getbalance',
    method: 'POST',
    trailingSlash: true,
    params: credentialParams(),
    answer: BALANCE,
  },
]

describe('plain HTTP: the request forms real clients send', () => {
  it('covers every form', () => {
    expect(FORMS.length).toBe(7)
  })

  it.each(FORMS)('is answered: $description', async ({ answer, ...request }) => {
    const spec: InteractionSpec = {
      ...request,
      state: { name: SANDBOX_ACCOUNT_HAS_CREDIT, params: { credit: CREDIT } },
      answer,
    }
    await recordInteraction(pact, spec, async (mockServer) => {
      const { status, answer: received } = await plainRequest(mockServer, spec)
      expect(status).toBe(200)
      expect(received).toEqual(MatchersV3.reify(answer))
    })
  })
})
