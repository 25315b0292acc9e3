/**
 * @module
 * Unit tests of `createClient().sendSms` with a fake fetch: the exact request sent,
 * that refused input sends nothing, how each kind of answer surfaces, and options.
 */

import { validateSendSmsRequest } from '@sendsms/spec'
import { LIVE_BASE_URL } from '@sendsms/wire'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createClient } from './create-client.js'
import {
  InvalidCredentialsError,
  InvalidRequestError,
  UnexpectedResponseError,
} from './errors/index.js'
import type { ClientOptions } from './options.js'
import type { SendSmsRequest } from './send-sms/types.js'
import { ACCEPTED_BODY, fakeFetch, jsonResponse } from './test-support/fake-fetch.js'
import { PROCESS_ENV, stubProcessEnv } from './test-support/stub-process-env.js'

const ACCOUNT = { apiKey: 'test-key', partnerId: '12345', shortcode: 'SANDBOX' }
const BASE_URL = 'http://api.test'

function clientWith(fetch: typeof globalThis.fetch, options: ClientOptions = {}) {
  return createClient({ baseUrl: BASE_URL, ...ACCOUNT, fetch, ...options })
}

afterEach(() => {
  vi.unstubAllEnvs()
  vi.unstubAllGlobals()
})

describe('sendSms over POST', () => {
  it('posts a JSON object with the credentials and the comma-joined numbers', async () => {
    const fake = fakeFetch()
    await clientWith(fake.fetch).sendSms({
      to: ['254712345678', '0733123456'],
      message: 'Hello world',
    })
    expect(fake.requests).toHaveLength(1)
    const [request] = fake.requests
    expect(request?.method).toBe('POST')
    expect(request?.url).toBe('http://api.test/api/services/sendsms')
    expect(request?.headers.get('content-type')).toBe('application/json')
    expect(await request?.text()).toBe(
      JSON.stringify({
        apikey: 'test-key',
        partnerID: '12345',
        shortcode: 'SANDBOX',
        message: 'Hello world',
        mobile: '254712345678,0733123456',
      }),
    )
  })

  it('posts a body and a query that the OpenAPI document accepts', async () => {
    const fake = fakeFetch()
    const client = clientWith(fake.fetch)
    const send = { to: '0712345678', message: 'Hi', sendAt: 1914505200 }
    await client.sendSms(send)
    await client.sendSms({ ...send, method: 'GET' })
    const body = await fake.requests[0]?.json()
    const query = Object.fromEntries(new URL(fake.requests[1]?.url ?? '').searchParams)
    expect(validateSendSmsRequest(body)).toEqual({ valid: true, errors: [] })
    expect(validateSendSmsRequest(query)).toEqual({ valid: true, errors: [] })
  })

  it('sends a numeric partnerId as a string', async () => {
    const fake = fakeFetch()
    await clientWith(fake.fetch, { partnerId: 12345 }).sendSms({ to: '0712345678', message: 'Hi' })
    expect(await fake.requests[0]?.json()).toMatchObject({ partnerID: '12345' })
  })

  it('splits comma-separated strings, trims numbers and drops empty entries', async () => {
    const fake = fakeFetch()
    await clientWith(fake.fetch).sendSms({
      to: [' 254712345678 ,, 0733123456', ' '],
      message: 'Hi',
    })
    expect(await fake.requests[0]?.json()).toMatchObject({ mobile: '254712345678,0733123456' })
  })

  it.each([
    ['a Date, in East Africa Time', new Date('2030-09-01T15:00:00Z'), '2030-09-01 18:00'],
    ['unix seconds, as a number', 1914505200, 1914505200],
    ['unix milliseconds, as seconds', 1914505200000, 1914505200],
    ['digits, as a number of seconds', '1914505200', 1914505200],
    ['the provider form', '2030-09-01 18:00', '2030-09-01 18:00'],
    ['ISO 8601 without an offset, in East Africa Time', '2030-09-01T18:00', '2030-09-01 18:00'],
    ['ISO 8601 in UTC, in East Africa Time', '2030-09-01T15:00:00Z', '2030-09-01 18:00'],
  ])('sends sendAt given as %s in timeToSend', async (_, sendAt, expected) => {
    const fake = fakeFetch()
    await clientWith(fake.fetch).sendSms({ to: '0712345678', message: 'Hi', sendAt })
    expect(await fake.requests[0]?.json()).toMatchObject({ timeToSend: expected })
  })

  it('refuses credentials that are not configured before sending', async () => {
    const fake = fakeFetch()
    const sending = createClient({ baseUrl: BASE_URL, fetch: fake.fetch, env: false }).sendSms({
      to: '0712345678',
      message: 'Hi',
    })
    await expect(sending).rejects.toMatchObject({ name: 'InvalidRequestError', field: 'apiKey' })
    expect(fake.requests).toHaveLength(0)
  })

  it('keeps a path prefix of baseUrl and ignores its trailing slash', async () => {
    const fake = fakeFetch()
    await clientWith(fake.fetch, { baseUrl: 'http://api.test/proxy/' }).sendSms({
      to: '0712345678',
      message: 'Hi',
    })
    expect(fake.requests[0]?.url).toBe('http://api.test/proxy/api/services/sendsms')
  })
})

