/**
 * @module
 * Consumer contract of a plain HTTP caller: every request-wide refusal that raw input
 * provokes, recorded with that input, so the provider verification checks the mock's real
 * rules behind each code. The client and the CLI refuse these inputs before sending (an
 * empty message, no numbers, too many, a bad time), so their own contracts can only see
 * these codes injected; here nothing is injected, and every interaction starts from the
 * sandbox account. That includes a request without the API key, the partner ID or (for a
 * send) the shortcode, which the client and the CLI no longer send at all.
 */

import { SANDBOX_ACCOUNT_EXISTS } from '@sendsms/mock-server'
import { MAX_BULK_ITEMS, MAX_RECIPIENTS } from '@sendsms/wire'
import { describe, expect, it } from 'vitest'
import { NO_DLR, topLevelError } from '../fixtures/answer-rows.js'
import { type InteractionSpec, recordInteraction } from '../fixtures/interaction.js'
import {
  bulkParams,
  type CredentialOverrides,
  credentialParams,
  reportParams,
  senderParams,
  sendParams,
  type WireParams,
} from '../fixtures/sandbox.js'
import { consumerPact } from '../pacts/consumer-pact.js'
import { PLAIN_HTTP_CONSUMER } from '../pacts/pact-dir.js'
import { plainRequest } from './plain-request.js'

const pact = consumerPact(PLAIN_HTTP_CONSUMER)

/** Numbers 254700100000, 254700100001, …: valid, none of them a magic number. */
const numbers = (count: number) =>
  Array.from({ length: count }, (_, i) => String(254700100000 + i)).join(',')

const TEXT_BODY = { contentType: 'text/plain', text: 'apikey=sandbox-api-key&partnerID=12345' }

/**
 * One item past the limit. Only the first item carries the sender, as the limit is checked
 * after the first item's credentials: the body stays under the 100 kB that pact-js's
 * verifier proxy reads (its body parser's default), which a full item each would pass.
 */
function pastTheBulkLimit() {
  const [first, ...rest] = numbers(MAX_BULK_ITEMS + 1).split(',')
  const { smslist } = bulkParams([{ mobile: first ?? '', message: 'Hi' }]) as { smslist: unknown[] }
  return {
    count: MAX_BULK_ITEMS + 1,
    smslist: [...smslist, ...rest.map((mobile) => ({ mobile, message: 'Hi' }))],
  }
}

interface Refusal {
  why: string
  request: Omit<InteractionSpec, 'state' | 'description' | 'answer'>
  answer: Record<string, unknown>
}

/** The refusals every send (`sendsms`, `sendotp`) shares: its own input decides each one. */
function sendRefusals(endpoint: 'sendsms' | 'sendotp'): Refusal[] {
  const send = (fields: Record<string, unknown>) =>
    sendParams({ message: 'Hello', mobile: '254712345678', ...fields } as never)
  const both = (why: string, params: Record<string, unknown>, code: number): Refusal[] =>
    (['POST', 'GET'] as const).map((method) => ({
      why: `${why} (${method})`,
      request: { endpoint, method, params: send(params) },
      answer: topLevelError(code),
    }))
  return [
    ...both('an empty message', { message: '' }, 4093),
    ...both('a message of spaces only', { message: '   ' }, 4093),
    ...both('an empty mobile', { mobile: '' }, 1003),
    ...both('a mobile of commas only', { mobile: ',,' }, 1003),
    {
      why: `${MAX_RECIPIENTS + 1} numbers, one past the limit`,
      request: { endpoint, method: 'POST', params: send({ mobile: numbers(MAX_RECIPIENTS + 1) }) },
      answer: topLevelError(1104),
    },
    {
      why: 'a body of a content type the API does not read',
      request: { endpoint, method: 'POST', params: {}, rawBody: TEXT_BODY },
      answer: topLevelError(1009),
    },
    {
      why: 'a mobile that is a JSON object',
      request: { endpoint, method: 'POST', params: send({ mobile: { number: '254712345678' } }) },
      answer: topLevelError(1009),
    },
    {
      why: 'a PUT',
      request: { endpoint, method: 'PUT', params: send({}) },
      answer: topLevelError(1010),
    },
    {
      why: 'a DELETE',
      request: { endpoint, method: 'DELETE', params: send({}) },
      answer: topLevelError(1010),
    },
  ]
}

/** A credential left out (`null`) or sent empty, and the code the provider answers. */
const MISSING_CREDENTIALS: [string, CredentialOverrides, number][] = [
  ['no apikey', { apikey: null }, 4092],
  ['an empty apikey', { apikey: '' }, 4092],
  ['no partnerID', { partnerID: null }, 4091],
]
const NO_SHORTCODE: [string, CredentialOverrides, number] = [
  'no shortcode',
  { shortcode: null },
  1001,
]

/** Each credential a request of `endpoint` needs, left out, over each of `methods`. */
function credentialRefusals(
  endpoint: 'sendsms' | 'sendotp' | 'sendbulk' | 'getbalance' | 'getdlr',
  methods: readonly ('GET' | 'POST')[],
  params: (overrides: CredentialOverrides) => WireParams,
): Refusal[] {
  const cases = endpoint.startsWith('get')
    ? MISSING_CREDENTIALS
    : [...MISSING_CREDENTIALS, NO_SHORTCODE]
  return methods.flatMap((method) =>
    cases.map(
      ([why, overrides, code]): Refusal => ({
        why: `${why} (${method})`,
        request: { endpoint, method, params: params(overrides) },
        answer: topLevelError(code),
      }),
    ),
  )
}

