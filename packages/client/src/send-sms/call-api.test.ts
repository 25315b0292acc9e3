/**
 * @module
 * Tests of sends that get no answer: refused connections, timeouts and aborts, driven
 * through `createClient().sendSms` with fetches that fail or never answer.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { createClient } from '../create-client.js'
import { ConnectionError, TimeoutError } from '../errors/index.js'
import type { ClientOptions } from '../options.js'
import { fakeFetch, hangingFetch } from '../test-support/fake-fetch.js'

const ACCOUNT = { apiKey: 'test-key', partnerId: '12345', shortcode: 'SANDBOX' }

function clientWith(fetch: typeof globalThis.fetch, options: ClientOptions = {}) {
  return createClient({ baseUrl: 'http://api.test', ...ACCOUNT, fetch, ...options })
}

describe('network failures', () => {
  it('rejects with a ConnectionError keeping the cause when fetch rejects', async () => {
    const cause = new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })
    const fake = fakeFetch(() => Promise.reject(cause))
    const error = await clientWith(fake.fetch)
      .sendSms({ to: '0712345678', message: 'Hi' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConnectionError)
    expect(error).not.toBeInstanceOf(TimeoutError)
    expect((error as ConnectionError).cause).toBe(cause)
  })

  it('rejects with a TimeoutError when no answer comes within timeoutMs', async () => {
    const fake = hangingFetch()
    const error = await clientWith(fake.fetch, { timeoutMs: 10 })
      .sendSms({ to: '0712345678', message: 'Hi' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
    expect(error).toBeInstanceOf(ConnectionError)
    expect((error as Error).message).toContain('10 ms')
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

  it("rejects with a ConnectionError, not a timeout, when the caller's signal aborts", async () => {
    const fake = hangingFetch()
    const controller = new AbortController()
    const sending = clientWith(fake.fetch).sendSms({
      to: '0712345678',
      message: 'Hi',
      signal: controller.signal,
    })
    controller.abort()
    const error = await sending.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConnectionError)
    expect(error).not.toBeInstanceOf(TimeoutError)
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
    expect(error).toBeInstanceOf(ConnectionError)
    expect(fake.requests).toHaveLength(0)
  })
})
