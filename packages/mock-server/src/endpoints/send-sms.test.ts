/**
 * @module
 * Every row of the mock's decision table for `sendsms`, as GET and as POST, each answered
 * alike in-process, over a socket with the fast path and over a socket through Hono, each
 * answer checked against the OpenAPI document and for its exact code.
 */
import { validateSendSmsResponse } from '@sendsms/spec'
import { RESPONSE_CODES } from '@sendsms/wire'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Mock } from '../create-mock.js'
import { codeOf, paramsWith, rowsOf, SEND_PATH, sendRequest } from '../test-support/requests.js'
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

/** The parsed JSON answer to `request`, the same every way in. */
async function answer(
  request: RawRequest,
  setup?: (mock: Mock) => void,
): Promise<Record<string, unknown>> {
  const raw = await answerEveryWay(ways, request, setup)
  expect(raw.status).toBe(200)
  expect(raw.headers['content-type']).toBe('application/json')
  return JSON.parse(raw.body) as Record<string, unknown>
}

function send(method: 'GET' | 'POST', params: Record<string, string | number>, path?: string) {
  return answer(sendRequest(method, params, path))
}

interface Case {
  name: string
  params: Record<string, string | number | undefined>
  setup?: (mock: Mock) => void
  code: number
}

const thousandAndOne = Array.from({ length: 1001 }, (_, i) => `2547${String(i).padStart(8, '0')}`)

const cases: Case[] = [
  {
    name: 'an injected fault answers its code',
    params: {},
    setup: (m) => m.faults.push({ code: 4090 }),
    code: 4090,
  },
  {
    name: 'an injected fault wins over a missing apikey',
    params: { apikey: undefined },
    setup: (m) => m.faults.push({ code: 1005 }),
    code: 1005,
  },
  { name: 'a missing apikey is 4092', params: { apikey: undefined }, code: 4092 },
  { name: 'an empty apikey is 4092', params: { apikey: '' }, code: 4092 },
  {
    name: 'a missing apikey is reported before a missing partnerID',
    params: { apikey: undefined, partnerID: undefined },
    code: 4092,
  },
  { name: 'a missing partnerID is 4091', params: { partnerID: undefined }, code: 4091 },
  { name: 'an empty partnerID is 4091', params: { partnerID: '' }, code: 4091 },
  { name: 'a wrong apikey is 1006', params: { apikey: 'not-the-key' }, code: 1006 },
  { name: 'an unknown partnerID is 1006', params: { partnerID: '99999' }, code: 1006 },
  {
    name: 'bad credentials are reported before a bad shortcode',
    params: { apikey: 'nope', shortcode: 'OTHER' },
    code: 1006,
  },
  { name: 'a missing shortcode is 1001', params: { shortcode: undefined }, code: 1001 },
  { name: 'a shortcode of another case is 1001', params: { shortcode: 'sandbox' }, code: 1001 },
  { name: 'an unassigned shortcode is 1001', params: { shortcode: 'ACME' }, code: 1001 },
  {
    name: 'a bad shortcode is reported before a missing message',
    params: { shortcode: 'ACME', message: undefined },
    code: 1001,
  },
  { name: 'a missing message is 4093', params: { message: undefined }, code: 4093 },
  {
    name: 'a missing message is reported before a missing mobile',
    params: { message: undefined, mobile: undefined },
    code: 4093,
  },
  {
    name: 'a missing message is reported before too many numbers',
    params: { message: '', mobile: thousandAndOne.join(',') },
    code: 4093,
  },
  { name: 'an empty message is 4093', params: { message: '' }, code: 4093 },
  { name: 'a whitespace-only message is 4093', params: { message: '   ' }, code: 4093 },
  { name: 'a missing mobile is a top-level 1003', params: { mobile: undefined }, code: 1003 },
  { name: 'an empty mobile is a top-level 1003', params: { mobile: '' }, code: 1003 },
  { name: 'a mobile of only commas is a top-level 1003', params: { mobile: ' , ,' }, code: 1003 },
  {
    name: 'more than 1000 numbers is 1104',
    params: { mobile: thousandAndOne.join(',') },
    code: 1104,
  },
  {
    name: 'too many numbers are reported before an unparseable timeToSend',
    params: { mobile: thousandAndOne.join(','), timeToSend: 'next tuesday' },
    code: 1104,
  },
  {
    name: 'an unparseable timeToSend is reported before low credit',
    params: { timeToSend: 'next tuesday' },
    setup: (m) => m.accounts.setCredit('12345', 0),
    code: 1009,
  },
  {
    name: 'an unparseable timeToSend is 1009',
    params: { timeToSend: 'next tuesday' },
    code: 1009,
  },
  {
    name: 'an impossible date in timeToSend is 1009',
    params: { timeToSend: '2030-02-30 10:00' },
    code: 1009,
  },
  {
    name: 'credit below parts x numbers is 1004 when the profile answers it at the top level',
    params: { mobile: '254712345678,254733123456' },
    setup: (m) => {
      m.accounts.setCredit('12345', 1)
      m.profile.set({ lowCredit: 'top-level' })
    },
    code: 1004,
  },
]

