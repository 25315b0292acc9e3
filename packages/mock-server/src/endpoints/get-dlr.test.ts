/**
 * @module
 * Every row of the mock's decision table for `getdlr`, as GET and as POST, at both path
 * forms, each answered alike in-process, over a socket with the fast path and over a
 * socket through Hono, each answer checked against the OpenAPI document and for its exact
 * body. Messages are sent and the virtual clock advanced through the same way in.
 */
import { loadSpec, validateAnswer } from '@sendsms/spec'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMock, type Mock } from '../create-mock.js'
import { NO_DLR_DESCRIPTION } from '../rules/get-dlr.js'
import { paramsWith, sendRequest } from '../test-support/requests.js'
import { closeWaysIn, openWaysIn, type RawRequest, type WayIn } from '../test-support/ways-in.js'

const DLR_PATH = '/api/services/getdlr'
// 09:00 in East Africa Time.
const START = '2030-01-01T06:00:00.000Z'
const SANDBOX = { apikey: 'sandbox-api-key', partnerID: '12345' }
const OTHER = { partnerID: '777', apikey: 'other-key', shortcodes: ['OTHER'], credit: 100 }

let ways: WayIn[]
beforeAll(async () => {
  ways = await openWaysIn({ clock: { virtual: true, start: START } })
})
afterAll(async () => {
  await closeWaysIn(ways)
  await Promise.all(ways.map((way) => way.mock.close()))
})

type Params = Record<string, string | number | undefined>

function dlrRequest(method: 'GET' | 'POST', params: Params, path = DLR_PATH): RawRequest {
  const defined = Object.fromEntries(
    Object.entries(params).filter(
      (pair): pair is [string, string | number] => pair[1] !== undefined,
    ),
  )
  return sendRequest(method, defined, path)
}

function jsonPost(target: string, body: unknown): RawRequest {
  return {
    method: 'POST',
    target,
    headers: [['content-type', 'application/json']],
    body: JSON.stringify(body),
  }
}

/** What happens before the getdlr request, through the way in itself. */
interface Preparation {
  setup?: (mock: Mock) => void
  /** sendsms requests (POST), in order; the first accepted number gets 100000001. */
  sends?: Params[]
  advance?: string
}

/**
 * Resets each way's mock, prepares it through that way, sends `request` and expects the
 * same answer from every way; returns the parsed body.
 */
async function answer(request: RawRequest, prep: Preparation = {}): Promise<unknown> {
  const bodies: string[] = []
  for (const way of ways) {
    way.mock.reset()
    prep.setup?.(way.mock)
    for (const send of prep.sends ?? []) {
      const sent = await way.send(sendRequest('POST', paramsWith(send)))
      expect(sent.status).toBe(200)
    }
    if (prep.advance !== undefined) {
      const moved = await way.send(jsonPost('/__mock/clock', { advance: prep.advance }))
      expect(moved.status).toBe(200)
    }
    const raw = await way.send(request)
    expect(raw.status).toBe(200)
    expect(raw.headers['content-type']).toBe('application/json')
    bodies.push(raw.body)
  }
  for (let i = 1; i < ways.length; i++) {
    expect(bodies[i], `${ways[i]?.name} answers as ${ways[0]?.name}`).toBe(bodies[0])
  }
  return JSON.parse(bodies[0] as string)
}

const NO_DLR = { 'response-code': 1009, 'response-description': 'No dlr' }

function report(fields: Record<string, string | number>) {
  return {
    'response-code': 200,
    'message-id': '100000001',
    'response-description': 'Success',
    ...fields,
  }
}

interface Case {
  name: string
  params: Params
  prep?: Preparation
  body: unknown
}

const first = { ...SANDBOX, messageID: '100000001' }

