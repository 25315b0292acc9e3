/**
 * @module
 * Tests of the client's hooks: what `onRequest`, `onResponse` and `onRetry` are told, that
 * the API key never reaches them in any encoding, and that a hook that throws or rejects
 * changes nothing about the send.
 */
import { describe, expect, it } from 'vitest'
import { createClient } from '../create-client.js'
import { ConnectionError } from '../errors/index.js'
import type { ClientOptions } from '../options.js'
import { ACCEPTED_BODY, fakeFetch, jsonResponse } from '../test-support/fake-fetch.js'
import { virtualClock } from '../test-support/virtual-clock.js'
import { WireRequest } from '../transport/wire-request.js'
import { requestEvent } from './redact-request.js'
import type { RequestEvent, ResponseEvent, RetryEvent } from './types.js'

// A key with characters that percent-encode, JSON-escape and form-encode differently.
const KEY = 'k3y "s/é&c=r+e t'
const ACCOUNT = { apiKey: KEY, partnerId: '12345', shortcode: 'SANDBOX' }
const SEND = { to: '0712345678', message: 'Hi' }

function recorded(options: ClientOptions = {}, fetch = fakeFetch().fetch) {
  const events: { requests: RequestEvent[]; responses: ResponseEvent[]; retries: RetryEvent[] } = {
    requests: [],
    responses: [],
    retries: [],
  }
  const clock = virtualClock()
  const client = createClient({
    baseUrl: 'http://api.test',
    ...ACCOUNT,
    fetch,
    clock,
    onRequest: (event) => {
      events.requests.push(event)
      clock.advance(42)
    },
    onResponse: (event) => events.responses.push(event),
    onRetry: (event) => events.retries.push(event),
    ...options,
  })
  return { client, events, clock }
}

function forms(secret: string): string[] {
  const encoded = encodeURIComponent(secret)
  return [
    secret,
    encoded,
    encoded.toLowerCase(),
    new URLSearchParams({ s: secret }).toString().slice(2),
    JSON.stringify(secret).slice(1, -1),
    'k3y',
  ]
}

describe('onRequest and onResponse', () => {
  it('tell the method, the URL, the body as sent with the key redacted, the attempt, the status and the duration', async () => {
    const fake = fakeFetch(() => jsonResponse(ACCEPTED_BODY, 200))
    const { client, events } = recorded({}, fake.fetch)
    await client.sendSms(SEND)
    const sent = await fake.requests[0]?.text()
    expect(events.requests).toEqual([
      {
        method: 'POST',
        url: 'http://api.test/api/services/sendsms',
        body: sent?.replace(JSON.stringify(KEY).slice(1, -1), '[redacted]'),
        attempt: 1,
      },
    ])
    expect(JSON.parse(events.requests[0]?.body ?? '')).toMatchObject({ apikey: '[redacted]' })
    expect(events.responses).toEqual([{ ...events.requests[0], status: 200, durationMs: 42 }])
  })

  it('tell onResponse about the request when it is the only hook', async () => {
    const fake = fakeFetch(() => jsonResponse(ACCEPTED_BODY, 200))
    const responses: unknown[] = []
    const client = createClient({
      baseUrl: 'http://api.test',
      ...ACCOUNT,
      fetch: fake.fetch,
      onResponse: (event) => responses.push(event),
    })
    await client.sendSms(SEND)
    expect(responses).toEqual([
      expect.objectContaining({ method: 'POST', attempt: 1, status: 200 }),
    ])
    expect(JSON.stringify(responses)).not.toContain(KEY)
  })

  it('redact the key in the query string of a GET', async () => {
    const fake = fakeFetch()
    const { client, events } = recorded({}, fake.fetch)
    await client.sendSms({ ...SEND, method: 'GET' })
    const event = events.requests[0] as RequestEvent
    expect(event.method).toBe('GET')
    expect(event.body).toBeUndefined()
    expect(event.url).toContain('apikey=[redacted]&')
    expect(event.url).toBe(
      (fake.requests[0] as Request).url.replace(/apikey=[^&]*/, 'apikey=[redacted]'),
    )
  })

  it.each(['POST', 'GET'] as const)('never show the key in any form over %s', async (method) => {
    const { client, events } = recorded()
    await client.getBalance({ method }).catch(() => {})
    await client.getDeliveryReport('1', { method }).catch(() => {})
    const shown = JSON.stringify(events)
    for (const form of forms(KEY)) expect(shown).not.toContain(form)
    expect(events.requests).toHaveLength(2)
  })

  it('report an answer of any status', async () => {
    const { client, events } = recorded(
      {},
      fakeFetch(() => new Response('down', { status: 503 })).fetch,
    )
    await client.getBalance().catch(() => {})
    expect(events.responses.map((e) => e.status)).toEqual([503])
  })

  it('number each attempt, and report a retry with its wait and error', async () => {
    const refused = new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })
    let failures = 1
    const fetch = fakeFetch(() =>
      failures-- > 0 ? Promise.reject(refused) : jsonResponse(ACCEPTED_BODY),
    ).fetch
    const { client, events } = recorded({}, fetch)
    await client.sendSms(SEND)
    expect(events.requests.map((e) => e.attempt)).toEqual([1, 2])
    expect(events.responses.map((e) => e.attempt)).toEqual([2])
    expect(events.retries).toHaveLength(1)
    expect(events.retries[0]).toMatchObject({ attempt: 2, delayMs: 250 })
    expect(events.retries[0]?.error).toBeInstanceOf(ConnectionError)
    expect(JSON.stringify(events.retries[0]?.error.message)).not.toContain('k3y')
  })

  it('are not called for a request refused before sending', async () => {
    const { client, events } = recorded()
    await client.sendSms({ to: '', message: 'Hi' }).catch(() => {})
    expect(events).toEqual({ requests: [], responses: [], retries: [] })
  })
})