describe('sendSms over GET', () => {
  it('sends the same fields as an encoded query string and no body', async () => {
    const fake = fakeFetch()
    await clientWith(fake.fetch).sendSms({
      to: '254712345678,0733123456',
      message: 'Hello & welcome',
      sendAt: 1914505200,
      method: 'GET',
    })
    const [request] = fake.requests
    expect(request?.method).toBe('GET')
    expect(request?.body).toBeNull()
    expect(request?.url).toBe(
      'http://api.test/api/services/sendsms?apikey=test-key&partnerID=12345&shortcode=SANDBOX' +
        '&message=Hello%20%26%20welcome&mobile=254712345678%2C0733123456&timeToSend=1914505200',
    )
  })
})

describe('input checks', () => {
  const tooMany = Array.from({ length: 1001 }, (_, i) => `2547${String(i).padStart(8, '0')}`)
  const NOT_UNIX = 'sendAt must be a non-negative whole number of unix seconds (or milliseconds)'
  it.each<[string, Partial<SendSmsRequest>, string, string | RegExp]>([
    ['an empty message', { message: '' }, 'message', 'message must not be empty'],
    ['a whitespace message', { message: ' \n\t' }, 'message', 'message must not be empty'],
    [
      'no message',
      { message: undefined as unknown as string },
      'message',
      'message must not be empty',
    ],
    [
      'a message that is a number',
      { message: 42 as unknown as string },
      'message',
      'message must not be empty',
    ],
    ['no numbers', { to: '' }, 'to', 'to must hold at least one number'],
    ['only commas and spaces', { to: [' , ,', ''] }, 'to', 'to must hold at least one number'],
    ['an empty list', { to: [] }, 'to', 'to must hold at least one number'],
    ['an invalid Date', { sendAt: new Date('nope') }, 'sendAt', 'sendAt is an invalid Date'],
    ['a NaN sendAt', { sendAt: Number.NaN }, 'sendAt', NOT_UNIX],
    ['a negative sendAt', { sendAt: -1 }, 'sendAt', NOT_UNIX],
    ['an empty sendAt', { sendAt: '' }, 'sendAt', /^sendAt cannot be read as a time; use /],
    ['an unreadable sendAt', { sendAt: 'tomorrow' }, 'sendAt', /^sendAt cannot be read as a time/],
    ['a fractional sendAt', { sendAt: 1914505200.5 }, 'sendAt', NOT_UNIX],
    ['an unknown method', { method: 'PUT' as 'GET' }, 'method', "method must be 'GET' or 'POST'"],
  ])('refuses %s before sending anything', async (_, change, field, message) => {
    const fake = fakeFetch()
    const request = { to: '0712345678', message: 'Hi', ...change }
    const error = await clientWith(fake.fetch)
      .sendSms(request)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidRequestError)
    expect((error as InvalidRequestError).field).toBe(field)
    expect((error as InvalidRequestError).message).toMatch(message)
    expect(fake.requests).toHaveLength(0)
  })

  it('sends exactly 1000 numbers in one request, and 1001 in two', async () => {
    const fake = fakeFetch()
    await clientWith(fake.fetch).sendSms({ to: tooMany.slice(0, 1000), message: 'Hi' })
    expect(fake.requests).toHaveLength(1)
    await clientWith(fake.fetch).sendSms({ to: tooMany, message: 'Hi' })
    expect(fake.requests).toHaveLength(3)
  })

  const NOT_HTTP = 'baseUrl must be an absolute http(s) URL'
  const NOT_POSITIVE = 'timeoutMs must be a positive number of milliseconds'
  it.each<[string, ClientOptions, string, string]>([
    ['a relative baseUrl', { baseUrl: '/api' }, 'baseUrl', NOT_HTTP],
    ['a non-http baseUrl', { baseUrl: 'ftp://api.test' }, 'baseUrl', NOT_HTTP],
    ['a scheme that only ends in http', { baseUrl: 'xhttp://api.test' }, 'baseUrl', NOT_HTTP],
    ['a zero timeout', { timeoutMs: 0 }, 'timeoutMs', NOT_POSITIVE],
    ['a NaN timeout', { timeoutMs: Number.NaN }, 'timeoutMs', NOT_POSITIVE],
    [
      'a timeout given as text',
      { timeoutMs: '5000' as unknown as number },
      'timeoutMs',
      NOT_POSITIVE,
    ],
  ])('refuses %s before sending anything', async (_, options, field, message) => {
    const fake = fakeFetch()
    const error = await clientWith(fake.fetch, options)
      .sendSms({ to: '0712345678', message: 'Hi' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidRequestError)
    expect((error as InvalidRequestError).field).toBe(field)
    expect((error as InvalidRequestError).message).toBe(message)
    expect(fake.requests).toHaveLength(0)
  })
})

