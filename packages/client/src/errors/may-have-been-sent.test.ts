/**
 * @module
 * Tests that every error says whether its message may have been sent, as the README's error
 * table promises: driven through `createClient` for each way a call can fail.
 */
import { describe, expect, it } from 'vitest'
import { createClient } from '../create-client.js'
import {
  ApiError,
  ConnectionError,
  InvalidCallbackError,
  InvalidRequestError,
  PartialFailureError,
  parseDeliveryCallback,
  RequestAbortedError,
  SendSmsError,
  TimeoutError,
  TryLaterError,
  UnexpectedResponseError,
} from '../index.js'
import type { ClientOptions } from '../options.js'
import { fakeFetch, hangingFetch, jsonResponse } from '../test-support/fake-fetch.js'
import { virtualClock } from '../test-support/virtual-clock.js'

const ACCOUNT = { apiKey: 'test-key', partnerId: '12345', shortcode: 'SANDBOX' }
const SEND = { to: '0712345678', message: 'Hi' }

function clientWith(fetch: typeof globalThis.fetch, options: ClientOptions = {}) {
  return createClient({
    baseUrl: 'http://api.test',
    ...ACCOUNT,
    fetch,
    clock: virtualClock(),
    ...options,
  })
}

async function failure(sending: Promise<unknown>): Promise<SendSmsError> {
  const error = await sending.catch((e: unknown) => e)
  expect(error).toBeInstanceOf(SendSmsError)
  return error as SendSmsError
}

describe('mayHaveBeenSent', () => {
  it('is true by default, and as given', () => {
    expect(new SendSmsError('x').mayHaveBeenSent).toBe(true)
    expect(new SendSmsError('x', { mayHaveBeenSent: false }).mayHaveBeenSent).toBe(false)
    expect(new ConnectionError('x').mayHaveBeenSent).toBe(true)
    expect(new ConnectionError('x', { mayHaveBeenSent: false }).mayHaveBeenSent).toBe(false)
    expect(new TimeoutError('x').mayHaveBeenSent).toBe(true)
    expect(new UnexpectedResponseError(502, 'x').mayHaveBeenSent).toBe(true)
    expect(
      new PartialFailureError({ results: [], accepted: [], rejected: [], allAccepted: false })
        .mayHaveBeenSent,
    ).toBe(true)
  })

  it('is false for input refused before sending', async () => {
    const fake = fakeFetch()
    const error = await failure(clientWith(fake.fetch).sendSms({ to: '', message: 'Hi' }))
    expect(error).toBeInstanceOf(InvalidRequestError)
    expect(error.mayHaveBeenSent).toBe(false)
    expect(fake.requests).toHaveLength(0)
  })

  it('is false for a refusal of the whole request by the provider', async () => {
    const fake = fakeFetch(() =>
      jsonResponse({ 'response-code': 1006, 'response-description': 'Invalid credentials' }),
    )
    const error = await failure(clientWith(fake.fetch).sendSms(SEND))
    expect(error).toBeInstanceOf(ApiError)
    expect(error.mayHaveBeenSent).toBe(false)
    expect(new TryLaterError(4090, 'Try later').mayHaveBeenSent).toBe(false)
  })

  it('is false for a delivery callback that could not be read (nothing was sent)', () => {
    let error: unknown
    try {
      parseDeliveryCallback('not a report')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InvalidCallbackError)
    expect((error as InvalidCallbackError).mayHaveBeenSent).toBe(false)
  })

  it('is false for a connection refused before the request left, true for a reset after', async () => {
    const refused = new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })
    const before = await failure(
      clientWith(fakeFetch(() => Promise.reject(refused)).fetch, { maxRetries: 0 }).sendSms(SEND),
    )
    expect(before).toBeInstanceOf(ConnectionError)
    expect(before.mayHaveBeenSent).toBe(false)
    const reset = new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } })
    const after = await failure(
      clientWith(fakeFetch(() => Promise.reject(reset)).fetch).sendSms(SEND),
    )
    expect(after).toBeInstanceOf(ConnectionError)
    expect(after.mayHaveBeenSent).toBe(true)
  })

  it('is true for a timeout', async () => {
    const error = await failure(clientWith(hangingFetch().fetch, { timeoutMs: 5 }).sendSms(SEND))
    expect(error).toBeInstanceOf(TimeoutError)
    expect(error.mayHaveBeenSent).toBe(true)
  })

  it('is false for an abort before the request left, true for one after', async () => {
    const before = await failure(
      clientWith(fakeFetch().fetch).sendSms({ ...SEND, signal: AbortSignal.abort() }),
    )
    expect(before).toBeInstanceOf(RequestAbortedError)
    expect(before.mayHaveBeenSent).toBe(false)
    const fake = hangingFetch()
    const controller = new AbortController()
    const sending = clientWith(fake.fetch).sendSms({ ...SEND, signal: controller.signal })
    await expect.poll(() => fake.requests.length).toBe(1)
    controller.abort()
    const after = await failure(sending)
    expect(after).toBeInstanceOf(RequestAbortedError)
    expect(after.mayHaveBeenSent).toBe(true)
  })

  it("is false for the caller's own timeout before the request left", async () => {
    const reason = new DOMException('The operation timed out.', 'TimeoutError')
    const error = await failure(
      clientWith(fakeFetch().fetch).getBalance({ signal: AbortSignal.abort(reason) }),
    )
    expect(error).toBeInstanceOf(TimeoutError)
    expect(error.mayHaveBeenSent).toBe(false)
  })

  it('is true for an answer that is not the API’s', async () => {
    const error = await failure(
      clientWith(fakeFetch(() => new Response('<html>', { status: 502 })).fetch).sendSms(SEND),
    )
    expect(error).toBeInstanceOf(UnexpectedResponseError)
    expect(error.mayHaveBeenSent).toBe(true)
  })
})
