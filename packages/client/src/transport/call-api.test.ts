/**
 * @module
 * Tests of the transport: any parameters of any call, as a GET query or a POST body,
 * driven through `callApi` itself; then calls that get no answer (refused connections,
 * timeouts and aborts), driven through `createClient().sendSms` with fetches that fail or
 * never answer.
 */
import { getEventListeners } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ENDPOINTS } from '@sendsms/wire'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createClient } from '../create-client.js'
import { ConnectionError, RequestAbortedError, TimeoutError } from '../errors/index.js'
import type { ClientOptions } from '../options.js'
import { fakeFetch, hangingFetch, jsonResponse } from '../test-support/fake-fetch.js'
import { type ApiCall, type CallOptions, callApi, queryString } from './call-api.js'
import { createApi } from './create-api.js'

const ACCOUNT = { apiKey: 'test-key', partnerId: '12345', shortcode: 'SANDBOX' }
const SEND = { to: '0712345678', message: 'Hi' }

afterEach(() => {
  vi.useRealTimers()
})

function clientWith(fetch: typeof globalThis.fetch, options: ClientOptions = {}) {
  return createClient({ baseUrl: 'http://api.test', ...ACCOUNT, fetch, ...options })
}

// Parameters no send has, of every kind the transport must carry unchanged.
const PARAMS = {
  name: 'a b&c=d/é',
  plus: '1+1',
  empty: '',
  phone: 254712345678,
  zero: 0,
  fraction: 1.5,
  huge: 1e21,
}

function transportCall(method: 'GET' | 'POST', change: Partial<CallOptions> = {}): ApiCall {
  const options: CallOptions = { timeoutMs: 1000, signal: undefined, secrets: [], ...change }
  const path = ENDPOINTS.sendsms.path
  return method === 'GET'
    ? { path, method, params: PARAMS, ...options }
    : { path, method, params: PARAMS, ...options }
}

describe('callApi', () => {
  it('sends any parameters as a query string over GET, numbers as their digits', async () => {
    const fake = fakeFetch(() => new Response('answer text', { status: 202 }))
    const api = createApi({ baseUrl: 'http://api.test', fetch: fake.fetch })
    const answer = await callApi(api, transportCall('GET'))
    const [request] = fake.requests
    expect(answer).toEqual({ status: 202, text: 'answer text' })
    expect(request?.method).toBe('GET')
    expect(request?.body).toBeNull()
    expect(request?.headers.get('accept')).toBe('application/json')
    expect(request?.headers.get('content-type')).toBeNull()
    expect(request?.url).toBe(
      'http://api.test/api/services/sendsms?name=a%20b%26c%3Dd%2F%C3%A9&plus=1%2B1&empty=' +
        '&phone=254712345678&zero=0&fraction=1.5&huge=1000000000000000000000',
    )
  })

  it('sends any parameters as one JSON object over POST, numbers as numbers', async () => {
    const fake = fakeFetch(() => jsonResponse({ anything: true }))
    const api = createApi({ baseUrl: 'http://api.test/prefix/', fetch: fake.fetch })
    const answer = await callApi(api, transportCall('POST'))
    const [request] = fake.requests
    expect(answer).toEqual({ status: 200, text: '{"anything":true}' })
    expect(request?.method).toBe('POST')
    expect(request?.url).toBe('http://api.test/prefix/api/services/sendsms')
    expect(request?.headers.get('content-type')).toBe('application/json')
    expect(await request?.text()).toBe(JSON.stringify(PARAMS))
  })

  it('answers an empty text for an answer without a body', async () => {
    const fake = fakeFetch(() => new Response(null, { status: 204 }))
    const api = createApi({ baseUrl: 'http://api.test', fetch: fake.fetch })
    expect(await callApi(api, transportCall('GET'))).toEqual({ status: 204, text: '' })
  })

  it('masks each of its secrets in the error of a failed call', async () => {
    const fake = fakeFetch((request) => Promise.reject(new Error(`no route to ${request.url}`)))
    const api = createApi({ baseUrl: 'http://api.test', fetch: fake.fetch })
    const call = transportCall('GET', { secrets: ['a b&c=d/é', undefined, '1+1'] })
    const error = (await callApi(api, call).catch((e: unknown) => e)) as ConnectionError
    expect(error).toBeInstanceOf(ConnectionError)
    expect(error.message).toContain('name=[redacted]&plus=[redacted]&empty=')
    expect(String((error.cause as Error).message)).not.toContain('%2F%C3%A9')
  })
})