const BOTH = ['POST', 'GET'] as const

const REFUSALS: Record<string, Refusal[]> = {
  sendsms: [
    ...credentialRefusals('sendsms', BOTH, (overrides) =>
      sendParams({ message: 'Hello', mobile: '254712345678' }, overrides),
    ),
    ...sendRefusals('sendsms'),
    ...(['POST', 'GET'] as const).map(
      (method): Refusal => ({
        why: `a timeToSend that is not a time (${method})`,
        request: {
          endpoint: 'sendsms',
          method,
          params: sendParams({ message: 'Hello', mobile: '254712345678', timeToSend: 'tomorrow' }),
        },
        answer: topLevelError(1009),
      }),
    ),
  ],
  sendotp: [
    ...credentialRefusals('sendotp', BOTH, (overrides) =>
      sendParams({ message: 'Code 4821', mobile: '254712345678' }, overrides),
    ),
    ...sendRefusals('sendotp'),
    {
      why: 'a hashed flag that is neither true nor false',
      request: {
        endpoint: 'sendotp',
        method: 'POST',
        params: { ...sendParams({ message: 'Code 4821', mobile: '254712345678' }), hashed: 'yes' },
      },
      answer: topLevelError(1009),
    },
  ],
  sendbulk: [
    ...credentialRefusals('sendbulk', ['POST'], (overrides) =>
      bulkParams([{ mobile: '254712345678', message: 'Hello' }], overrides),
    ),
    {
      why: 'an empty smslist',
      request: { endpoint: 'sendbulk', method: 'POST', params: bulkParams([]) },
      answer: topLevelError(4093),
    },
    {
      why: 'no smslist at all',
      request: { endpoint: 'sendbulk', method: 'POST', params: { count: 0 } },
      answer: topLevelError(4093),
    },
    {
      why: `${MAX_BULK_ITEMS + 1} items, one past the limit`,
      request: {
        endpoint: 'sendbulk',
        method: 'POST',
        params: pastTheBulkLimit(),
      },
      answer: topLevelError(1012),
    },
    {
      why: 'an smslist that is text, not a list',
      request: {
        endpoint: 'sendbulk',
        method: 'POST',
        params: { count: 1, smslist: JSON.stringify(senderParams()) },
      },
      answer: topLevelError(1009),
    },
    {
      why: 'an item that is not an object',
      request: { endpoint: 'sendbulk', method: 'POST', params: { count: 1, smslist: ['Hello'] } },
      answer: topLevelError(1009),
    },
    {
      why: 'a GET, which sendbulk does not take',
      request: { endpoint: 'sendbulk', method: 'GET', params: credentialParams() },
      answer: topLevelError(1010),
    },
  ],
  getbalance: [
    ...credentialRefusals('getbalance', BOTH, credentialParams),
    {
      why: 'a body of a content type the API does not read',
      request: { endpoint: 'getbalance', method: 'POST', params: {}, rawBody: TEXT_BODY },
      answer: topLevelError(1009),
    },
    {
      why: 'a PUT',
      request: { endpoint: 'getbalance', method: 'PUT', params: credentialParams() },
      answer: topLevelError(1010),
    },
  ],
  getdlr: [
    ...credentialRefusals('getdlr', BOTH, (overrides) => reportParams('100000001', overrides)),
    ...(['POST', 'GET'] as const).flatMap((method): Refusal[] => [
      {
        why: `an empty messageID (${method})`,
        request: { endpoint: 'getdlr', method, params: reportParams('') },
        answer: NO_DLR,
      },
      {
        why: `no messageID at all (${method})`,
        request: { endpoint: 'getdlr', method, params: credentialParams() },
        answer: NO_DLR,
      },
      {
        why: `the messageID of no message ever sent (${method})`,
        request: { endpoint: 'getdlr', method, params: reportParams('999999999') },
        answer: NO_DLR,
      },
    ]),
    {
      why: 'a DELETE',
      request: { endpoint: 'getdlr', method: 'DELETE', params: reportParams('100000001') },
      answer: topLevelError(1010),
    },
  ],
}

const TABLE = Object.entries(REFUSALS).flatMap(([endpoint, refusals]) =>
  refusals.map((refusal) => ({ endpoint, ...refusal, code: refusal.answer['response-code'] })),
)

describe('plain HTTP: every refusal raw input provokes, with that input', () => {
  it('covers every endpoint', () => {
    expect(Object.keys(REFUSALS).sort()).toEqual(
      ['getbalance', 'getdlr', 'sendbulk', 'sendotp', 'sendsms'].sort(),
    )
    expect(TABLE.length).toBe(76)
  })

  it.each(TABLE)('$endpoint answers $code to $why', async ({ endpoint, why, request, answer }) => {
    const spec: InteractionSpec = {
      ...request,
      state: { name: SANDBOX_ACCOUNT_EXISTS },
      description: `a ${endpoint} request with ${why}`,
      answer,
    }
    await recordInteraction(pact, spec, async (mockServer) => {
      const { status, answer: received } = await plainRequest(mockServer, spec)
      // The API's way: HTTP 200, the refusal in the body.
      expect(status).toBe(200)
      expect(received).toEqual(answer)
    })
  })
})
