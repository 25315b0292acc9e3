/**
 * @module
 * Answer profiles, through the mock's public surface: each drifting field in each type it
 * may take, on the endpoint that answers it; the named profiles' exact answers; every
 * profile's answers valid against the spec; the default profile answering as the rules
 * built it (no copy); and choosing a profile by option, in-process and over the control
 * API, refused when it cannot be read.
 */
import { validateAnswer } from '@sendsms/spec'
import { ENDPOINTS, type EndpointName } from '@sendsms/wire'
import { describe, expect, it } from 'vitest'
import { createMock, type Mock, type MockOptions } from '../../create-mock.js'
import {
  bulkItem,
  bulkRequest,
  CREDENTIALS,
  pathOf,
  requestTo,
  sha256,
} from '../../test-support/endpoint-requests.js'
import { VALID_PARAMS } from '../../test-support/requests.js'
import type { RawRequest } from '../../test-support/ways-in.js'
import { acceptedRow } from '../answers.js'
import { activeProfile, type ProfileChoice } from './active-profile.js'
import {
  ANSWER_FIELD_NAMES,
  ANSWER_FIELDS,
  type AnswerField,
  type FieldType,
} from './answer-fields.js'
import { applyProfile, retypeValue } from './apply-profile.js'
import { PROFILE_NAMES } from './named-profiles.js'

const START = '2030-01-01T06:00:00.000Z'

/** The answer to `request`, checked against the spec's operation for `specMethod`. */
async function call(
  mock: Mock,
  request: RawRequest,
  specMethod = request.method,
): Promise<Record<string, unknown>> {
  const res = await mock.app.request(request.target, {
    method: request.method,
    headers: Object.fromEntries(request.headers ?? []),
    ...(request.body === undefined ? {} : { body: request.body as string }),
  })
  expect(res.status).toBe(200)
  const body = (await res.json()) as Record<string, unknown>
  const path = new URL(request.target, 'http://mock').pathname
  expect(validateAnswer(path, specMethod, body).errors).toEqual([])
  return body
}

function mockWith(options: MockOptions = {}): Mock {
  return createMock({ clock: { virtual: true, start: START }, ...options })
}

const sendsms = requestTo(pathOf('sendsms'), 'POST', VALID_PARAMS)
const sendotp = requestTo(pathOf('sendotp'), 'GET', { ...VALID_PARAMS, mobile: '0733123456' })
const hashed = requestTo(pathOf('sendotp'), 'POST', {
  ...VALID_PARAMS,
  mobile: sha256('254712345678'),
  hashed: true,
})
const sendbulk = bulkRequest([bulkItem({ clientsmsid: '1001' }), bulkItem({ mobile: '07' })])
const getbalance = requestTo(pathOf('getbalance'), 'GET', CREDENTIALS)
const getdlr = requestTo(pathOf('getdlr'), 'POST', { ...CREDENTIALS, messageID: '100000001' })

/** The answer of `endpoint`'s success case, as the first row or the top-level object. */
async function answerOf(mock: Mock, endpoint: EndpointName): Promise<Record<string, unknown>> {
  const requests: Record<EndpointName, RawRequest> = {
    sendsms,
    sendotp,
    sendbulk,
    getbalance,
    getdlr,
  }
  if (endpoint === 'getdlr') {
    await call(mock, sendsms)
    await mock.clock.advance('1h')
  }
  const body = await call(mock, requests[endpoint])
  const rows = body.responses as Record<string, unknown>[] | undefined
  return rows ? (rows[0] as Record<string, unknown>) : body
}

const jsonType = (value: unknown): FieldType | string =>
  typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value