const cases: Case[] = [
  {
    name: 'an injected fault answers its code',
    params: first,
    prep: { setup: (m) => m.faults.push({ code: 4090 }) },
    body: {
      'response-code': 4090,
      'response-description': 'Internal Error. Try again after 5 minutes',
    },
  },
  {
    name: 'a missing apikey is 4092',
    params: { ...first, apikey: undefined },
    body: { 'response-code': 4092, 'response-description': 'No API KEY Provided' },
  },
  {
    name: 'an empty apikey is 4092',
    params: { ...first, apikey: '' },
    body: { 'response-code': 4092, 'response-description': 'No API KEY Provided' },
  },
  {
    name: 'a missing partnerID is 4091',
    params: { ...first, partnerID: undefined },
    body: { 'response-code': 4091, 'response-description': 'No Partner ID is Set' },
  },
  {
    name: 'a wrong apikey is 1006',
    params: { ...first, apikey: 'not-the-key' },
    prep: { sends: [{}] },
    body: { 'response-code': 1006, 'response-description': 'Invalid credentials' },
  },
  {
    name: 'an unknown partnerID is 1006',
    params: { ...first, partnerID: '99999' },
    body: { 'response-code': 1006, 'response-description': 'Invalid credentials' },
  },
  {
    name: 'a missing messageID is no report',
    params: { ...SANDBOX },
    prep: { sends: [{}], advance: '1m' },
    body: NO_DLR,
  },
  {
    name: 'an empty messageID is no report',
    params: { ...SANDBOX, messageID: '' },
    prep: { sends: [{}], advance: '1m' },
    body: NO_DLR,
  },
  {
    name: 'a messageID that is not a number is no report',
    params: { ...SANDBOX, messageID: 'abc' },
    prep: { sends: [{}], advance: '1m' },
    body: NO_DLR,
  },
  {
    name: 'an id never sent is no report',
    params: { ...SANDBOX, messageID: '100000002' },
    prep: { sends: [{}], advance: '1m' },
    body: NO_DLR,
  },
  {
    name: 'a message of another account is no report',
    params: first,
    prep: {
      setup: (m) => m.accounts.upsert(OTHER),
      sends: [{ partnerID: OTHER.partnerID, apikey: OTHER.apikey, shortcode: 'OTHER' }],
      advance: '1m',
    },
    body: NO_DLR,
  },
  {
    name: 'a message still scheduled is no report',
    params: first,
    prep: { sends: [{ timeToSend: '2030-01-01 12:00' }], advance: '1m' },
    body: NO_DLR,
  },
  {
    name: 'a message just sent is SentToNetwork',
    params: first,
    prep: { sends: [{}] },
    body: report({
      'delivery-status': 8,
      'delivery-description': 'SentToNetwork',
      'delivery-tat': '00:00:00',
      'delivery-networkid': 1,
      'delivery-time': '2030-01-01 09:00:00',
    }),
  },
  {
    name: 'a delivered message reports its time and turnaround',
    params: first,
    prep: { sends: [{}], advance: '1m' },
    body: report({
      'delivery-status': 32,
      'delivery-description': 'DeliveredToTerminal',
      'delivery-tat': '00:00:20',
      'delivery-networkid': 1,
      'delivery-time': '2030-01-01 09:00:20',
    }),
  },
  {
    name: 'a messageID given as a JSON number is read',
    params: { ...SANDBOX, messageID: 100000001 },
    prep: { sends: [{}], advance: '1m' },
    body: report({
      'delivery-status': 32,
      'delivery-description': 'DeliveredToTerminal',
      'delivery-tat': '00:00:20',
      'delivery-networkid': 1,
      'delivery-time': '2030-01-01 09:00:20',
    }),
  },
  {
    name: 'a partnerID given as a JSON number is read',
    params: { ...first, partnerID: 12345 },
    prep: { sends: [{}], advance: '1m' },
    body: report({
      'delivery-status': 32,
      'delivery-description': 'DeliveredToTerminal',
      'delivery-tat': '00:00:20',
      'delivery-networkid': 1,
      'delivery-time': '2030-01-01 09:00:20',
    }),
  },
  {
    name: 'an absent subscriber is reported a day later',
    params: first,
    prep: { sends: [{ mobile: '0700000002' }], advance: '24h' },
    body: report({
      'delivery-status': 2,
      'delivery-description': 'AbsentSubscriber',
      'delivery-tat': '18:02:32',
      'delivery-networkid': 1,
      'delivery-time': '2030-01-02 03:02:32',
    }),
  },
  {
    name: 'an Airtel failure is Unknown, on network 2',
    params: first,
    prep: { sends: [{ mobile: '254730000005' }], advance: '10m' },
    body: report({
      'delivery-status': 4,
      'delivery-description': 'Unknown',
      'delivery-tat': '00:09:32',
      'delivery-networkid': 2,
      'delivery-time': '2030-01-01 09:09:32',
    }),
  },
]

