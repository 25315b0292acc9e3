/**
 * @module
 * Integration tests: the real client against the real mock server, in-process through
 * `mock.app.fetch` (no port, except one test over real HTTP), covering sends, schedules,
 * row-level refusals, every top-level error class and the live-service quirks.
 */
import { createMock, type Mock, type MockOptions, SANDBOX_ACCOUNT } from '@sendsms/mock-server'
import { type RunningMock, startMockServer } from '@sendsms/mock-server/node'
import { SANDBOX } from '@sendsms/test-fixtures'
import { afterAll, describe, expect, it } from 'vitest'
import {
  type ApiError,
  type ClientOptions,
  createClient,
  InvalidCredentialsError,
  InvalidRequestError,
  InvalidSenderIdError,
  LowCreditError,
  SystemError,
  TooManyContactsError,
  TryLaterError,
  UnsupportedDataTypeError,
  UnsupportedRequestTypeError,
} from '../index.js'

const NOW = new Date('2030-01-01T00:00:00Z')

function mockWith(options: MockOptions = {}): Mock {
  return createMock({ now: () => NOW, ...options })
}

function clientFor(mock: Mock, options: ClientOptions = SANDBOX) {
  return createClient({
    ...options,
    baseUrl: 'http://mock.test',
    fetch: (input, init) => mock.app.fetch(new Request(input, init)),
    // No environment: it must not fill in credentials a test leaves out on purpose.
    env: false,
  })
}

describe('sending through the mock', () => {
  it('sends to one number over POST and gets the journalled message id', async () => {
    const mock = mockWith()
    const result = await clientFor(mock).sendSms({ to: '0712345678', message: 'Hello' })
    const [entry] = mock.journal.list()
    expect(result.allAccepted).toBe(true)
    expect(result.results).toEqual([
      {
        mobile: '254712345678',
        messageId: entry?.messageId,
        networkId: '1',
        code: 200,
        description: 'Success',
        ok: true,
        status: 'accepted',
      },
    ])
    expect(entry).toMatchObject({ method: 'POST', message: 'Hello', status: 'sent' })
  })

  it.each(['GET', 'POST'] as const)('sends to several numbers over %s', async (method) => {
    const mock = mockWith()
    const message = 'Habari & karibu, 100% sure?'
    const result = await clientFor(mock).sendSms({
      to: ['254712345678', '0733123456,+254770123456'],
      message,
      method,
    })
    expect(result.accepted.map((row) => [row.mobile, row.networkId])).toEqual([
      ['254712345678', '1'],
      ['254733123456', '2'],
      ['254770123456', '3'],
    ])
    const journal = mock.journal.list()
    expect(journal.map((entry) => entry.method)).toEqual([method, method, method])
    expect(journal.map((entry) => entry.message)).toEqual([message, message, message])
  })

  it.each([
    ['a Date', new Date('2030-09-01T15:00:00Z')],
    ['unix seconds', Date.UTC(2030, 8, 1, 15) / 1000],
    ['unix milliseconds', Date.UTC(2030, 8, 1, 15)],
    ['unix seconds as digits', String(Date.UTC(2030, 8, 1, 15) / 1000)],
    ['an EAT string', '2030-09-01 18:00'],
    ['ISO 8601 without an offset', '2030-09-01T18:00'],
    ['ISO 8601 in UTC', '2030-09-01T15:00:00Z'],
  ])('schedules a message given sendAt as %s', async (_, sendAt) => {
    for (const method of ['GET', 'POST'] as const) {
      const mock = mockWith()
      const result = await clientFor(mock).sendSms({
        to: '0712345678',
        message: 'Later',
        sendAt,
        method,
      })
      expect(result.allAccepted).toBe(true)
      expect(mock.journal.list()[0]).toMatchObject({
        status: 'scheduled',
        sendAt: '2030-09-01T15:00:00.000Z',
      })
    }
  })

  it('reports invalid and foreign numbers as rejected rows beside accepted ones', async () => {
    const mock = mockWith()
    const result = await clientFor(mock).sendSms({
      to: '0712345678,07123,+255712345678',
      message: 'Hi',
    })
    expect(result.allAccepted).toBe(false)
    expect(result.accepted.map((row) => row.mobile)).toEqual(['254712345678'])
    expect(
      result.rejected.map((row) => [row.mobile, row.code, row.description, row.messageId]),
    ).toEqual([
      ['07123', 1003, 'Invalid mobile number', undefined],
      ['+255712345678', 1002, 'Network not allowed', undefined],
    ])
    expect(mock.journal.size).toBe(1)
  })
})