describe('answers', () => {
  it('resolves rows into accepted and rejected recipients', async () => {
    const fake = fakeFetch(() =>
      jsonResponse({
        responses: [
          ...ACCEPTED_BODY.responses,
          {
            'response-code': 1003,
            'response-description': 'Invalid mobile number',
            mobile: '07123',
          },
        ],
      }),
    )
    const result = await clientWith(fake.fetch).sendSms({ to: '254712345678,07123', message: 'Hi' })
    expect(result.allAccepted).toBe(false)
    expect(result.accepted.map((row) => row.messageId)).toEqual(['100000001'])
    expect(result.rejected).toEqual([
      {
        mobile: '07123',
        messageId: undefined,
        networkId: undefined,
        code: 1003,
        description: 'Invalid mobile number',
        ok: false,
        status: 'rejected',
      },
    ])
  })

  it('rejects with the typed error of a top-level code', async () => {
    const fake = fakeFetch(() =>
      jsonResponse({ 'response-code': 1006, 'response-description': 'Invalid credentials' }),
    )
    const error = await clientWith(fake.fetch)
      .sendSms({ to: '0712345678', message: 'Hi' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidCredentialsError)
    expect(error).toMatchObject({ code: 1006, description: 'Invalid credentials' })
  })

  const NOT_JSON = 'The SMS API answered with a body that is not JSON'
  it.each([
    [
      'HTTP 502',
      () => new Response('Bad gateway', { status: 502 }),
      502,
      'The SMS API answered HTTP 502, not 200',
    ],
    [
      'HTTP 300',
      () => jsonResponse(ACCEPTED_BODY, 300),
      300,
      'The SMS API answered HTTP 300, not 200',
    ],
    [
      'HTTP 404 with JSON',
      () => jsonResponse({ error: 'not found' }, 404),
      404,
      'The SMS API answered HTTP 404, not 200',
    ],
    ['an HTML page', () => new Response('<html></html>', { status: 200 }), 200, NOT_JSON],
    ['an empty body', () => new Response(null, { status: 200 }), 200, NOT_JSON],
    [
      'JSON that is not an object',
      () => jsonResponse([ACCEPTED_BODY]),
      200,
      'The SMS API answered JSON that is not an object',
    ],
    [
      'an empty responses list',
      () => jsonResponse({ responses: [] }),
      200,
      'The SMS API answered an empty responses[] list',
    ],
  ])(
    'rejects %s with an UnexpectedResponseError carrying the status',
    async (_, answer, status, message) => {
      const fake = fakeFetch(answer)
      const error = await clientWith(fake.fetch)
        .sendSms({ to: '0712345678', message: 'Hi' })
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(UnexpectedResponseError)
      expect((error as UnexpectedResponseError).status).toBe(status)
      expect((error as UnexpectedResponseError).message).toBe(message)
    },
  )

  it.each([201, 299])(
    'reads the rows of an answer with HTTP %i, a success status',
    async (status) => {
      const fake = fakeFetch(() => jsonResponse(ACCEPTED_BODY, status))
      const result = await clientWith(fake.fetch).sendSms({ to: '0712345678', message: 'Hi' })
      expect(result.accepted.map((row) => row.messageId)).toEqual(['100000001'])
    },
  )
})

describe('options', () => {
  it('reads baseUrl and credentials from ADVANTA_* variables', async () => {
    stubProcessEnv({
      ADVANTA_BASE_URL: 'http://env.test',
      ADVANTA_API_KEY: 'env-key',
      ADVANTA_PARTNER_ID: '999',
      ADVANTA_SHORTCODE: 'ENVCODE',
    })
    const fake = fakeFetch()
    await createClient({ fetch: fake.fetch }).sendSms({ to: '0712345678', message: 'Hi' })
    expect(fake.requests[0]?.url).toBe('http://env.test/api/services/sendsms')
    expect(await fake.requests[0]?.json()).toMatchObject({
      apikey: 'env-key',
      partnerID: '999',
      shortcode: 'ENVCODE',
    })
  })

  it.each(['', '  '])(
    'sends to ADVANTA_BASE_URL, else the live service, for baseUrl %j',
    async (baseUrl) => {
      const fake = fakeFetch()
      const send = { to: '0712345678', message: 'Hi' }
      await clientWith(fake.fetch, {
        baseUrl,
        env: { ADVANTA_BASE_URL: 'http://env.test' },
      }).sendSms(send)
      await clientWith(fake.fetch, { baseUrl, env: false }).sendSms(send)
      expect(fake.requests.map((request) => request.url)).toEqual([
        'http://env.test/api/services/sendsms',
        `${LIVE_BASE_URL}/api/services/sendsms`,
      ])
    },
  )

  it('reads ADVANTA_* from the env it is given, never from process.env', async () => {
    stubProcessEnv(PROCESS_ENV)
    const fake = fakeFetch()
    const env = {
      ADVANTA_BASE_URL: 'http://given.test',
      ADVANTA_API_KEY: 'given-key',
      ADVANTA_PARTNER_ID: '777',
      ADVANTA_SHORTCODE: 'GIVEN',
    }
    await createClient({ fetch: fake.fetch, env }).sendSms({ to: '0712345678', message: 'Hi' })
    const withNone = createClient({ fetch: fake.fetch, env: {}, baseUrl: BASE_URL }).sendSms({
      to: '0712345678',
      message: 'Hi',
    })
    await expect(withNone).rejects.toMatchObject({ field: 'apiKey' })
    expect(fake.requests).toHaveLength(1)
    expect(fake.requests[0]?.url).toBe('http://given.test/api/services/sendsms')
    expect(await fake.requests[0]?.json()).toEqual({
      apikey: 'given-key',
      partnerID: '777',
      shortcode: 'GIVEN',
      message: 'Hi',
      mobile: '0712345678',
    })
  })

  it('lets explicit options win over ADVANTA_* variables', async () => {
    vi.stubEnv('ADVANTA_BASE_URL', 'http://env.test')
    vi.stubEnv('ADVANTA_API_KEY', 'env-key')
    const fake = fakeFetch()
    await clientWith(fake.fetch).sendSms({ to: '0712345678', message: 'Hi' })
    expect(fake.requests[0]?.url).toBe('http://api.test/api/services/sendsms')
    expect(await fake.requests[0]?.json()).toMatchObject({ apikey: 'test-key' })
  })

  it('uses the global fetch current at call time when none is given', async () => {
    const client = createClient({ baseUrl: BASE_URL, ...ACCOUNT })
    const fake = fakeFetch()
    vi.stubGlobal('fetch', fake.fetch)
    const result = await client.sendSms({ to: '0712345678', message: 'Hi' })
    expect(fake.requests).toHaveLength(1)
    expect(result.allAccepted).toBe(true)
  })
})
