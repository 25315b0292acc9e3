/**
 * @module
 * Every row of the mock's decision table for `sendotp`, plain and hashed, as GET and as
 * POST, on both path forms, each answered alike in-process, over the fast path and through
 * Hono, each answer checked against the spec's operation and for its exact body.
 */
import { validateAnswer } from '@sendsms/spec'
import { RESPONSE_CODES } from '@sendsms/wire'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Mock } from '../create-mock.js'
import { pathOf, requestTo, sha256, withFields } from '../test-support/endpoint-requests.js'
import { VALID_PARAMS } from '../test-support/requests.js'
import {
  answerEveryWay,
  closeWaysIn,
  openWaysIn,
  type RawRequest,
  type WayIn,
} from '../test-support/ways-in.js'

let ways: WayIn[]
beforeAll(async () => {
  ways = await openWaysIn({ now: () => new Date('2030-01-01T06:00:00Z') })
})
afterAll(() => closeWaysIn(ways))

async function answer(request: RawRequest, setup?: (mock: Mock) => void) {
  const raw = await answerEveryWay(ways, request, setup)
  expect(raw.status).toBe(200)
  expect(raw.headers['content-type']).toBe('application/json')
  return JSON.parse(raw.body) as Record<string, unknown>
}

const refused = (code: keyof typeof RESPONSE_CODES) => ({
  'response-code': code,
  'response-description': RESPONSE_CODES[code],
})
const success = (mobile: number | string, messageid: string, networkid = 1) => ({
  'response-code': 200,
  'response-description': 'Success',
  mobile,
  messageid,
  networkid,
})
const invalid = (mobile: string) => ({
  'response-code': 1003,
  'response-description': 'Invalid mobile number',
  mobile,
})

const OTP = { ...VALID_PARAMS, message: 'Your code is 4821' }
const HASH = sha256('254712345678')
const HASH_2 = sha256('254722000000')
const tooMany = Array.from({ length: 1001 }, () => HASH).join(',')

interface Case {
  name: string
  params: Record<string, unknown>
  setup?: (mock: Mock) => void
  body: Record<string, unknown>
}

const cases: Case[] = [
  {
    name: 'sends to a number, messageid a string',
    params: {},
    body: { responses: [success(254712345678, '100000001')] },
  },
  {
    name: 'answers one row per number in order, duplicates kept',
    params: { mobile: '0733123456,+255712345678,07123,0733123456' },
    body: {
      responses: [
        success(254733123456, '100000001', 2),
        {
          'response-code': 1002,
          'response-description': 'Network not allowed',
          mobile: '+255712345678',
        },
        invalid('07123'),
        success(254733123456, '100000002', 2),
      ],
    },
  },
  {
    name: 'reads hashed "false" as a plain send',
    params: { hashed: 'false' },
    body: { responses: [success(254712345678, '100000001')] },
  },
  {
    name: 'sends to a hash when hashed is "true", echoing it as sent',
    params: { mobile: HASH, hashed: 'true' },
    body: { responses: [success(HASH, '100000001')] },
  },
  {
    name: 'reads hashed in any case, and hashes in either case',
    params: { mobile: ` ${HASH.toUpperCase()} ,${HASH_2}`, hashed: 'TRUE' },
    body: { responses: [success(HASH.toUpperCase(), '100000001'), success(HASH_2, '100000002')] },
  },
  {
    name: 'answers a 1003 row for anything in a hashed send that is not a hash',
    params: { mobile: `254712345678,${HASH.slice(1)},${HASH}x,0x${HASH},${HASH}`, hashed: 'True' },
    body: {
      responses: [
        invalid('254712345678'),
        invalid(HASH.slice(1)),
        invalid(`${HASH}x`),
        invalid(`0x${HASH}`),
        success(HASH, '100000001'),
      ],
    },
  },
  {
    name: 'answers low credit with a row per recipient it would have sent',
    params: { mobile: `${HASH},nope`, hashed: 'true' },
    setup: (m) => m.accounts.setCredit('12345', 0),
    body: {
      responses: [
        {
          'response-code': 1004,
          'response-description':
            'Low credit units to send message, Current balance 0.00, Required 1',
          mobile: HASH,
        },
        invalid('nope'),
      ],
    },
  },
  {
    name: 'an injected fault answers its code',
    params: {},
    setup: (m) => m.faults.push({ code: 4090 }),
    body: refused(4090),
  },
  { name: 'a missing apikey is 4092', params: { apikey: undefined }, body: refused(4092) },
  { name: 'a missing partnerID is 4091', params: { partnerID: undefined }, body: refused(4091) },
  { name: 'a wrong apikey is 1006', params: { apikey: 'nope' }, body: refused(1006) },
  { name: 'an unassigned shortcode is 1001', params: { shortcode: 'ACME' }, body: refused(1001) },
  { name: 'a blank message is 4093', params: { message: '  ' }, body: refused(4093) },
  {
    name: 'a missing mobile is a top-level 1003',
    params: { mobile: undefined },
    body: refused(1003),
  },
  {
    name: 'a hashed send without hashes is a top-level 1003',
    params: { mobile: ',', hashed: 'true' },
    body: refused(1003),
  },
  {
    name: 'more than 1000 hashes is 1104',
    params: { mobile: tooMany, hashed: 'true' },
    body: refused(1104),
  },
  {
    name: 'a hashed flag that is neither true nor false is 1009',
    params: { hashed: 'yes' },
    body: refused(1009),
  },
  {
    name: 'the top-level 1004 when the profile answers low credit so',
    params: { mobile: HASH, hashed: 'true' },
    setup: (m) => {
      m.accounts.setCredit('12345', 0)
      m.profile.set({ lowCredit: 'top-level' })
    },
    body: refused(1004),
  },
]