describe('a hook that fails', () => {
  const throwing = () => {
    throw new Error('logger down')
  }
  const rejecting = () => Promise.reject(new Error('logger down'))

  it.each([
    ['throws', throwing],
    ['rejects', rejecting],
  ])('does not break the send when it %s', async (_, hook) => {
    const fake = fakeFetch()
    const client = createClient({
      baseUrl: 'http://api.test',
      ...ACCOUNT,
      fetch: fake.fetch,
      onRequest: hook,
      onResponse: hook,
    })
    const result = await client.sendSms(SEND)
    expect(result.allAccepted).toBe(true)
    expect(fake.requests).toHaveLength(1)
  })

  it('does not stop a retry when onRetry throws', async () => {
    const refused = new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })
    let failures = 1
    const fake = fakeFetch(() =>
      failures-- > 0 ? Promise.reject(refused) : jsonResponse(ACCEPTED_BODY),
    )
    const client = createClient({
      baseUrl: 'http://api.test',
      ...ACCOUNT,
      fetch: fake.fetch,
      clock: virtualClock(),
      onRetry: throwing,
    })
    expect((await client.sendSms(SEND)).allAccepted).toBe(true)
    expect(fake.requests).toHaveLength(2)
  })
})

describe('requestEvent', () => {
  it('calls a request without a method a GET and one without a string body bodiless', () => {
    const wire = new WireRequest('http://api.test/x?apikey=a%20b', { body: new Uint8Array(1) })
    expect(requestEvent(wire, 3, ['a b'])).toEqual({
      method: 'GET',
      url: 'http://api.test/x?apikey=[redacted]',
      body: undefined,
      attempt: 3,
    })
  })

  it('masks every secret it is given, in the URL and the body', () => {
    const wire = new WireRequest('http://api.test/x?a=one&b=two', {
      method: 'POST',
      body: '{"a":"one","b":"two"}',
    })
    expect(requestEvent(wire, 1, ['one', undefined, 'two'])).toMatchObject({
      method: 'POST',
      url: 'http://api.test/x?a=[redacted]&b=[redacted]',
      body: '{"a":"[redacted]","b":"[redacted]"}',
    })
  })
})
