/**
 * @module
 * Every row of the mock's decision table for `sendbulk` (POST only), on both path forms,
 * each answered alike in-process, over the fast path and through Hono, each answer checked
 * against the spec's operation and for its exact body: the first item's credentials
 * speaking for all, one row per item in order with its `clientsmsid`, the list limit, and
 * credit per item and part, all or nothing.
 */
import { validateAnswer } from '@sendsms/spec'
import { RESPONSE_CODES } from '@sendsms/wire'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Mock } from '../create-mock.js'
import { bulkItem, bulkRequest, pathOf, requestTo } from '../test-support/endpoint-requests.js'
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
  const body = JSON.parse(raw.body) as Record<string, unknown>
  expect(validateAnswer(pathOf('sendbulk'), 'POST', body).errors).toEqual([])
  return body
}

const refused = (code: keyof typeof RESPONSE_CODES) => ({
  'response-code': code,
  'response-description': RESPONSE_CODES[code],
})
const success = (mobile: string, messageid: string, clientsmsid: unknown, networkid = 1) => ({
  'response-code': 200,
  'response-description': 'Success',
  mobile,
  messageid,
  ...(clientsmsid === undefined ? {} : { clientsmsid }),
  networkid,
})
const row = (code: 1002 | 1003 | 4093, mobile: string, clientsmsid?: unknown) => ({
  ...refused(code),
  mobile,
  ...(clientsmsid === undefined ? {} : { clientsmsid }),
})
const many = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    bulkItem({ mobile: `2547${String(i).padStart(8, '0')}`, clientsmsid: i }),
  )

interface Case {
  name: string
  request: RawRequest
  setup?: (mock: Mock) => void
  body: Record<string, unknown>
}