describe.each(['GET', 'POST'] as const)('sendotp over %s', (method) => {
  describe.each([false, true])('with a trailing slash: %s', (slash) => {
    it.each(cases)('$name', async ({ params, setup, body }) => {
      const path = pathOf('sendotp', slash)
      const answered = await answer(requestTo(path, method, withFields(OTP, params)), setup)
      expect(validateAnswer(path, method, answered).errors).toEqual([])
      expect(answered).toEqual(body)
    })
  })
})

describe('hashed sends', () => {
  const path = pathOf('sendotp')

  it.each<[string, unknown, RawRequest['method'], 'json' | 'form']>([
    ['the JSON boolean true', true, 'POST', 'json'],
    ['the string "true" in a JSON body', 'true', 'POST', 'json'],
    ['"true" in a form body', 'true', 'POST', 'form'],
    ['"TRUE" in a GET query', 'TRUE', 'GET', 'json'],
    ['" true " with spaces around it in a form body', ' true ', 'POST', 'form'],
  ])('reads %s as hashed', async (_name, hashed, method, form) => {
    const request = requestTo(path, method as 'GET', { ...OTP, mobile: HASH, hashed }, form)
    const answered = await answer(request)
    expect(validateAnswer(path, method, answered).errors).toEqual([])
    expect(answered).toEqual({ responses: [success(HASH, '100000001')] })
  })

  it.each<[string, unknown]>([
    ['the JSON boolean false', false],
    ['an empty value', ''],
    ['no flag at all', undefined],
  ])('reads %s as a plain send, so a hash is not a number', async (_name, hashed) => {
    const answered = await answer(
      requestTo(path, 'POST', withFields({ ...OTP, mobile: HASH }, { hashed })),
    )
    expect(answered).toEqual({ responses: [invalid(HASH)] })
  })

  it('answers a flag that is a number with 1009', async () => {
    const answered = await answer(requestTo(path, 'POST', { ...OTP, hashed: 1 }))
    expect(answered).toEqual(refused(1009))
  })

  it('journals a hashed recipient by its hash in lower case, on Safaricom, without a number', async () => {
    await answer(requestTo(path, 'POST', { ...OTP, mobile: HASH.toUpperCase(), hashed: true }))
    for (const way of ways) {
      expect(way.mock.journal.list()).toEqual([
        {
          messageId: '100000001',
          partnerID: '12345',
          shortcode: 'SANDBOX',
          hash: HASH,
          networkId: 1,
          message: 'Your code is 4821',
          status: 'sent',
          sendAt: null,
          receivedAt: '2030-01-01T06:00:00.000Z',
          method: 'POST',
          parts: 1,
          endpoint: 'sendotp',
        },
      ])
      expect(way.mock.accounts.get('12345')?.credit).toBe(10_000_000 - 1)
    }
  })

  it('journals a plain OTP by its number, as sendotp', async () => {
    await answer(requestTo(path, 'GET', { ...OTP, mobile: '0733123456' }))
    expect(ways[0]?.mock.journal.list()).toMatchObject([
      { mobile: '254733123456', networkId: 2, endpoint: 'sendotp', method: 'GET' },
    ])
    expect(ways[0]?.mock.journal.list()[0]).not.toHaveProperty('hash')
  })
})

describe('sendotp methods', () => {
  it.each(['PUT', 'PATCH', 'DELETE'])('answers %s with 1010', async (method) => {
    const answered = await answer({ method, target: pathOf('sendotp') })
    expect(answered).toEqual(refused(1010))
  })
})
