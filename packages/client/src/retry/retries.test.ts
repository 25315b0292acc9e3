/**
 * @module
 * Tests of retries, driven through `createClient` on a virtual clock: only a request that
 * cannot have reached the provider is tried again (a real refused port, and each runtime's
 * shape of "refused"), a 4090 only when asked, never anything that may have been sent; the
 * waits asked of the clock; and an abort during a wait.
 */
import { getEventListeners } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { createClient } from '../create-client.js'
import {
  ConnectionError,
  RequestAbortedError,
  SendSmsError,
  TimeoutError,
  TryLaterError,
  UnexpectedResponseError,
} from '../errors/index.js'
import type { RetryEvent } from '../hooks/types.js'
import type { ClientOptions } from '../options.js'
import { ACCEPTED_BODY, fakeFetch, hangingFetch, jsonResponse } from '../test-support/fake-fetch.js'
import { MAY_HAVE_REACHED, NEVER_REACHED } from '../test-support/fetch-failures.js'
import { virtualClock } from '../test-support/virtual-clock.js'
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, backoffMs } from './backoff.js'

const ACCOUNT = { apiKey: 'test-key', partnerId: '12345', shortcode: 'SANDBOX' }
const SEND = { to: '0712345678', message: 'Hi' }
const TRY_LATER = { 'response-code': 4090, 'response-description': 'Try later' }
const REFUSED = new TypeError('fetch failed', {
  cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4010'), { code: 'ECONNREFUSED' }),
})

function clientWith(fetch: typeof globalThis.fetch, options: ClientOptions = {}) {
  return createClient({ baseUrl: 'http://api.test', ...ACCOUNT, fetch, ...options })
}

// A fetch that fails with `failures` in turn, then answers one accepted row.
function failingThenAccepting(...failures: unknown[]) {
  return fakeFetch(() => {
    const failure = failures.shift()
    return failure === undefined ? jsonResponse(ACCEPTED_BODY) : Promise.reject(failure)
  })
}

async function refusedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

describe('retries of requests that cannot have reached the provider', () => {
  it('tries a refused port three times in all by default, then says nothing was sent', async () => {
    const port = await refusedPort()
    const clock = virtualClock({ random: 0.5 })
    const retries: RetryEvent[] = []
    const error = await createClient({
      baseUrl: `http://127.0.0.1:${port}`,
      ...ACCOUNT,
      clock,
      onRetry: (event) => retries.push(event),
    })
      .sendSms(SEND)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConnectionError)
    expect((error as ConnectionError).mayHaveBeenSent).toBe(false)
    expect((error as Error).message).toMatch(/ECONNREFUSED/)
    // Full jitter at 0.5: half of 500 ms, then half of 1000 ms.
    expect(clock.sleeps).toEqual([250, 500])
    expect(retries.map(({ attempt, delayMs }) => ({ attempt, delayMs }))).toEqual([
      { attempt: 2, delayMs: 250 },
      { attempt: 3, delayMs: 500 },
    ])
    expect(retries[0]?.error).toBeInstanceOf(ConnectionError)
  })

  it.each(NEVER_REACHED)('retries %s, then succeeds', async (_, failure) => {
    const fake = failingThenAccepting(failure)
    const clock = virtualClock()
    const result = await clientWith(fake.fetch, { clock }).sendSms(SEND)
    expect(result.allAccepted).toBe(true)
    expect(fake.requests).toHaveLength(2)
    expect(clock.sleeps).toHaveLength(1)
  })

  it.each(MAY_HAVE_REACHED.filter(([, failure]) => failure !== undefined))(
    'never retries %s, and says it may have been sent',
    async (_, failure) => {
      const fake = failingThenAccepting(failure)
      const clock = virtualClock()
      const error = await clientWith(fake.fetch, { clock })
        .sendSms(SEND)
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ConnectionError)
      expect((error as ConnectionError).mayHaveBeenSent).toBe(true)
      expect(fake.requests).toHaveLength(1)
      expect(clock.sleeps).toEqual([])
    },
  )

  it.each([0, 1, 2, 5])('makes 1 + maxRetries attempts with maxRetries %d', async (maxRetries) => {
    const fake = fakeFetch(() => Promise.reject(REFUSED))
    const clock = virtualClock({ random: 0.999 })
    await expect(clientWith(fake.fetch, { clock, maxRetries }).getBalance()).rejects.toBeInstanceOf(
      ConnectionError,
    )
    expect(fake.requests).toHaveLength(1 + maxRetries)
    expect(clock.sleeps).toEqual(
      Array.from({ length: maxRetries }, (_, i) => backoffMs(i + 1, () => 0.999)),
    )
  })

  it('leaves no abort listener behind after waiting and succeeding', async () => {
    const fake = failingThenAccepting(REFUSED, REFUSED)
    const controller = new AbortController()
    await clientWith(fake.fetch, { clock: virtualClock() }).sendSms({
      ...SEND,
      signal: controller.signal,
    })
    expect(fake.requests).toHaveLength(3)
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
  })

  it('stops retrying at the first success', async () => {
    const fake = failingThenAccepting(REFUSED)
    await clientWith(fake.fetch, { clock: virtualClock(), maxRetries: 5 }).sendSms(SEND)
    expect(fake.requests).toHaveLength(2)
  })

  it('sends the same request again', async () => {
    const fake = failingThenAccepting(REFUSED)
    await clientWith(fake.fetch, { clock: virtualClock() }).sendSms(SEND)
    const [first, second] = await Promise.all(fake.requests.map((r) => r.text()))
    expect(second).toBe(first)
  })

  it.each([
    ['an HTTP 500', () => new Response('oops', { status: 500 }), UnexpectedResponseError],
    ['an HTTP 503', () => new Response('', { status: 503 }), UnexpectedResponseError],
    [
      'a body that is not JSON',
      () => new Response('<html>', { status: 200 }),
      UnexpectedResponseError,
    ],
    ['a 4090 by default', () => jsonResponse(TRY_LATER), TryLaterError],
  ])('never retries %s', async (_, answer, expected) => {
    const fake = fakeFetch(answer)
    const clock = virtualClock()
    const error = await clientWith(fake.fetch, { clock })
      .sendSms(SEND)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(expected)
    expect(fake.requests).toHaveLength(1)
    expect(clock.sleeps).toEqual([])
  })

  it('never retries a timeout', async () => {
    const fake = hangingFetch()
    const clock = virtualClock()
    const error = await clientWith(fake.fetch, { clock, timeoutMs: 5 })
      .sendSms(SEND)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
    expect((error as TimeoutError).mayHaveBeenSent).toBe(true)
    expect(fake.requests).toHaveLength(1)
    expect(clock.sleeps).toEqual([])
  })

  it('never retries a body that fails while it is read', async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.error(new TypeError('terminated'))
      },
    })
    const fake = fakeFetch(() => new Response(body, { status: 200 }))
    const error = await clientWith(fake.fetch, { clock: virtualClock() })
      .sendSms(SEND)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConnectionError)
    expect((error as ConnectionError).mayHaveBeenSent).toBe(true)
    expect(fake.requests).toHaveLength(1)
  })
})