describe('queryString', () => {
  it.each([
    [{}, ''],
    [{ a: 'x' }, '?a=x'],
    [{ n: 254712345678 }, '?n=254712345678'],
    [{ n: 1e21 }, '?n=1000000000000000000000'],
    [{ n: -3, f: 0.25 }, '?n=-3&f=0.25'],
    [{ hashed: true, off: false }, '?hashed=true&off=false'],
    [{ 'a b': 'c&d' }, '?a%20b=c%26d'],
  ])('writes %j as %j', (params, query) => {
    expect(queryString(params)).toBe(query)
  })
})

describe('network failures', () => {
  it('rejects with a ConnectionError keeping the cause when fetch rejects', async () => {
    const cause = new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })
    const fake = fakeFetch(() => Promise.reject(cause))
    const error = await clientWith(fake.fetch)
      .sendSms({ to: '0712345678', message: 'Hi' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConnectionError)
    expect(error).not.toBeInstanceOf(TimeoutError)
    expect((error as ConnectionError).name).toBe('ConnectionError')
    expect((error as ConnectionError).cause).toBe(cause)
  })

  it('rejects with a TimeoutError when no answer comes within timeoutMs', async () => {
    const fake = hangingFetch()
    const error = await clientWith(fake.fetch, { timeoutMs: 10 })
      .sendSms({ to: '0712345678', message: 'Hi' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
    expect(error).toBeInstanceOf(ConnectionError)
    expect((error as Error).name).toBe('TimeoutError')
    expect((error as Error).message).toBe('No answer from the SMS API within 10 ms')
    expect(((error as Error).cause as Error).name).toBe('AbortError')
  })

  it('times out even when fetch ignores the abort signal', async () => {
    const fake = fakeFetch(() => new Promise<Response>(() => {}))
    const error = await clientWith(fake.fetch, { timeoutMs: 10 })
      .sendSms({ to: '0712345678', message: 'Hi' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
  })

  it('rejects with a ConnectionError naming the cause when nothing listens on the port', async () => {
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    await new Promise<void>((resolve) => server.close(() => resolve()))
    const error = await createClient({ baseUrl: `http://127.0.0.1:${port}`, ...ACCOUNT })
      .sendSms({ to: '0712345678', message: 'Hi', method: 'GET' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConnectionError)
    expect((error as Error).message).toMatch(/^Could not reach the SMS API \(.*ECONNREFUSED/)
  })

  it("rejects with a RequestAbortedError, not a ConnectionError, when the caller's signal aborts", async () => {
    const fake = hangingFetch()
    const controller = new AbortController()
    const sending = clientWith(fake.fetch).sendSms({
      to: '0712345678',
      message: 'Hi',
      signal: controller.signal,
    })
    await vi.waitFor(() => expect(fake.requests).toHaveLength(1))
    controller.abort()
    const error = await sending.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RequestAbortedError)
    expect(error).not.toBeInstanceOf(ConnectionError)
    expect((error as RequestAbortedError).name).toBe('RequestAbortedError')
    // The request had been handed to fetch: it may have reached the provider.
    expect((error as RequestAbortedError).mayHaveBeenSent).toBe(true)
  })

  it("rejects with a TimeoutError when the caller's AbortSignal.timeout fires", async () => {
    const fake = hangingFetch()
    const error = await clientWith(fake.fetch)
      .sendSms({ to: '0712345678', message: 'Hi', signal: AbortSignal.timeout(10) })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
  })

  it('sends nothing when the signal is already aborted', async () => {
    const fake = fakeFetch()
    const error = await clientWith(fake.fetch)
      .sendSms({ to: '0712345678', message: 'Hi', signal: AbortSignal.abort() })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RequestAbortedError)
    expect((error as RequestAbortedError).mayHaveBeenSent).toBe(false)
    expect(fake.requests).toHaveLength(0)
  })
})

describe('what a failed call says', () => {
  it.each<[string, unknown, string]>([
    [
      'the causes of a fetch error, three deep',
      new TypeError('fetch failed', {
        cause: new Error('connect ECONNREFUSED 127.0.0.1:4010', {
          cause: new Error('socket closed', { cause: new Error('too deep to show') }),
        }),
      }),
      'Could not reach the SMS API (fetch failed: connect ECONNREFUSED 127.0.0.1:4010: socket closed)',
    ],
    [
      'a cause with a message behind one without',
      new TypeError('', { cause: new Error('other side closed') }),
      'Could not reach the SMS API (other side closed)',
    ],
    ['a failure that is not an Error', 'boom', 'Could not reach the SMS API (network error)'],
  ])('names %s', async (_, failure, message) => {
    const fake = fakeFetch(() => Promise.reject(failure))
    const error = await clientWith(fake.fetch)
      .sendSms(SEND)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConnectionError)
    expect((error as Error).message).toBe(message)
  })

  it("says the caller's signal aborted the call, and keeps its reason", async () => {
    const reason = new Error('the user left')
    const controller = new AbortController()
    const sending = clientWith(hangingFetch().fetch).sendSms({ ...SEND, signal: controller.signal })
    controller.abort(reason)
    const error = (await sending.catch((e: unknown) => e)) as RequestAbortedError
    expect(error.message).toBe("The request was aborted by the caller's signal")
    expect(error.cause).toBe(reason)
    const before = (await clientWith(fakeFetch().fetch)
      .sendSms({ ...SEND, signal: AbortSignal.abort(reason) })
      .catch((e: unknown) => e)) as RequestAbortedError
    expect(before.message).toBe("The request was aborted by the caller's signal")
    expect(before.cause).toBe(reason)
  })

  it("says the caller's own timeout fired", async () => {
    // What AbortSignal.timeout() aborts with, without waiting for it.
    const reason = new DOMException('The operation timed out.', 'TimeoutError')
    const controller = new AbortController()
    const sending = clientWith(hangingFetch().fetch).sendSms({ ...SEND, signal: controller.signal })
    controller.abort(reason)
    const error = (await sending.catch((e: unknown) => e)) as TimeoutError
    expect(error).toBeInstanceOf(TimeoutError)
    expect(error.message).toBe("No answer from the SMS API before the caller's signal timed out")
    expect(error.cause).toBe(reason)
  })

  it('rejects with a RequestAbortedError for an abort whose reason is null', async () => {
    const controller = new AbortController()
    const sending = clientWith(hangingFetch().fetch).sendSms({ ...SEND, signal: controller.signal })
    controller.abort(null)
    const error = (await sending.catch((e: unknown) => e)) as RequestAbortedError
    expect(error).toBeInstanceOf(RequestAbortedError)
    expect(error).not.toBeInstanceOf(TimeoutError)
    expect(error.cause).toBeNull()
  })
})

describe('timeoutMs on the virtual clock', () => {
  // Resolves to what the call came to, or to 'pending' while it is still waiting.
  async function stateAfter(sending: Promise<unknown>, ms: number): Promise<unknown> {
    let state: unknown = 'pending'
    sending.then(
      () => {
        state = 'answered'
      },
      (error: unknown) => {
        state = error
      },
    )
    await vi.advanceTimersByTimeAsync(ms)
    return state
  }

  it.each([2 ** 31, Number.POSITIVE_INFINITY])(
    'waits without a time limit for a timeoutMs of %d, past what a timer can hold',
    async (timeoutMs) => {
      vi.useFakeTimers()
      const controller = new AbortController()
      const sending = clientWith(hangingFetch().fetch, { timeoutMs }).sendSms({
        ...SEND,
        signal: controller.signal,
      })
      expect(await stateAfter(sending, 24 * 3600_000)).toBe('pending')
      controller.abort()
      await expect(sending).rejects.toBeInstanceOf(RequestAbortedError)
    },
  )

  it('holds the longest timeout a timer can hold, 2^31-1 ms', async () => {
    vi.useFakeTimers()
    const timeoutMs = 2 ** 31 - 1
    const sending = clientWith(hangingFetch().fetch, { timeoutMs }).sendSms(SEND)
    expect(await stateAfter(sending, timeoutMs - 1)).toBe('pending')
    expect(await stateAfter(sending, 1)).toBeInstanceOf(TimeoutError)
  })

  it('leaves no timer and no listener behind once answered', async () => {
    vi.useFakeTimers()
    const controller = new AbortController()
    await clientWith(fakeFetch().fetch).sendSms({ ...SEND, signal: controller.signal })
    expect(vi.getTimerCount()).toBe(0)
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
  })
})