describe.each(['GET', 'POST'] as const)('sendsms over %s', (method) => {
  it.each(cases)('$name', async ({ params, setup, code }) => {
    const body = await answer(sendRequest(method, paramsWith(params)), setup)
    expect(validateSendSmsResponse(body).errors).toEqual([])
    expect(body).toEqual({
      'response-code': code,
      'response-description': RESPONSE_CODES[code as keyof typeof RESPONSE_CODES],
    })
  })

  it('accepts exactly 1000 numbers', async () => {
    const body = await send(method, paramsWith({ mobile: thousandAndOne.slice(1).join(',') }))
    expect(validateSendSmsResponse(body).errors).toEqual([])
    expect(rowsOf(body)).toHaveLength(1000)
  })

  it('answers one row per number in request order, duplicates kept', async () => {
    const mobile = '0712345678, +255712345678,07123,0733-123-456,0712345678'
    const body = await send(method, paramsWith({ mobile }))
    expect(validateSendSmsResponse(body).errors).toEqual([])
    expect(rowsOf(body)).toEqual([
      {
        'response-code': 200,
        'response-description': 'Success',
        mobile: 254712345678,
        messageid: 100000001,
        networkid: 1,
      },
      {
        'response-code': 1002,
        'response-description': 'Network not allowed',
        mobile: '+255712345678',
      },
      { 'response-code': 1003, 'response-description': 'Invalid mobile number', mobile: '07123' },
      {
        'response-code': 200,
        'response-description': 'Success',
        mobile: 254733123456,
        messageid: 100000002,
        networkid: 2,
      },
      {
        'response-code': 200,
        'response-description': 'Success',
        mobile: 254712345678,
        messageid: 100000003,
        networkid: 1,
      },
    ])
  })

  it('answers credit below parts x numbers with a 1004 row per number it would have sent', async () => {
    const body = await answer(
      sendRequest(method, paramsWith({ mobile: '254712345678,+255712345678,0733123456' })),
      (m) => m.accounts.setCredit('12345', 1.5),
    )
    expect(validateSendSmsResponse(body).errors).toEqual([])
    const description = 'Low credit units to send message, Current balance 1.50, Required 2'
    expect(body).toEqual({
      responses: [
        { 'response-code': 1004, 'response-description': description, mobile: '254712345678' },
        {
          'response-code': 1002,
          'response-description': 'Network not allowed',
          mobile: '+255712345678',
        },
        { 'response-code': 1004, 'response-description': description, mobile: '0733123456' },
      ],
    })
  })

  it('answers the trailing-slash path directly', async () => {
    const body = await send(method, paramsWith({}), `${SEND_PATH}/`)
    expect(validateSendSmsResponse(body).errors).toEqual([])
    expect(codeOf(rowsOf(body)[0] ?? {})).toBe(200)
  })
})