describe('each drifting field in each of its types', () => {
  const table = ANSWER_FIELD_NAMES.flatMap((name) =>
    ANSWER_FIELDS[name].types.map((type) => [name, type] as [AnswerField, FieldType]),
  )

  it.each(table)('answers %s as %s when the profile says so', async (name, type) => {
    const { endpoint, key } = ANSWER_FIELDS[name]
    const field = await answerOf(mockWith({ profile: { types: { [name]: type } } }), endpoint)
    // A credit of 10000000.00 as a number is the integer 10000000.
    expect(jsonType(field[key])).toBe(
      name === 'getbalance.credit' && type === 'number' ? 'integer' : type,
    )
  })

  it.each(ANSWER_FIELD_NAMES)('answers %s in the type the docs show by default', async (name) => {
    const { endpoint, key, docs } = ANSWER_FIELDS[name]
    expect(jsonType((await answerOf(mockWith(), endpoint))[key])).toBe(docs)
  })

  it('types mobile only in accepted rows: a refused row echoes the number as given', async () => {
    const mock = mockWith({
      profile: { types: { 'sendsms.mobile': 'integer', 'sendbulk.mobile': 'integer' } },
    })
    const sms = await call(
      mock,
      requestTo(pathOf('sendsms'), 'GET', {
        ...VALID_PARAMS,
        mobile: '254712345678,255712345678,0712',
      }),
    )
    expect((sms.responses as Record<string, unknown>[]).map((r) => r.mobile)).toEqual([
      254712345678,
      '255712345678',
      '0712',
    ])
    const bulk = await call(
      mock,
      bulkRequest([bulkItem(), bulkItem({ mobile: '07' }), bulkItem({ mobile: '255712345678' })]),
    )
    expect((bulk.responses as Record<string, unknown>[]).map((r) => r.mobile)).toEqual([
      254712345678,
      '07',
      '255712345678',
    ])
  })

  it('keeps a clientsmsid that is not integer text as the string it was', async () => {
    const mock = mockWith({ profile: 'strict-go' })
    const items = [
      bulkItem({ clientsmsid: 'A-7' }),
      bulkItem({ clientsmsid: '007' }),
      bulkItem({ clientsmsid: '8' }),
    ]
    const bulk = await call(mock, bulkRequest(items))
    expect((bulk.responses as Record<string, unknown>[]).map((r) => r.clientsmsid)).toEqual([
      'A-7',
      '007',
      8,
    ])
  })
})

describe('the named profiles', () => {
  it('docs: the types the provider pages show', async () => {
    const mock = mockWith()
    expect(await call(mock, sendsms)).toEqual({
      responses: [
        {
          'response-code': 200,
          'response-description': 'Success',
          mobile: 254712345678,
          messageid: 100000001,
          networkid: 1,
        },
      ],
    })
    expect(await call(mock, sendbulk)).toEqual({
      responses: [
        {
          'response-code': 200,
          'response-description': 'Success',
          mobile: '254712345678',
          messageid: '100000002',
          clientsmsid: 1001,
          networkid: 1,
        },
        {
          'response-code': 1003,
          'response-description': 'Invalid mobile number',
          mobile: '07',
          clientsmsid: 1,
        },
      ],
    })
    expect(await call(mock, getbalance)).toEqual({
      'response-code': 200,
      credit: '9999998.00',
      'partner-id': '12345',
    })
  })

  it('live-capture: respose-code, an integer messageid, networkid "1", low credit as a row', async () => {
    const mock = mockWith({ profile: 'live-capture' })
    expect(await call(mock, sendsms)).toEqual({
      responses: [
        {
          'respose-code': 200,
          'response-description': 'Success',
          mobile: 254712345678,
          messageid: 100000001,
          networkid: '1',
        },
      ],
    })
    mock.accounts.setCredit('12345', 0)
    expect(
      await call(
        mock,
        requestTo(pathOf('sendsms'), 'GET', { ...VALID_PARAMS, mobile: '0708467001' }),
      ),
    ).toEqual({
      responses: [
        {
          'respose-code': 1004,
          'response-description':
            'Low credit units to send message, Current balance 0.00, Required 1',
          mobile: '0708467001',
        },
      ],
    })
    expect(await call(mock, requestTo(pathOf('getbalance'), 'GET', {}))).toEqual({
      'respose-code': 4092,
      'response-description': 'No API KEY Provided',
    })
  })

  it('strict-go: the types a strict Go client decodes', async () => {
    const mock = mockWith({ profile: 'strict-go' })
    expect(await answerOf(mock, 'sendsms')).toEqual({
      'response-code': 200,
      'response-description': 'Success',
      mobile: 254712345678,
      messageid: '100000001',
      networkid: 1,
    })
    expect(await answerOf(mock, 'sendbulk')).toMatchObject({ clientsmsid: 1001 })
    expect(await answerOf(mock, 'getbalance')).toEqual({
      'response-code': 200,
      credit: '9999998.00',
      'partner-id': '12345',
    })
    const report = await answerOf(mockWith({ profile: 'strict-go' }), 'getdlr')
    expect(report).toMatchObject({ 'message-id': '100000001', 'delivery-networkid': 1 })
    expect(typeof report['delivery-status']).toBe('number')
    expect(typeof report['delivery-tat']).toBe('string')
  })

  it('strict-go: spells out every field the Go client decodes, as the control API shows it', () => {
    expect(mockWith({ profile: 'strict-go' }).profile.get()).toEqual({
      base: 'strict-go',
      codeKey: 'response-code',
      lowCredit: 'row',
      types: {
        'sendsms.messageid': 'string',
        'sendsms.mobile': 'integer',
        'sendsms.networkid': 'integer',
        'sendotp.messageid': 'string',
        'sendbulk.messageid': 'string',
        'sendbulk.mobile': 'string',
        'sendbulk.clientsmsid': 'integer',
        'sendbulk.networkid': 'integer',
        'getbalance.credit': 'string',
        'getbalance.partner-id': 'string',
        'getdlr.message-id': 'string',
        'getdlr.delivery-status': 'integer',
        'getdlr.delivery-networkid': 'integer',
      },
    })
  })

  it.each(PROFILE_NAMES)('%s: every answer of every endpoint matches the spec', async (profile) => {
    for (const lowCredit of ['row', 'top-level'] as const) {
      const mock = mockWith({ profile: { base: profile, lowCredit } })
      // `call` validates each answer against its operation.
      for (const request of [sendsms, sendotp, hashed, sendbulk, getbalance, getdlr]) {
        await call(mock, request)
        await call(mock, { ...request, target: request.target.replace(/(services\/\w+)/, '$1/') })
      }
      await mock.clock.advance('25h')
      for (let id = 100000001; id <= 100000010; id++) {
        await call(mock, requestTo(pathOf('getdlr'), 'GET', { ...CREDENTIALS, messageID: id }))
      }
      mock.accounts.setCredit('12345', 0)
      for (const request of [sendsms, sendotp, hashed, sendbulk, getbalance])
        await call(mock, request)
      const wrong = { ...CREDENTIALS, apikey: 'wrong' }
      for (const name of Object.keys(ENDPOINTS) as EndpointName[]) {
        // 1010: checked against the operation the endpoint has.
        const method = name === 'sendbulk' ? 'GET' : 'PUT'
        await call(mock, { method, target: pathOf(name) }, name === 'sendbulk' ? 'POST' : 'GET')
        if (name !== 'sendbulk') await call(mock, requestTo(pathOf(name), 'GET', wrong))
      }
      await call(mock, bulkRequest([bulkItem({ apikey: 'wrong' })]))
    }
  })
})