const cases: Case[] = [
  {
    name: 'answers one row per item in order, mobile and messageid as strings, clientsmsid echoed',
    request: bulkRequest([
      bulkItem({ clientsmsid: 1001, message: 'Your order 1001 has shipped' }),
      bulkItem({ clientsmsid: 1002, mobile: '0733123456', message: 'Your order 1002 has shipped' }),
    ]),
    body: {
      responses: [
        success('254712345678', '100000001', 1001),
        success('254733123456', '100000002', 1002, 2),
      ],
    },
  },
  {
    name: 'gives each item its own row: a bad number, another country, no message, no clientsmsid',
    request: bulkRequest([
      bulkItem({ clientsmsid: 1 }),
      bulkItem({ clientsmsid: 2, mobile: '07123' }),
      bulkItem({ clientsmsid: 'A-3', mobile: '+255712345678' }),
      bulkItem({ clientsmsid: 4, message: '   ' }),
      bulkItem({ clientsmsid: undefined, mobile: 254733123456 }),
      bulkItem({ clientsmsid: 6, mobile: '0712345678,0733123456' }),
      bulkItem({ clientsmsid: 7, mobile: undefined }),
    ]),
    body: {
      responses: [
        success('254712345678', '100000001', 1),
        row(1003, '07123', 2),
        row(1002, '+255712345678', 'A-3'),
        row(4093, '254712345678', 4),
        success('254733123456', '100000002', undefined, 2),
        row(1003, '0712345678,0733123456', 6),
        row(1003, '', 7),
      ],
    },
  },
  {
    name: 'lets the first item speak for all: later items may carry other credentials',
    request: bulkRequest([
      bulkItem(),
      bulkItem({ apikey: 'another-key', partnerID: '99', shortcode: 'OTHER', clientsmsid: 2 }),
      bulkItem({ apikey: undefined, partnerID: undefined, shortcode: undefined, clientsmsid: 3 }),
    ]),
    body: {
      responses: [
        success('254712345678', '100000001', 1),
        success('254712345678', '100000002', 2),
        success('254712345678', '100000003', 3),
      ],
    },
  },
  {
    name: 'answers a row per item it would have sent when credit is short, with what it needed',
    request: bulkRequest([
      bulkItem({ message: 'x'.repeat(200) }),
      bulkItem({ mobile: '07', clientsmsid: 2 }),
      bulkItem({ clientsmsid: 'A-3', mobile: '0733123456' }),
    ]),
    setup: (m) => m.accounts.setCredit('12345', 2),
    body: {
      responses: [
        {
          'response-code': 1004,
          'response-description':
            'Low credit units to send message, Current balance 2.00, Required 3',
          mobile: '254712345678',
          clientsmsid: 1,
        },
        row(1003, '07', 2),
        {
          'response-code': 1004,
          'response-description':
            'Low credit units to send message, Current balance 2.00, Required 3',
          mobile: '0733123456',
          clientsmsid: 'A-3',
        },
      ],
    },
  },
  {
    name: 'answers the top-level 1004 when the profile answers low credit so',
    request: bulkRequest([bulkItem(), bulkItem()]),
    setup: (m) => {
      m.accounts.setCredit('12345', 1)
      m.profile.set({ lowCredit: 'top-level' })
    },
    body: refused(1004),
  },
  {
    name: 'an injected fault answers its code',
    request: bulkRequest([bulkItem()]),
    setup: (m) => m.faults.push({ code: 4090 }),
    body: refused(4090),
  },
  { name: 'an empty list is 4093', request: bulkRequest([]), body: refused(4093) },
  { name: 'a missing list is 4093', request: bulkRequest(undefined), body: refused(4093) },
  {
    name: "the first item's missing apikey is 4092",
    request: bulkRequest([bulkItem({ apikey: undefined }), bulkItem()]),
    body: refused(4092),
  },
  {
    name: "the first item's missing partnerID is 4091",
    request: bulkRequest([bulkItem({ partnerID: '' }), bulkItem()]),
    body: refused(4091),
  },
  {
    name: "the first item's wrong apikey is 1006, whatever the others carry",
    request: bulkRequest([bulkItem({ apikey: 'wrong' }), bulkItem()]),
    body: refused(1006),
  },
  {
    name: "the first item's unassigned shortcode is 1001",
    request: bulkRequest([bulkItem({ shortcode: 'sandbox' }), bulkItem()]),
    body: refused(1001),
  },
  {
    name: 'bad credentials are reported before a bad shortcode',
    request: bulkRequest([bulkItem({ partnerID: 12399, shortcode: 'OTHER' })]),
    body: refused(1006),
  },
  {
    name: 'more than 1000 items is 1012',
    request: bulkRequest(many(1001)),
    body: refused(1012),
  },
  {
    name: 'an item whose mobile is a boolean is 1009',
    request: bulkRequest([bulkItem(), bulkItem({ mobile: true })]),
    body: refused(1009),
  },
  {
    name: 'an item whose clientsmsid is a fraction is 1009',
    request: bulkRequest([bulkItem({ clientsmsid: 1.5 })]),
    body: refused(1009),
  },
  {
    name: 'reads null item fields as absent, and a number with spaces around it as the number',
    request: bulkRequest([
      bulkItem({ clientsmsid: null }),
      bulkItem({ clientsmsid: 2, message: null }),
      bulkItem({ clientsmsid: 3, mobile: ' 07123 ' }),
    ]),
    body: {
      responses: [
        success('254712345678', '100000001', undefined),
        row(4093, '254712345678', 2),
        row(1003, '07123', 3),
      ],
    },
  },
  {
    name: 'an item whose message is an object is 1009',
    request: bulkRequest([bulkItem(), bulkItem({ message: { text: 'Hi' } })]),
    body: refused(1009),
  },
  {
    name: 'an item whose mobile is a number past what JSON can hold is 1009',
    request: {
      ...bulkRequest([bulkItem({ mobile: 'INFINITE' })]),
      body: JSON.stringify({ count: 1, smslist: [bulkItem({ mobile: 'INFINITE' })] }).replace(
        '"INFINITE"',
        '1e999',
      ),
    },
    body: refused(1009),
  },
  {
    name: 'a first item whose partnerID is an object is 1009',
    request: bulkRequest([bulkItem({ partnerID: { id: 12345 } })]),
    body: refused(1009),
  },
  {
    name: 'a first item whose shortcode is a list is 1009',
    request: bulkRequest([bulkItem({ shortcode: ['SANDBOX'] })]),
    body: refused(1009),
  },
  {
    name: 'a first item whose apikey is an object is 1009',
    request: bulkRequest([bulkItem({ apikey: { key: 'x' } })]),
    body: refused(1009),
  },
  {
    name: 'a list of numbers is 1009',
    request: bulkRequest(['254712345678']),
    body: refused(1009),
  },
  {
    name: 'a list sent as form text is 1009',
    request: requestTo(pathOf('sendbulk'), 'POST', { count: 1, smslist: '[]' }, 'form'),
    body: refused(1009),
  },
]

