/**
 * @module
 * Tests that unknown keys are refused: in `createClient`'s options (every method rejects,
 * `createClient` itself never throws) and in the request of each method, with the closest
 * known key suggested and nothing sent.
 */
import { describe, expect, it } from 'vitest'
import { createClient } from './create-client.js'
import { InvalidRequestError } from './errors/index.js'
import type { ClientOptions } from './options.js'
import { fakeFetch } from './test-support/fake-fetch.js'

const ACCOUNT = { baseUrl: 'http://api.test', apiKey: 'k', partnerId: '12345', shortcode: 'S' }
const SEND = { to: '0712345678', message: 'Hi' }

async function refusal(sending: Promise<unknown>): Promise<InvalidRequestError> {
  const error = await sending.catch((e: unknown) => e)
  expect(error).toBeInstanceOf(InvalidRequestError)
  return error as InvalidRequestError
}

describe('unknown options of createClient', () => {
  it('make every method reject naming the option and the one meant, sending nothing', async () => {
    const fake = fakeFetch()
    const options = { ...ACCOUNT, fetch: fake.fetch, maxRetrys: 3 } as ClientOptions
    const client = createClient(options)
    const calls = [
      client.sendSms(SEND),
      client.sendBulk([SEND]),
      client.sendOtp(SEND),
      client.sendHashed(SEND),
      client.getBalance(),
      client.getDeliveryReport('1'),
    ]
    for (const call of calls) {
      const error = await refusal(call)
      expect(error.field).toBe('options')
      expect(error.message).toBe("unknown option 'maxRetrys' (did you mean 'maxRetries'?)")
    }
    expect(fake.requests).toHaveLength(0)
  })

  it('come before a check of the request', async () => {
    const client = createClient({ ...ACCOUNT, timeOutMs: 5 } as ClientOptions)
    const error = await refusal(client.sendSms({ to: '', message: '' }))
    expect(error.field).toBe('options')
    expect(error.message).toBe("unknown option 'timeOutMs' (did you mean 'timeoutMs'?)")
  })

  it('accept every documented option', async () => {
    const fake = fakeFetch()
    const client = createClient({
      ...ACCOUNT,
      timeoutMs: 1000,
      fetch: fake.fetch,
      env: false,
      maxRetries: 0,
      retryTryLater: true,
      clock: undefined,
      onRequest: () => {},
      onResponse: () => {},
      onRetry: () => {},
    })
    await client.sendSms(SEND)
    expect(fake.requests).toHaveLength(1)
  })

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '2'])(
    'refuse a maxRetries of %s',
    async (maxRetries) => {
      const client = createClient({ ...ACCOUNT, maxRetries } as ClientOptions)
      const error = await refusal(client.getBalance())
      expect(error.field).toBe('options')
      expect(error.message).toBe('maxRetries must be a whole number, 0 or more')
    },
  )

  it.each(['onRequest', 'onResponse', 'onRetry'])(
    'refuse a %s that is not a function',
    async (key) => {
      const client = createClient({ ...ACCOUNT, [key]: 'log' } as ClientOptions)
      const error = await refusal(client.getBalance())
      expect(error.field).toBe('options')
      expect(error.message).toBe(`${key} must be a function`)
    },
  )
})

describe('unknown keys of a request', () => {
  const fake = fakeFetch()
  const client = createClient({ ...ACCOUNT, fetch: fake.fetch })
  it.each<[string, () => Promise<unknown>, string]>([
    [
      'sendBulk',
      () => client.sendBulk([SEND], { singal: undefined } as object),
      "'singal' (did you mean 'signal'?)",
    ],
    [
      'sendOtp',
      () => client.sendOtp({ ...SEND, too: '1' } as typeof SEND),
      "'too' (did you mean 'to'?)",
    ],
    [
      'sendOtp',
      () => client.sendOtp({ ...SEND, methd: 'GET' } as typeof SEND),
      "'methd' (did you mean 'method'?)",
    ],
    [
      'sendHashed',
      () => client.sendHashed({ ...SEND, mesage: 'x' } as typeof SEND),
      "'mesage' (did you mean 'message'?)",
    ],
    ['sendHashed', () => client.sendHashed({ ...SEND, method: 'GET' } as typeof SEND), "'method'"],
    [
      'getBalance',
      () => client.getBalance({ timeout: 5 } as object),
      "'timeout' (did you mean 'timeoutMs'?)",
    ],
    [
      'getDeliveryReport',
      () => client.getDeliveryReport('1', { metod: 'GET' } as object),
      "'metod' (did you mean 'method'?)",
    ],
  ])('%s refuses them before sending', async (_, call, named) => {
    const error = await refusal(call())
    expect(error.field).toBe('request')
    expect(error.message).toBe(`unknown option ${named}`)
    expect(fake.requests).toHaveLength(0)
  })

  it('each method accepts its own keys and the per-call options', async () => {
    const signal = new AbortController().signal
    const per = { signal, timeoutMs: 1000 }
    await client.sendBulk([SEND], per).catch(() => {})
    await client.sendOtp({ ...SEND, method: 'GET', ...per })
    await client.sendHashed({ ...SEND, ...per })
    await client.getBalance({ method: 'GET', ...per }).catch(() => {})
    await client.getDeliveryReport('1', { method: 'GET', ...per }).catch(() => {})
    expect(fake.requests).toHaveLength(5)
  })
})