describe('top-level errors from the mock', () => {
  const cases: [string, ClientOptions, new (...args: never[]) => ApiError, number][] = [
    ['an unknown apikey', { ...SANDBOX, apiKey: 'wrong-key' }, InvalidCredentialsError, 1006],
    [
      'a shortcode of another case',
      { ...SANDBOX, shortcode: SANDBOX.shortcode.toLowerCase() },
      InvalidSenderIdError,
      1001,
    ],
  ]
  it.each(cases)('rejects %s with its error class', async (_, options, ErrorClass, code) => {
    const mock = mockWith()
    const error = await clientFor(mock, options)
      .sendSms({ to: '0712345678', message: 'Hi' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ErrorClass)
    expect((error as ApiError).code).toBe(code)
    expect(mock.journal.size).toBe(0)
  })

  it.each<[string, ClientOptions, string]>([
    ['no partnerId', { ...SANDBOX, partnerId: undefined }, 'partnerId'],
    ['no apiKey', { ...SANDBOX, apiKey: undefined }, 'apiKey'],
    ['a blank apiKey', { ...SANDBOX, apiKey: ' ' }, 'apiKey'],
    ['no shortcode', { ...SANDBOX, shortcode: undefined }, 'shortcode'],
  ])('refuses %s before the mock sees a request', async (_, options, field) => {
    const mock = mockWith()
    const error = await clientFor(mock, options)
      .sendSms({ to: '0712345678', message: 'Hi' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidRequestError)
    expect(error).toMatchObject({ field })
    expect(mock.journal.size).toBe(0)
  })

  it('reads low credit, answered per recipient by default, as a rejected row', async () => {
    const mock = mockWith({ accounts: [{ ...SANDBOX_ACCOUNT, credit: 0 }] })
    const result = await clientFor(mock).sendSms({ to: '0712345678', message: 'Hi' })
    expect(result.allAccepted).toBe(false)
    expect(result.rejected).toEqual([
      expect.objectContaining({ code: 1004, ok: false, messageId: undefined }),
    ])
    expect(result.rejected[0]?.description).toMatch(/low credit/i)
    expect(mock.journal.size).toBe(0)
  })

  it('rejects low credit answered at the top level with LowCreditError', async () => {
    const mock = mockWith({
      accounts: [{ ...SANDBOX_ACCOUNT, credit: 0 }],
      profile: { base: 'docs', lowCredit: 'top-level' },
    })
    const error = await clientFor(mock)
      .sendSms({ to: '0712345678', message: 'Hi' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(LowCreditError)
    expect((error as ApiError).code).toBe(1004)
  })

  it.each([
    [1104, TooManyContactsError],
    [4090, TryLaterError],
    [1005, SystemError],
    [1007, SystemError],
    [1009, UnsupportedDataTypeError],
    [1010, UnsupportedRequestTypeError],
  ] as const)('rejects an injected %s fault with its error class', async (code, ErrorClass) => {
    const mock = mockWith()
    mock.faults.push({ code })
    const client = clientFor(mock)
    const error = await client.sendSms({ to: '0712345678', message: 'Hi' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ErrorClass)
    expect((error as ApiError).code).toBe(code)
    // The fault was used up: the next send goes through.
    await expect(client.sendSms({ to: '0712345678', message: 'Hi' })).resolves.toMatchObject({
      allAccepted: true,
    })
  })
})

describe('live-service quirks', () => {
  it('normalises the misspelled code key and string ids to the same result', async () => {
    const send = { to: '0712345678,07123,0733123456', message: 'Hi' }
    const plain = await clientFor(mockWith()).sendSms(send)
    const quirky = await clientFor(
      mockWith({ quirks: { misspelledCodeKey: true, stringIds: true } }),
    ).sendSms(send)
    expect(quirky).toEqual(plain)
    expect(plain.accepted).toHaveLength(2)
  })

  it('still types a top-level error sent with the misspelled key', async () => {
    const mock = mockWith({ quirks: { misspelledCodeKey: true } })
    const error = await clientFor(mock, { ...SANDBOX, apiKey: 'wrong-key' })
      .sendSms({ to: '0712345678', message: 'Hi' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidCredentialsError)
  })
})

describe('over real HTTP', () => {
  let running: RunningMock | undefined

  afterAll(async () => {
    await running?.close()
  })

  it('sends with the global fetch to startMockServer on a random port', async () => {
    running = await startMockServer({ port: 0, host: '127.0.0.1', now: () => NOW })
    const client = createClient({ ...SANDBOX, baseUrl: running.url, env: false })
    const result = await client.sendSms({
      to: '0712345678,07123',
      message: 'Over HTTP',
      method: 'GET',
    })
    expect(result.accepted.map((row) => row.mobile)).toEqual(['254712345678'])
    expect(result.rejected.map((row) => row.code)).toEqual([1003])
    expect(running.mock.journal.list()[0]).toMatchObject({ message: 'Over HTTP', method: 'GET' })
  })
})