describe('the default profile', () => {
  it('hands the rules their own answer back, not a copy', () => {
    const answer = { responses: [acceptedRow('254712345678', 100000001, 1)] }
    const docs = activeProfile()
    for (const endpoint of ['sendsms', 'sendotp', 'getbalance', 'getdlr'] as const) {
      expect(applyProfile(docs, endpoint, answer)).toBe(answer)
    }
  })

  it('copies only the rows a profile changes', () => {
    const ok = {
      ...acceptedRow('254712345678', 1, 1),
      messageid: '1',
      mobile: '254712345678',
      clientsmsid: 5,
    }
    const typed = { ...ok, clientsmsid: '6' }
    const out = applyProfile(activeProfile(), 'sendbulk', { responses: [ok, typed] }) as {
      responses: Record<string, unknown>[]
    }
    expect(out.responses[0]).toBe(ok)
    expect(out.responses[1]).toEqual({ ...typed, clientsmsid: 6 })
    expect(Object.keys(out.responses[1] ?? {})).toEqual(Object.keys(typed))
  })
})

describe('retypeValue', () => {
  it.each<[unknown, FieldType, unknown]>([
    [100000001, 'string', '100000001'],
    [254712345678, 'string', '254712345678'],
    ['100000001', 'integer', 100000001],
    ['0', 'integer', 0],
    ['07123', 'integer', '07123'],
    ['+255712345678', 'integer', '+255712345678'],
    ['12345678901234567', 'integer', '12345678901234567'],
    ['1e3', 'integer', '1e3'],
    ['1.5', 'integer', '1.5'],
    ['9007199254740993', 'integer', '9007199254740993'],
    ['545.00', 'number', 545],
    ['545.5', 'number', 545.5],
    ['545', 'number', 545],
    ['5,45', 'number', '5,45'],
    ['already text', 'string', 'already text'],
    [7, 'integer', 7],
  ])('writes %j as %s: %j', (value, type, expected) => {
    expect(retypeValue(value, type)).toStrictEqual(expected)
  })
})

