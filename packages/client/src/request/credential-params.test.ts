/**
 * @module
 * Tests of the credentials every request needs: a missing or blank API key or partner ID
 * (every endpoint) or sender ID (every send) is refused before any request, naming the
 * option and its environment variable, and never showing the key.
 */
import { describe, expect, it } from 'vitest'
import { createClient, type SmsClient } from '../create-client.js'
import { InvalidRequestError } from '../errors/index.js'
import type { ClientOptions } from '../options.js'
import { resolveOptions } from '../options.js'
import { ENV_VARIABLES } from '../settings/defaults.js'
import { fakeFetch } from '../test-support/fake-fetch.js'
import { credentialParams, senderParams } from './credential-params.js'

const API_KEY = 'credential-test-key-8c1f'
const ACCOUNT = { apiKey: API_KEY, partnerId: '12345', shortcode: 'SANDBOX' }

type Call = (client: SmsClient) => Promise<unknown>

const SENDS: [string, Call][] = [
  ['sendSms', (client) => client.sendSms({ to: '254712345678', message: 'Hi' })],
  ['sendBulk', (client) => client.sendBulk([{ to: '254712345678', message: 'Hi' }])],
  ['sendOtp', (client) => client.sendOtp({ to: '254712345678', message: 'Code 1' })],
  ['sendHashed', (client) => client.sendHashed({ to: '0712345678', message: 'Paid' })],
]
const LOOKUPS: [string, Call][] = [
  ['getBalance', (client) => client.getBalance()],
  ['getDeliveryReport', (client) => client.getDeliveryReport('100000001')],
]
const EVERY_METHOD = [...SENDS, ...LOOKUPS]

const MESSAGES = {
  apiKey: 'apiKey is not set: pass the apiKey option or set ADVANTA_API_KEY',
  partnerId: 'partnerId is not set: pass the partnerId option or set ADVANTA_PARTNER_ID',
  shortcode: 'shortcode is not set: pass the shortcode option or set ADVANTA_SHORTCODE',
} as const

/** Calls `call` on a client with `options` over a recording fetch; returns the error and the requests. */
async function refusal(call: Call, options: ClientOptions) {
  const fake = fakeFetch()
  const client = createClient({
    baseUrl: 'http://api.test',
    env: false,
    ...options,
    fetch: fake.fetch,
  })
  const error = await call(client).then(
    () => undefined,
    (e: unknown) => e,
  )
  return { error, requests: fake.requests }
}

describe('credentials refused before sending', () => {
  describe.each(EVERY_METHOD)('%s', (_name, call) => {
    it.each<[string, ClientOptions, keyof typeof MESSAGES]>([
      ['no apiKey', { ...ACCOUNT, apiKey: undefined }, 'apiKey'],
      ['an empty apiKey', { ...ACCOUNT, apiKey: '' }, 'apiKey'],
      ['a blank apiKey', { ...ACCOUNT, apiKey: ' \t ' }, 'apiKey'],
      ['no partnerId', { ...ACCOUNT, partnerId: undefined }, 'partnerId'],
      ['a blank partnerId', { ...ACCOUNT, partnerId: '  ' }, 'partnerId'],
      ['no credentials at all, naming the API key first', {}, 'apiKey'],
      ['no partnerId nor shortcode, naming the partner ID first', { apiKey: API_KEY }, 'partnerId'],
    ])('refuses %s and makes no request', async (_case, options, field) => {
      const { error, requests } = await refusal(call, options)
      expect(error).toBeInstanceOf(InvalidRequestError)
      expect(error).toMatchObject({ field, message: MESSAGES[field] })
      expect(requests).toHaveLength(0)
    })

    it('refuses a blank environment variable as it refuses a missing one', async () => {
      const env = { [ENV_VARIABLES.apiKey]: '   ', [ENV_VARIABLES.partnerId]: '12345' }
      const { error, requests } = await refusal(call, { shortcode: 'SANDBOX', env })
      expect(error).toMatchObject({ name: 'InvalidRequestError', field: 'apiKey' })
      expect(requests).toHaveLength(0)
    })

    it('never shows the API key when another credential is missing', async () => {
      const { error } = await refusal(call, { apiKey: API_KEY })
      expect(error).toBeInstanceOf(InvalidRequestError)
      for (const text of [String(error), (error as Error).stack, JSON.stringify(error)]) {
        expect(text).not.toContain(API_KEY)
      }
    })
  })

  describe.each(SENDS)('%s, a send', (_name, call) => {
    it.each<[string, ClientOptions]>([
      ['no shortcode', { ...ACCOUNT, shortcode: undefined }],
      ['an empty shortcode', { ...ACCOUNT, shortcode: '' }],
      ['a blank shortcode', { ...ACCOUNT, shortcode: '   ' }],
    ])('refuses %s and makes no request', async (_case, options) => {
      const { error, requests } = await refusal(call, options)
      expect(error).toBeInstanceOf(InvalidRequestError)
      expect(error).toMatchObject({ field: 'shortcode', message: MESSAGES.shortcode })
      expect(requests).toHaveLength(0)
    })
  })

  describe.each(LOOKUPS)('%s, which takes no sender ID', (_name, call) => {
    it('asks without a shortcode', async () => {
      const { error, requests } = await refusal(call, { ...ACCOUNT, shortcode: undefined })
      expect(error).not.toBeInstanceOf(InvalidRequestError)
      expect(requests).toHaveLength(1)
    })
  })

  it('refuses a send of several batches without any request', async () => {
    const numbers = Array.from({ length: 2500 }, (_, i) => String(254700100000 + i))
    const call: Call = (client) => client.sendSms({ to: numbers, message: 'Hi' })
    const { error, requests } = await refusal(call, { ...ACCOUNT, shortcode: undefined })
    expect(error).toBeInstanceOf(InvalidRequestError)
    expect(error).toMatchObject({ field: 'shortcode', message: MESSAGES.shortcode })
    expect(requests).toHaveLength(0)
  })

  it('sends every credential once all are set', async () => {
    const { error, requests } = await refusal(SENDS[0]?.[1] as Call, ACCOUNT)
    expect(error).toBeUndefined()
    expect(await requests[0]?.json()).toMatchObject({
      apikey: API_KEY,
      partnerID: '12345',
      shortcode: 'SANDBOX',
    })
  })
})

describe('credentialParams and senderParams', () => {
  const options = resolveOptions({ ...ACCOUNT, env: false })

  it('read the wire names from the options', () => {
    expect(credentialParams(options)).toEqual({ apikey: API_KEY, partnerID: '12345' })
    expect(senderParams(options)).toEqual({
      apikey: API_KEY,
      partnerID: '12345',
      shortcode: 'SANDBOX',
    })
  })

  it.each([
    ['apiKey', { ...options, apiKey: ' ' }],
    ['partnerId', { ...options, partnerId: '' }],
    ['shortcode', { ...options, shortcode: '\n' }],
  ] as const)('refuse a blank %s even when it was not resolved away', (field, blank) => {
    expect(() => senderParams(blank)).toThrow(expect.objectContaining({ field }))
  })
})