describe.each(['GET', 'POST'] as const)('getdlr over %s', (method) => {
  describe.each([DLR_PATH, `${DLR_PATH}/`])('at %s', (path) => {
    it.each(cases)('$name', async ({ params, prep, body }) => {
      const answered = await answer(dlrRequest(method, params, path), prep)
      expect(validateAnswer(path, method, answered).errors).toEqual([])
      expect(answered).toEqual(body)
    })
  })
})

describe('getdlr methods', () => {
  it.each(['PUT', 'DELETE'])('answers %s with 1010', async (method) => {
    const answered = await answer({ method, target: DLR_PATH })
    expect(answered).toEqual({
      'response-code': 1010,
      'response-description': 'Unsupported request type',
    })
  })
})

describe('getdlr "no report" code', () => {
  it('uses the description of the spec example code-1009-no-dlr', () => {
    const examples = loadSpec().components.responses.DeliveryReportAnswer?.content[
      'application/json'
    ]?.examples as Record<string, { value: Record<string, unknown> }>
    expect(examples['code-1009-no-dlr']?.value).toEqual({
      'response-code': 1009,
      'response-description': NO_DLR_DESCRIPTION,
    })
  })

  it.each([
    [undefined, NO_DLR],
    [1009, NO_DLR],
    [1008, { 'response-code': 1008, 'response-description': 'No Delivery Report' }],
  ] as const)('answers noReportCode %s as the option says', async (noReportCode, body) => {
    const mock = createMock(noReportCode === undefined ? {} : { noReportCode })
    const res = await mock.app.request(`${DLR_PATH}?${new URLSearchParams({ ...first })}`)
    const answered = await res.json()
    expect(validateAnswer(DLR_PATH, 'GET', answered).errors).toEqual([])
    expect(answered).toEqual(body)
  })

  it('refuses a code other than 1008 or 1009', () => {
    expect(() => createMock({ noReportCode: 1005 as never })).toThrow(/1008 or 1009/)
  })

  it('answers no report for a message the journal let go', async () => {
    const mock = createMock({ journalLimit: 1, clock: { virtual: true, start: START } })
    const send = sendRequest('GET', paramsWith({ mobile: '0712345678,0733123456' }))
    await mock.app.request(send.target)
    await mock.clock.advance('1m')
    const ask = async (messageID: string) =>
      (
        await mock.app.request(`${DLR_PATH}?${new URLSearchParams({ ...SANDBOX, messageID })}`)
      ).json()
    expect(await ask('100000001')).toEqual(NO_DLR)
    expect(await ask('100000002')).toMatchObject({ 'delivery-description': 'DeliveredToTerminal' })
  })
})

describe('getdlr message ids', () => {
  async function reportFor(messageID: string) {
    const mock = createMock({ clock: { virtual: true, start: START } })
    await mock.app.request(sendRequest('GET', paramsWith({})).target)
    await mock.clock.advance('1m')
    const query = new URLSearchParams({ ...SANDBOX, messageID })
    return (await mock.app.request(`${DLR_PATH}?${query}`)).json()
  }

  it('reads an id with spaces around it', async () => {
    expect(await reportFor(' 100000001 ')).toMatchObject({
      'message-id': '100000001',
      'delivery-description': 'DeliveredToTerminal',
    })
  })

  it.each(['+100000001', '100000001.0', '1.00000001e8', '0x5F5E101'])(
    'answers %s with no report: only digits make a message id',
    async (messageID) => {
      expect(await reportFor(messageID)).toEqual(NO_DLR)
    },
  )
})
