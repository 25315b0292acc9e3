/**
 * @module
 * What the client's contract no longer records: a request without the API key, the partner
 * ID or (for a send) the shortcode. The client refuses it before sending, so no request
 * leaves and the provider's 4092/4091/1001 for it is recorded by the `plain-http` consumer
 * instead, with the raw request. A recording fetch proves that nothing was sent.
 */
import { createClient, InvalidRequestError, type SmsClient } from '@sendsms/client'
import { describe, expect, it } from 'vitest'
import { type CredentialOverrides, SANDBOX } from '../fixtures/sandbox.js'

type Call = (client: SmsClient) => Promise<unknown>

const SENDS: [string, Call][] = [
  ['sendSms', (client) => client.sendSms({ to: '254712345678', message: 'Hello' })],
  ['sendBulk', (client) => client.sendBulk([{ to: '254712345678', message: 'Hello' }])],
  ['sendOtp', (client) => client.sendOtp({ to: '254712345678', message: 'Code 4821' })],
  ['sendHashed', (client) => client.sendHashed({ to: '254712345678', message: 'Paid' })],
]
const LOOKUPS: [string, Call][] = [
  ['getBalance', (client) => client.getBalance()],
  ['getDeliveryReport', (client) => client.getDeliveryReport('100000001')],
]

const LEFT_OUT: [string, CredentialOverrides, string][] = [
  ['the API key', { apikey: null }, 'apiKey'],
  ['the partner ID', { partnerID: null }, 'partnerId'],
]

function clientWithout(overrides: CredentialOverrides) {
  const requests: string[] = []
  const client = createClient({
    baseUrl: 'http://provider.test',
    env: false,
    ...(overrides.apikey === null ? {} : { apiKey: SANDBOX.apiKey }),
    ...(overrides.partnerID === null ? {} : { partnerId: SANDBOX.partnerId }),
    ...(overrides.shortcode === null ? {} : { shortcode: SANDBOX.shortcode }),
    fetch: (request) => {
      requests.push(request.url)
      return new Response('{}')
    },
  })
  return { client, requests }
}

async function expectRefusedLocally(call: Call, overrides: CredentialOverrides, field: string) {
  const { client, requests } = clientWithout(overrides)
  const error = await call(client).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(InvalidRequestError)
  expect(error).toMatchObject({ field })
  expect(String(error)).not.toContain(SANDBOX.apiKey)
  expect(requests).toEqual([])
}

describe('the client without credentials sends nothing', () => {
  describe.each([...SENDS, ...LOOKUPS])('%s', (_name, call) => {
    it.each(LEFT_OUT)('refuses a request without %s', async (_what, overrides, field) => {
      await expectRefusedLocally(call, overrides, field)
    })
  })

  describe.each(SENDS)('%s', (_name, call) => {
    it('refuses a send without the shortcode', async () => {
      await expectRefusedLocally(call, { shortcode: null }, 'shortcode')
    })
  })
})