describe('choosing a profile', () => {
  it.each<[string, unknown, RegExp]>([
    ['an unknown name', 'gold', /unknown profile "gold" \(known: docs, live-capture, strict-go\)/],
    ['an unknown setting', { bases: 'docs' }, /unknown setting "bases"/],
    ['an unknown base', { base: 'gold' }, /base must be "docs", "live-capture", "strict-go"/],
    ['an unknown code key', { codeKey: 'code' }, /codeKey must be "response-code", "respose-code"/],
    ['an unknown low-credit form', { lowCredit: 'none' }, /lowCredit must be "row", "top-level"/],
    ['types that are a list', { types: ['x'] }, /types must be an object/],
    ['types that are text', { types: 'sendsms.messageid' }, /types must be an object/],
    ['types that are null', { types: null }, /types must be an object/],
    [
      'an unknown field',
      { types: { 'sendsms.credit': 'string' } },
      /unknown field "sendsms.credit" \(known: sendsms.messageid, sendsms.mobile, /,
    ],
    [
      'a type the field cannot take',
      { types: { 'getbalance.credit': 'integer' } },
      /getbalance.credit must be "string", "number", got "integer"/,
    ],
    ['a number', 7, /profile must be a name/],
    ['null', null, /profile must be a name/],
  ])('refuses %s with a TypeError saying what is wrong', (_name, choice, message) => {
    expect(() => createMock({ profile: choice as ProfileChoice })).toThrow(TypeError)
    expect(() => createMock({ profile: choice as ProfileChoice })).toThrow(message)
  })

  it('lays overrides over a named base', () => {
    const mock = createMock({
      profile: { base: 'live-capture', types: { 'sendsms.networkid': 'integer' } },
    })
    expect(mock.profile.get()).toMatchObject({
      base: 'live-capture',
      codeKey: 'respose-code',
      lowCredit: 'row',
      types: { 'sendsms.networkid': 'integer', 'sendsms.messageid': 'integer' },
    })
  })
})

describe('/__mock/profile', () => {
  async function control(mock: Mock, method: string, body?: unknown, type = 'application/json') {
    const res = await mock.app.request('/__mock/profile', {
      method,
      ...(body === undefined
        ? {}
        : {
            headers: { 'content-type': type },
            body: typeof body === 'string' ? body : JSON.stringify(body),
          }),
    })
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
  }

  it('shows the profile in force, every setting of it', async () => {
    const { status, body } = await control(createMock(), 'GET')
    expect(status).toBe(200)
    expect(body).toEqual({
      profile: {
        base: 'docs',
        codeKey: 'response-code',
        lowCredit: 'row',
        types: Object.fromEntries(
          ANSWER_FIELD_NAMES.map((name) => [name, ANSWER_FIELDS[name].docs]),
        ),
      },
    })
  })

  it('replaces the profile at run time, starting again from the base it names', async () => {
    const mock = createMock()
    const put = await control(mock, 'PUT', { base: 'strict-go', lowCredit: 'top-level' })
    expect(put.status).toBe(200)
    expect(put.body.profile).toMatchObject({ base: 'strict-go', lowCredit: 'top-level' })
    expect((await call(mock, sendsms)).responses).toMatchObject([{ messageid: '100000001' }])
    mock.accounts.setCredit('12345', 0)
    expect(await call(mock, sendsms)).toEqual({
      'response-code': 1004,
      'response-description': 'Low bulk credits',
    })
    await control(mock, 'PUT', { codeKey: 'respose-code' })
    expect((await control(mock, 'GET')).body.profile).toMatchObject({
      base: 'docs',
      lowCredit: 'row',
      codeKey: 'respose-code',
    })
  })

  it('comes back to the start profile on reset', async () => {
    const mock = createMock({ profile: 'live-capture' })
    await control(mock, 'PUT', { base: 'strict-go' })
    await mock.app.request('/__mock/reset', { method: 'POST' })
    expect((await control(mock, 'GET')).body.profile).toMatchObject({ base: 'live-capture' })
  })

  it.each<[string, unknown, string | undefined, number, string]>([
    ['a profile it cannot read', { base: 'gold' }, undefined, 400, 'bad_request'],
    ['a body that is not JSON', '{', undefined, 400, 'bad_request'],
    ['a JSON name rather than an object', '"docs"', undefined, 400, 'bad_request'],
    [
      'a body that is not application/json',
      { base: 'strict-go' },
      'text/plain',
      415,
      'unsupported_media_type',
    ],
  ])('refuses %s and keeps the profile', async (_name, body, type, status, error) => {
    const mock = createMock()
    const put = await control(mock, 'PUT', body, type)
    expect(put).toMatchObject({ status, body: { error } })
    expect(mock.profile.get().base).toBe('docs')
  })

  it('answers only loopback hosts, as every control endpoint', async () => {
    const mock = createMock()
    const res = await mock.app.request('http://mock.example/__mock/profile', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{"base":"strict-go"}',
    })
    expect(res.status).toBe(403)
    expect(mock.profile.get().base).toBe('docs')
  })
})
