/**
 * @module
 * Tests of the per-call `timeoutMs`: it overrides the client's for that call only, on every
 * method, and a bad one is refused before sending.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createClient } from '../create-client.js'
import { InvalidRequestError, TimeoutError } from '../errors/index.js'
import { hangingFetch } from '../test-support/fake-fetch.js'

const ACCOUNT = { baseUrl: 'http://api.test', apiKey: 'k', partnerId: '12345', shortcode: 'S' }
const SEND = { to: '0712345678', message: 'Hi' }

afterEach(() => {
  vi.useRealTimers()
})

describe('timeoutMs per call', () => {
  const client = createClient({ ...ACCOUNT, fetch: hangingFetch().fetch, timeoutMs: 60_000 })
  it.each<[string, (timeoutMs: number) => Promise<unknown>]>([
    ['sendBulk', (timeoutMs) => client.sendBulk([SEND], { timeoutMs })],
    ['sendOtp', (timeoutMs) => client.sendOtp({ ...SEND, timeoutMs })],
    ['sendHashed', (timeoutMs) => client.sendHashed({ ...SEND, timeoutMs })],
    ['getBalance', (timeoutMs) => client.getBalance({ timeoutMs })],
    ['getDeliveryReport', (timeoutMs) => client.getDeliveryReport('1', { timeoutMs })],
  ])('overrides the client’s for %s', async (_, call) => {
    // The client's 60 s would outlast the test; the call's 10 ms ends it.
    const result = await call(10).catch((e: unknown) => e)
    expect(result).toBeInstanceOf(TimeoutError)
    expect((result as Error).message).toBe('No answer from the SMS API within 10 ms')
  })

  it('leaves the client’s for the calls that give none', async () => {
    vi.useFakeTimers()
    let settled = false
    const asking = client.getBalance().catch((e: unknown) => {
      settled = true
      return e
    })
    await vi.advanceTimersByTimeAsync(59_999)
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(await asking).toBeInstanceOf(TimeoutError)
  })

  it.each([0, -1, Number.NaN])('refuses a timeoutMs of %s before sending', async (timeoutMs) => {
    const fake = hangingFetch()
    const error = await createClient({ ...ACCOUNT, fetch: fake.fetch })
      .getBalance({ timeoutMs })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidRequestError)
    expect((error as InvalidRequestError).field).toBe('timeoutMs')
    expect(fake.requests).toHaveLength(0)
  })
})
