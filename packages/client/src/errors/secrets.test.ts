/**
 * @module
 * Tests that the API key never appears in any error the client throws, in any of the
 * ways an error gets printed or serialised, for GET (key in the URL) and POST.
 */
import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { assertAllAccepted } from '../assert-all-accepted.js'
import { createClient, type SmsClient } from '../create-client.js'
import type { SendSmsRequest } from '../send-sms/types.js'
import { fakeFetch, jsonResponse } from '../test-support/fake-fetch.js'
import { safeCause } from './safe-cause.js'

// Characters that URL encoding changes, so encoded copies of the key are caught too: a
// quote survives encodeURIComponent but not a URL parser (`new Request(url).url`).
const API_KEY = "sk live/SECRET+key=42&x'é"
// Written out by hand rather than computed, so the test does not share the redaction code.
const FORMS = [
  API_KEY,
  "sk%20live%2FSECRET%2Bkey%3D42%26x'%C3%A9",
  "sk%20live%2fSECRET%2bkey%3d42%26x'%c3%a9",
  'sk%20live%2FSECRET%2Bkey%3D42%26x%27%C3%A9',
  'sk+live%2FSECRET%2Bkey%3D42%26x%27%C3%A9',
]

function renderings(error: unknown): string[] {
  const e = error as Error
  return [
    String(e),
    e.message,
    e.stack ?? '',
    JSON.stringify(e),
    inspect(e, { depth: 10, showHidden: true }),
  ]
}

function expectNoKey(error: unknown): void {
  expect(error).toBeInstanceOf(Error)
  for (const text of renderings(error)) {
    for (const form of FORMS) expect(text).not.toContain(form)
  }
}

type Answer = (request: Request) => Response | Promise<Response>

const hang: Answer = (request) =>
  new Promise((_, reject) => {
    request.signal.addEventListener('abort', () => reject(new Error(`aborted ${request.url}`)))
  })

const cases: [string, Answer, Partial<SendSmsRequest>][] = [
  ['input refused', () => jsonResponse({}), { message: '' }],
  [
    'a provider error',
    () => jsonResponse({ 'response-code': 1006, 'response-description': 'Invalid credentials' }),
    {},
  ],
  [
    'a non-2xx answer echoing the URL',
    (r) => new Response(`Not found: ${r.url}`, { status: 404 }),
    {},
  ],
  ['a body echoing the URL', (r) => new Response(`<p>${r.url}</p>`), {}],
  [
    'a fetch error quoting the URL',
    (r) => Promise.reject(new Error(`request to ${r.url} failed`)),
    {},
  ],
  [
    'a nested cause quoting the URL',
    (r) => Promise.reject(new TypeError('fetch failed', { cause: new Error(`connect ${r.url}`) })),
    {},
  ],
  ['a fetch error quoting the body', async (r) => Promise.reject(new Error(await r.text())), {}],
  ['a timeout', hang, {}],
]

describe('the API key in errors', () => {
  describe.each(['GET', 'POST'] as const)('over %s', (method) => {
    it.each(cases)('is absent after %s', async (_, answer, change) => {
      const fake = fakeFetch(answer)
      const client = createClient({
        baseUrl: 'http://api.test',
        apiKey: API_KEY,
        partnerId: '1',
        shortcode: 'S',
        fetch: fake.fetch,
        timeoutMs: 20,
      })
      const error = await client
        .sendSms({ to: '0712345678', message: 'Hi', method, ...change })
        .catch((e: unknown) => e)
      expectNoKey(error)
    })
  })

  it('is absent from a PartialFailureError', async () => {
    const fake = fakeFetch(() =>
      jsonResponse({
        responses: [
          { 'response-code': 1003, 'response-description': 'Invalid mobile number', mobile: '07' },
        ],
      }),
    )
    const client = createClient({
      baseUrl: 'http://api.test',
      apiKey: API_KEY,
      partnerId: '1',
      shortcode: 'S',
      fetch: fake.fetch,
    })
    const result = await client.sendSms({ to: '07', message: 'Hi' })
    expectNoKey(
      (() => {
        try {
          assertAllAccepted(result)
        } catch (error) {
          return error
        }
      })(),
    )
  })

  it('is sent in the request all the same', async () => {
    const fake = fakeFetch()
    const client = createClient({
      baseUrl: 'http://api.test',
      apiKey: API_KEY,
      partnerId: '1',
      shortcode: 'S',
      fetch: fake.fetch,
    })
    await client.sendSms({ to: '0712345678', message: 'Hi', method: 'GET' })
    expect(new URL(fake.requests[0]?.url ?? '').searchParams.get('apikey')).toBe(API_KEY)
  })
})