describe.each([false, true])('sendbulk, with a trailing slash: %s', (slash) => {
  it.each(cases)('$name', async ({ request, setup, body }) => {
    const target = request.target.replace(pathOf('sendbulk'), pathOf('sendbulk', slash))
    expect(await answer({ ...request, target }, setup)).toEqual(body)
  })

  it('answers GET with 1010', async () => {
    const answered = await answer({ method: 'GET', target: pathOf('sendbulk', slash) })
    expect(answered).toEqual(refused(1010))
  })
})

describe('sendbulk limits and side effects', () => {
  it('accepts exactly 1000 items', async () => {
    const answered = await answer(bulkRequest(many(1000)))
    const rows = answered.responses as Record<string, unknown>[]
    expect(rows).toHaveLength(1000)
    expect(rows.at(-1)).toEqual(success('254700000999', '100001000', 999))
  })

  it('answers GET with 1010 even with a valid query, sending nothing', async () => {
    const target = `${pathOf('sendbulk')}?smslist=x&count=1`
    expect(await answer({ method: 'GET', target })).toEqual(refused(1010))
    for (const way of ways) expect(way.mock.journal.size).toBe(0)
  })

  it('charges per item and per part, and journals each item with its clientsmsid', async () => {
    const items = [
      bulkItem({ clientsmsid: 11, message: 'GSM-7, one part' }),
      bulkItem({ clientsmsid: '12', message: 'ж'.repeat(71), mobile: '0733123456' }),
      bulkItem({ clientsmsid: undefined, message: '€'.repeat(81) }),
    ]
    await answer(bulkRequest(items))
    for (const way of ways) {
      expect(way.mock.accounts.get('12345')?.credit).toBe(10_000_000 - 1 - 2 - 2)
      expect(way.mock.journal.list()).toEqual([
        expect.objectContaining({
          messageId: '100000001',
          parts: 1,
          clientsmsid: 11,
          endpoint: 'sendbulk',
        }),
        expect.objectContaining({
          messageId: '100000002',
          parts: 2,
          clientsmsid: '12',
          mobile: '254733123456',
        }),
        expect.not.objectContaining({ clientsmsid: expect.anything() }),
      ])
      expect(way.mock.journal.list()[2]).toMatchObject({ parts: 2, message: '€'.repeat(81) })
    }
  })

  it('charges nothing and journals nothing when the credit does not cover every item', async () => {
    await answer(bulkRequest([bulkItem(), bulkItem(), bulkItem()]), (m) =>
      m.accounts.setCredit('12345', 2),
    )
    for (const way of ways) {
      expect(way.mock.accounts.get('12345')?.credit).toBe(2)
      expect(way.mock.journal.size).toBe(0)
    }
  })

  it('sends nothing for a list refused as too long', async () => {
    await answer(bulkRequest(many(1001)))
    for (const way of ways) expect(way.mock.journal.size).toBe(0)
  })
})
