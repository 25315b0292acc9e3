/**
 * @module
 * Every row of the mock's decision table for `getbalance`, as GET and as POST, on both
 * path forms, each answered alike in-process, over the fast path and through Hono, each
 * answer checked against the spec's operation and for its exact body; and the balance
 * falling by exactly what each send endpoint charged.
 */
import { validateAnswer } from '@sendsms/spec'
import { RESPONSE_CODES } from '@sendsms/wire'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMock, type Mock } from '../create-mock.js'
import {
  bulkItem,
  bulkRequest,
  CREDENTIALS,
  pathOf,
  requestTo,
  sha256,
  withFields,
} from '../test-support/endpoint-requests.js'
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

interface Case {
  name: string
  params: Record<string, unknown>
  setup?: (mock: Mock) => void
  body: Record<string, unknown>
}

const refused = (code: keyof typeof RESPONSE_CODES) => ({
  'response-code': code,
  'response-description': RESPONSE_CODES[code],
})
const balance = (credit: string) => ({ 'response-code': 200, credit, 'partner-id': '12345' })

const cases: Case[] = [
  { name: 'answers the credit with two decimals', params: {}, body: balance('10000000.00') },
  {
    name: 'answers a credit with cents as the provider writes it',
    params: {},
    setup: (m) => m.accounts.setCredit('12345', 545.5),
    body: balance('545.50'),
  },
  {
    name: 'answers an empty account as 0.00',
    params: {},
    setup: (m) => m.accounts.setCredit('12345', 0),
    body: balance('0.00'),
  },
  {
    name: 'ignores the shortcode some clients send, even a wrong one',
    params: { shortcode: 'NOT-OURS' },
    body: balance('10000000.00'),
  },
  {
    name: 'an injected fault answers its code',
    params: {},
    setup: (m) => m.faults.push({ code: 4090 }),
    body: refused(4090),
  },
  { name: 'a missing apikey is 4092', params: { apikey: undefined }, body: refused(4092) },
  { name: 'an empty apikey is 4092', params: { apikey: '' }, body: refused(4092) },
  {
    name: 'a missing apikey is reported before a missing partnerID',
    params: { apikey: undefined, partnerID: undefined },
    body: refused(4092),
  },
  { name: 'a missing partnerID is 4091', params: { partnerID: undefined }, body: refused(4091) },
  { name: 'a blank partnerID is 4091', params: { partnerID: '  ' }, body: refused(4091) },
  { name: 'a wrong apikey is 1006', params: { apikey: 'not-the-key' }, body: refused(1006) },
  { name: 'an unknown partnerID is 1006', params: { partnerID: '99999' }, body: refused(1006) },
]

describe.each(['GET', 'POST'] as const)('getbalance over %s', (method) => {
  describe.each([false, true])('with a trailing slash: %s', (slash) => {
    it.each(cases)('$name', async ({ params, setup, body }) => {
      const path = pathOf('getbalance', slash)
      const answered = await answer(requestTo(path, method, withFields(CREDENTIALS, params)), setup)
      expect(validateAnswer(path, method, answered).errors).toEqual([])
      expect(answered).toEqual(body)
    })
  })
})

describe('getbalance requests', () => {
  it('takes partnerID as a JSON number', async () => {
    const path = pathOf('getbalance')
    const answered = await answer(requestTo(path, 'POST', { ...CREDENTIALS, partnerID: 12345 }))
    expect(answered).toEqual(balance('10000000.00'))
  })

  it('takes a form body', async () => {
    const path = pathOf('getbalance')
    const answered = await answer(requestTo(path, 'POST', CREDENTIALS, 'form'))
    expect(answered).toEqual(balance('10000000.00'))
  })

  it.each(['PUT', 'DELETE'])('answers %s with 1010', async (method) => {
    const path = pathOf('getbalance')
    const answered = await answer({ method, target: path })
    expect(validateAnswer(path, 'GET', answered).errors).toEqual([])
    expect(answered).toEqual(refused(1010))
  })

  it('never sends anything nor charges', async () => {
    await answer(requestTo(pathOf('getbalance'), 'GET', CREDENTIALS))
    for (const way of ways) {
      expect(way.mock.journal.size).toBe(0)
      expect(way.mock.accounts.get('12345')?.credit).toBe(10_000_000)
    }
  })
})

describe('the balance after sends', () => {
  async function call(mock: Mock, request: RawRequest): Promise<Record<string, unknown>> {
    const res = await mock.app.request(request.target, {
      method: request.method,
      headers: Object.fromEntries(request.headers ?? []),
      ...(request.body === undefined ? {} : { body: request.body as string }),
    })
    const body = (await res.json()) as Record<string, unknown>
    const path = new URL(request.target, 'http://mock').pathname
    expect(validateAnswer(path, request.method, body).errors).toEqual([])
    return body
  }
  const credit = async (mock: Mock) =>
    (await call(mock, requestTo(pathOf('getbalance'), 'POST', CREDENTIALS))).credit
  const send = { ...CREDENTIALS, shortcode: 'SANDBOX' }

  it('falls by exactly what each sendsms, sendotp and sendbulk charged', async () => {
    const mock = createMock()
    mock.accounts.setCredit('12345', 100)
    expect(await credit(mock)).toBe('100.00')

    // Two GSM-7 parts to two numbers; the invalid number costs nothing.
    const sms = { ...send, message: 'a'.repeat(161), mobile: '0712345678,0733123456,07123' }
    await call(mock, requestTo(pathOf('sendsms'), 'POST', sms))
    expect(await credit(mock)).toBe('96.00')

    // A UCS-2 OTP of 71 characters is two parts; a hashed recipient costs the same.
    const otp = { ...send, message: 'ж'.repeat(71), mobile: '0712345678' }
    await call(mock, requestTo(pathOf('sendotp'), 'GET', otp))
    expect(await credit(mock)).toBe('94.00')
    await call(
      mock,
      requestTo(pathOf('sendotp'), 'POST', {
        ...otp,
        mobile: sha256('254712345678'),
        hashed: true,
      }),
    )
    expect(await credit(mock)).toBe('92.00')

    // Per item and per part: 1 + 3 + 0 (no message) + 0 (a bad number).
    const items = [
      bulkItem({ message: 'one part' }),
      bulkItem({ message: 'b'.repeat(307) }),
      bulkItem({ message: undefined }),
      bulkItem({ mobile: '07' }),
    ]
    await call(mock, bulkRequest(items))
    expect(await credit(mock)).toBe('88.00')

    // A send the account cannot pay for in full changes nothing.
    mock.accounts.setCredit('12345', 1)
    await call(mock, requestTo(pathOf('sendsms'), 'GET', { ...sms, message: 'Hi' }))
    await call(mock, bulkRequest([bulkItem(), bulkItem()]))
    expect(await credit(mock)).toBe('1.00')
    expect(mock.journal.list().map((e) => [e.endpoint, e.parts])).toEqual([
      ['sendsms', 2],
      ['sendsms', 2],
      ['sendotp', 2],
      ['sendotp', 2],
      ['sendbulk', 1],
      ['sendbulk', 3],
    ])
  })
})