describe('sendsms methods', () => {
  it.each(['PUT', 'PATCH', 'DELETE', 'OPTIONS'])('answers %s with 1010', async (method) => {
    const body = await answer({ method, target: SEND_PATH })
    expect(validateSendSmsResponse(body).errors).toEqual([])
    expect(body).toEqual({
      'response-code': 1010,
      'response-description': 'Unsupported request type',
    })
  })

  it('answers HEAD without sending anything', async () => {
    const { target } = sendRequest('GET', paramsWith({}))
    const raw = await answerEveryWay(ways, { method: 'HEAD', target })
    expect(raw.status).toBe(200)
    expect(raw.body).toBe('')
    for (const way of ways) expect(way.mock.journal.size).toBe(0)
  })

  it('checks the method before the body', async () => {
    const body = await answer({
      method: 'PUT',
      target: `${SEND_PATH}/`,
      headers: [['content-type', 'text/plain']],
      body: 'x'.repeat(2 * 1024 * 1024),
    })
    expect(codeOf(body)).toBe(1010)
  })

  it('answers a CORS preflight with 204 and the allow headers', async () => {
    const raw = await answerEveryWay(ways, {
      method: 'OPTIONS',
      target: SEND_PATH,
      headers: [
        ['origin', 'http://app.test'],
        ['access-control-request-method', 'POST'],
        ['access-control-request-headers', 'content-type'],
      ],
    })
    expect(raw).toEqual({
      status: 204,
      headers: {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET,POST',
        'access-control-allow-headers': 'content-type',
        'access-control-max-age': '600',
        vary: 'Access-Control-Request-Headers',
      },
      body: '',
    })
  })

  it('sends the CORS origin header on ordinary answers', async () => {
    const raw = await answerEveryWay(ways, {
      method: 'GET',
      target: SEND_PATH,
      headers: [['origin', 'http://app.test']],
    })
    expect(raw.headers['access-control-allow-origin']).toBe('*')
  })
})

describe('sendsms bodies that cannot be read', () => {
  const valid = JSON.stringify(paramsWith({}))
  const bodies: [string, string, string | undefined][] = [
    ['bad JSON', '{"apikey": ', 'application/json'],
    ['a JSON string', '"hello"', 'application/json'],
    ['a JSON number', '42', 'application/json'],
    ['JSON null', 'null', 'application/json'],
    ['an empty JSON array', '[]', 'application/json'],
    ['a JSON array of two objects', `[${valid},${valid}]`, 'application/json'],
    ['a JSON array holding a string', '["x"]', 'application/json'],
    [
      'a field that is an object',
      JSON.stringify(paramsWith({})).replace('"Hello from the tests"', '{"a":1}'),
      'application/json',
    ],
    [
      'a field that is a boolean',
      JSON.stringify({ ...paramsWith({}), mobile: true }),
      'application/json',
    ],
    ['an unsupported content type', valid, 'text/plain'],
    ['XML', '<sms/>', 'application/xml'],
    ['no content type', valid, undefined],
    [
      'a body over 1 MiB',
      JSON.stringify({ ...paramsWith({}), message: 'x'.repeat(1024 * 1024) }),
      'application/json',
    ],
  ]

  it.each(bodies)('answers %s with 1009', async (_name, body, type) => {
    const headers: [string, string][] = type ? [['content-type', type]] : []
    const answered = await answer({ method: 'POST', target: SEND_PATH, headers, body })
    expect(validateSendSmsResponse(answered).errors).toEqual([])
    expect(answered).toEqual({
      'response-code': 1009,
      'response-description': 'Unsupported data type',
    })
  })

  it('does not use up an injected fault on an unreadable body', async () => {
    const request: RawRequest = {
      method: 'POST',
      target: SEND_PATH,
      headers: [['content-type', 'application/json']],
      body: '{',
    }
    expect(codeOf(await answer(request, (mock) => mock.faults.push({ code: 4090 })))).toBe(1009)
    for (const way of ways) expect(way.mock.faults.list()).toHaveLength(1)
  })
})