describe('retryTryLater', () => {
  it('waits the 300 s a 4090 asks for, then sends again and succeeds', async () => {
    let answers = [jsonResponse(TRY_LATER)]
    const fake = fakeFetch(() => answers.shift() ?? jsonResponse(ACCEPTED_BODY))
    const clock = virtualClock()
    const retries: RetryEvent[] = []
    const result = await clientWith(fake.fetch, {
      clock,
      retryTryLater: true,
      onRetry: (event) => retries.push(event),
    }).sendSms(SEND)
    expect(result.allAccepted).toBe(true)
    expect(fake.requests).toHaveLength(2)
    expect(clock.sleeps).toEqual([300_000])
    expect(retries).toHaveLength(1)
    expect(retries[0]).toMatchObject({ attempt: 2, delayMs: 300_000 })
    expect(retries[0]?.error).toBeInstanceOf(TryLaterError)
    answers = []
  })

  it('gives up with the TryLaterError after maxRetries waits', async () => {
    const fake = fakeFetch(() => jsonResponse({ 'respose-code': '4090' }))
    const clock = virtualClock()
    const error = await clientWith(fake.fetch, { clock, retryTryLater: true, maxRetries: 1 })
      .getBalance()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TryLaterError)
    expect((error as TryLaterError).mayHaveBeenSent).toBe(false)
    expect(fake.requests).toHaveLength(2)
    expect(clock.sleeps).toEqual([300_000])
  })

  it.each([
    ['another top-level code', jsonResponse({ 'response-code': 1006 })],
    ['a 4090 under HTTP 500', jsonResponse(TRY_LATER, 500)],
    ['a 4090 under HTTP 300', new Response(JSON.stringify(TRY_LATER), { status: 300 })],
    ['a list of rows', jsonResponse([TRY_LATER])],
    ['null', jsonResponse(null)],
    ['a string', jsonResponse('4090')],
    ['a body without a code', jsonResponse({ credit: '1.00' })],
  ])('does not retry %s', async (_, answer) => {
    const fake = fakeFetch(() => answer.clone())
    const clock = virtualClock()
    const failure = await clientWith(fake.fetch, { clock, retryTryLater: true })
      .getBalance()
      .then(
        () => undefined,
        (error: unknown) => error,
      )
    expect(fake.requests).toHaveLength(1)
    expect(clock.sleeps).toEqual([])
    // Whatever the body, the answer is read as usual: never a TypeError from looking for
    // the code in something that is not an object.
    if (failure !== undefined) expect(failure).toBeInstanceOf(SendSmsError)
  })

  it('retries a 4090 under any 2xx status, 299 included', async () => {
    const answers = [new Response(JSON.stringify(TRY_LATER), { status: 299 })]
    const fake = fakeFetch(
      () => answers.shift() ?? jsonResponse({ 'response-code': 200, credit: '1.00' }),
    )
    await clientWith(fake.fetch, { clock: virtualClock(), retryTryLater: true }).getBalance()
    expect(fake.requests).toHaveLength(2)
  })

  it('retries a 4090 as the answer to a row list as well (HTTP 200, top level)', async () => {
    const answers = [jsonResponse(TRY_LATER)]
    const fake = fakeFetch(() => answers.shift() ?? jsonResponse(ACCEPTED_BODY))
    const result = await clientWith(fake.fetch, {
      clock: virtualClock(),
      retryTryLater: true,
    }).sendOtp(SEND)
    expect(result.allAccepted).toBe(true)
  })
})