// Every method of the client, each making its one call; those with a method option over
// GET too, where the key travels in the URL.
type Method = 'GET' | 'POST'
const METHODS: [string, Method[], (client: SmsClient, method: Method) => Promise<unknown>][] = [
  [
    'sendSms',
    ['GET', 'POST'],
    (c, method) => c.sendSms({ to: '0712345678', message: 'Hi', method }),
  ],
  [
    'sendOtp',
    ['GET', 'POST'],
    (c, method) => c.sendOtp({ to: '0712345678', message: 'Hi', method }),
  ],
  ['sendHashed', ['POST'], (c) => c.sendHashed({ to: '0712345678', message: 'Hi' })],
  ['sendBulk', ['POST'], (c) => c.sendBulk([{ to: '0712345678', message: 'Hi' }])],
  ['getBalance', ['GET', 'POST'], (c, method) => c.getBalance({ method })],
  ['getDeliveryReport', ['GET', 'POST'], (c, method) => c.getDeliveryReport('1', { method })],
]

describe.each(METHODS)('the API key in errors of %s', (_, methods, call) => {
  describe.each(methods)('over %s', (method) => {
    it.each(cases.filter(([name]) => name !== 'input refused'))(
      'is absent after %s',
      async (_, answer) => {
        const client = createClient({
          baseUrl: 'http://api.test',
          apiKey: API_KEY,
          partnerId: '1',
          shortcode: 'S',
          fetch: fakeFetch(answer).fetch,
          timeoutMs: 20,
        })
        expectNoKey(await call(client, method).catch((e: unknown) => e))
      },
    )
  })
})

describe('safeCause', () => {
  it('keeps a cause that does not mention the secret', () => {
    const cause = new TypeError('fetch failed')
    expect(safeCause(cause, [API_KEY])).toBe(cause)
  })

  it('replaces a cause that mentions the secret with a masked copy of the same name', () => {
    const masked = safeCause(new TypeError(`bad ${API_KEY}`), [API_KEY]) as Error
    expect(masked.name).toBe('TypeError')
    expect(masked.message).toBe('bad [redacted]')
    expectNoKey(masked)
  })

  it('masks a secret found in a non-Error cause', () => {
    const masked = safeCause({ url: `?apikey=${encodeURIComponent(API_KEY)}` }, [API_KEY])
    expectNoKey(masked)
  })

  it('masks a secret found only in a nested cause', () => {
    const cause = new TypeError('fetch failed', { cause: new Error(`connect ${API_KEY}`) })
    const masked = safeCause(cause, [API_KEY]) as Error
    expect(masked).not.toBe(cause)
    expect(masked.cause).toBeUndefined()
    expectNoKey(masked)
  })

  it('masks a secret found only in the stack of a cause', () => {
    const cause = new TypeError('fetch failed')
    cause.stack = `TypeError: fetch failed\n    at connect (http://api.test/?apikey=${API_KEY})`
    const masked = safeCause(cause, [API_KEY]) as Error
    expect(masked.message).toBe('fetch failed')
    expect(masked.stack).toBe(
      'TypeError: fetch failed\n    at connect (http://api.test/?apikey=[redacted])',
    )
  })

  it('masks a secret nested deeper than it searches, dropping the whole chain', () => {
    let cause = new Error(`connect ${API_KEY}`)
    for (let i = 0; i < 8; i++) cause = new Error(`layer ${i}`, { cause })
    const masked = safeCause(cause, [API_KEY]) as Error
    expect(masked.message).toBe('layer 7')
    expect(masked.cause).toBeUndefined()
    expectNoKey(masked)
  })

  it('ends on a cause that is its own cause', () => {
    const cause = new Error('loop')
    cause.cause = cause
    const masked = safeCause(cause, [API_KEY]) as Error
    expect(masked).not.toBe(cause)
    expect(masked).toMatchObject({ name: 'Error', message: 'loop' })
    expect(masked.cause).toBeUndefined()
  })

  it('masks a cause that is not an Error as an Error of its text', () => {
    const masked = safeCause(`GET /?apikey=${API_KEY} failed`, [API_KEY]) as Error
    expect(masked).toBeInstanceOf(Error)
    expect(masked.name).toBe('Error')
    expect(masked.message).toBe('GET /?apikey=[redacted] failed')
    expect(masked.stack).toMatch(/^Error: GET \/\?apikey=\[redacted\] failed\n/)
  })

  it('keeps a cause that is not an Error when it does not mention the secret', () => {
    const cause = { code: 'ECONNREFUSED', port: 4010 }
    expect(safeCause(cause, [API_KEY])).toBe(cause)
  })

  it('replaces a cause that cannot be written out, since it cannot be searched', () => {
    const cause: Record<string, unknown> = { url: `http://api.test/?apikey=${API_KEY}` }
    cause.self = cause
    const masked = safeCause(cause, [API_KEY]) as Error
    expect(masked.message).toBe('a cause that cannot be shown')
    expectNoKey(masked)
  })

  it('keeps a cause whose own cause is absent or null, whatever the key spells', () => {
    // 'n' is in the words "null" and "undefined": an absent cause is not that text.
    for (const inner of [undefined, null]) {
      const cause = new Error('x', { cause: inner })
      cause.stack = 'x'
      expect(safeCause(cause, ['n'])).toBe(cause)
    }
  })

  it('keeps every cause when there is no secret', () => {
    const cause = new Error('apikey=')
    expect(safeCause(cause, [])).toBe(cause)
    expect(safeCause(cause, [undefined, ''])).toBe(cause)
  })
})