describe('an abort while waiting to retry', () => {
  it('stops at once with a RequestAbortedError saying nothing was sent', async () => {
    const fake = fakeFetch(() => Promise.reject(REFUSED))
    const clock = virtualClock({ hold: true })
    const controller = new AbortController()
    const reason = new Error('the user left')
    const sending = clientWith(fake.fetch, { clock }).sendSms({
      ...SEND,
      signal: controller.signal,
    })
    await expect.poll(() => clock.sleeps.length).toBe(1)
    controller.abort(reason)
    const error = (await sending.catch((e: unknown) => e)) as RequestAbortedError
    expect(error).toBeInstanceOf(RequestAbortedError)
    expect(error.mayHaveBeenSent).toBe(false)
    expect(error.cause).toBe(reason)
    expect(fake.requests).toHaveLength(1)
  })

  it('stops at once even when the clock ignores the signal', async () => {
    const fake = fakeFetch(() => Promise.reject(REFUSED))
    const sleeps: number[] = []
    const clock = {
      ...virtualClock(),
      sleep: (ms: number) => {
        sleeps.push(ms)
        return new Promise<void>(() => {})
      },
    }
    const controller = new AbortController()
    const sending = clientWith(fake.fetch, { clock }).sendSms({
      ...SEND,
      signal: controller.signal,
    })
    await expect.poll(() => sleeps.length).toBe(1)
    controller.abort()
    await expect(sending).rejects.toBeInstanceOf(RequestAbortedError)
  })

  it("gives a TimeoutError when the caller's AbortSignal.timeout fires during the wait", async () => {
    const fake = fakeFetch(() => Promise.reject(REFUSED))
    const clock = virtualClock({ hold: true })
    const controller = new AbortController()
    const sending = clientWith(fake.fetch, { clock }).sendSms({
      ...SEND,
      signal: controller.signal,
    })
    await expect.poll(() => clock.sleeps.length).toBe(1)
    controller.abort(new DOMException('The operation timed out.', 'TimeoutError'))
    const error = (await sending.catch((e: unknown) => e)) as TimeoutError
    expect(error).toBeInstanceOf(TimeoutError)
    expect(error.mayHaveBeenSent).toBe(false)
  })

  it('goes on to the next attempt when a clock fails to sleep', async () => {
    const fake = failingThenAccepting(REFUSED)
    const clock = { ...virtualClock(), sleep: () => Promise.reject(new Error('broken clock')) }
    const result = await clientWith(fake.fetch, { clock }).sendSms(SEND)
    expect(result.allAccepted).toBe(true)
  })
})

describe('backoffMs', () => {
  it.each([
    [1, 0.5, 250],
    [2, 0.5, 500],
    [3, 0.5, 1000],
    [4, 0.5, 2000],
    [5, 0.5, 4000],
    [6, 0.5, 4000],
    [30, 0.5, 4000],
    [1, 0, 0],
    [1, 0.999, 499],
    [5, 0.999, 7992],
  ])('waits below the ceiling for retry %d at draw %d: %d ms', (retry, draw, expected) => {
    expect(backoffMs(retry, () => draw)).toBe(expected)
  })

  it('starts at 500 ms and is capped at 8 s', () => {
    expect(BACKOFF_BASE_MS).toBe(500)
    expect(BACKOFF_CAP_MS).toBe(8_000)
  })
})
