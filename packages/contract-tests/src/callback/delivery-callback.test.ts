/**
 * @module
 * The callback contract: the delivery report the mock POSTs to an account's callback URL
 * (the spec's `webhooks.deliveryReport`) must be what the client's `parseDeliveryCallback`
 * reads, and both must agree with the spec's `DeliveryCallback` schema. The body is captured
 * by a real HTTP receiver after the mock's virtual clock is advanced past the report; then
 * bodies derived from it, right and deliberately wrong, check that whatever
 * `parseDeliveryCallback` accepts the spec accepts, and whatever the spec refuses it refuses.
 */
import {
  createClient,
  DELIVERY_STATUSES,
  InvalidCallbackError,
  parseDeliveryCallback,
  type SmsClient,
} from '@sendsms/client'
import { ACCOUNT_HAS_CALLBACK_URL } from '@sendsms/mock-server'
import { type RunningMock, startMockServer } from '@sendsms/mock-server/node'
import { validateDeliveryCallback } from '@sendsms/spec'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { SANDBOX } from '../fixtures/sandbox.js'
import { magicNumber } from '../provider/magic-number.js'
import { type CallbackReceiver, startCallbackReceiver } from './callback-receiver.js'

let running: RunningMock
let receiver: CallbackReceiver
let client: SmsClient

beforeAll(async () => {
  receiver = await startCallbackReceiver()
  running = await startMockServer({ port: 0, host: '127.0.0.1' })
  client = createClient({
    baseUrl: running.url,
    apiKey: SANDBOX.apiKey,
    partnerId: SANDBOX.partnerId,
    shortcode: SANDBOX.shortcode,
    env: false,
  })
})

afterAll(async () => {
  await running?.close()
  await receiver?.close()
})

beforeEach(async () => {
  receiver.requests.length = 0
  // The state the provider verification sets up by this name; its setup starts from a reset.
  await running.mock.providerStates.apply(ACCOUNT_HAS_CALLBACK_URL, { callbackUrl: receiver.url })
  running.mock.clock.setVirtual(true)
})

/** Sends one message through the real client and returns its message id. */
async function send(to: string): Promise<string> {
  const result = await client.sendSms({ to, message: 'Hello' })
  const [row] = result.accepted
  if (!row?.messageId) throw new Error(`The mock did not accept ${to}`)
  return row.messageId
}

/** The one callback posted since the test began, as the receiver got it. */
function onlyCallback() {
  expect(receiver.requests).toHaveLength(1)
  const [posted] = receiver.requests
  if (!posted) throw new Error('No callback was posted')
  expect(posted.method).toBe('POST')
  expect(new URL(receiver.url).pathname).toBe(posted.path)
  expect(posted.contentType).toMatch(/^application\/json\b/)
  return posted
}

describe('the delivery callback the mock posts', () => {
  it('is a report parseDeliveryCallback reads, valid by the spec, matching getdlr', async () => {
    const messageId = await send('254712345678')
    await running.mock.clock.advance('1m')

    const posted = onlyCallback()
    const body: unknown = JSON.parse(posted.body)
    expect(validateDeliveryCallback(body).errors).toEqual([])

    const report = parseDeliveryCallback(posted.body)
    expect(parseDeliveryCallback(body)).toEqual(report)
    expect(report).toMatchObject({
      messageId,
      status: 'DeliveredToTerminal',
      statusCode: DELIVERY_STATUSES.find((s) => s.description === 'DeliveredToTerminal')?.status,
      final: true,
    })
    expect(report.timeTaken).toBeGreaterThan(0)

    // The pushed report and the one asked for tell the same story.
    const asked = await client.getDeliveryReport(messageId)
    expect(asked.status).toBe(report.status)
    expect(asked.deliveredAt).toEqual(report.timestamp)
    expect(asked.turnaroundSeconds).toBe(report.timeTaken)
  })

  it('reports a final failure the same way (an absent subscriber, a day later)', async () => {
    const messageId = await send(magicNumber('AbsentSubscriber').msisdn)
    await running.mock.clock.advance('1d')

    const posted = onlyCallback()
    expect(validateDeliveryCallback(JSON.parse(posted.body)).errors).toEqual([])
    expect(parseDeliveryCallback(posted.body)).toMatchObject({
      messageId,
      status: 'AbsentSubscriber',
      final: true,
    })
  })

  it('is not posted for a message whose network never reports', async () => {
    await send(magicNumber('SentToNetwork').msisdn)
    await running.mock.clock.advance('1d')
    expect(receiver.requests).toEqual([])
  })
})

describe('bodies derived from a posted callback', () => {
  let captured: Record<string, unknown>

  beforeEach(async () => {
    await send('254712345678')
    await running.mock.clock.advance('1m')
    captured = JSON.parse(onlyCallback().body) as Record<string, unknown>
  })

  const without = (key: string) => (body: Record<string, unknown>) => {
    const { [key]: _dropped, ...rest } = body
    return rest
  }
  const withField = (key: string, value: unknown) => (body: Record<string, unknown>) => ({
    ...body,
    [key]: value,
  })

  it.each([
    ['with a field the spec does not name', withField('network', 'Safaricom')],
    ['without timeTaken, which the spec makes optional', without('timeTaken')],
    ...DELIVERY_STATUSES.map(
      ({ description }) =>
        [`with the status ${description}`, withField('description', description)] as const,
    ),
  ] as const)(
    'accepted by parseDeliveryCallback only when the spec accepts it: %s',
    (_name, change) => {
      const body = change(captured)
      expect(() => parseDeliveryCallback(body)).not.toThrow()
      expect(validateDeliveryCallback(body).errors).toEqual([])
    },
  )

  it.each([
    ['without messageid', without('messageid'), 'messageid'],
    ['with messageid as a number', withField('messageid', 100000001), 'messageid'],
    ['without description', without('description'), 'description'],
    [
      'with a description the spec does not list',
      withField('description', 'Delivered'),
      'description',
    ],
    [
      'with a status spelled in another case',
      withField('description', 'deliveredtoterminal'),
      'description',
    ],
    ['without timestamp', without('timestamp'), 'timestamp'],
    ['with timestamp as a number', withField('timestamp', 1893477620), 'timestamp'],
    ['with timeTaken as a number', withField('timeTaken', 20), 'timeTaken'],
    ['with timeTaken null', withField('timeTaken', null), 'timeTaken'],
    ['as an array holding the report', (body: Record<string, unknown>) => [body], 'body'],
  ] as const)('refused by both the spec and parseDeliveryCallback: %s', (_name, change, field) => {
    const body = change(captured)
    expect(validateDeliveryCallback(body).valid).toBe(false)
    expect(() => parseDeliveryCallback(body)).toThrow(InvalidCallbackError)
    expect(() => parseDeliveryCallback(body)).toThrow(expect.objectContaining({ field }))
  })

  it.each([
    ['null', null],
    ['a string', 'DeliveredToTerminal'],
  ])('refused by both when the payload is %s', (_name, body) => {
    expect(validateDeliveryCallback(body).valid).toBe(false)
    expect(() => parseDeliveryCallback(JSON.stringify(body))).toThrow(
      expect.objectContaining({ field: 'body' }),
    )
  })

  it('refused by parseDeliveryCallback when the text is not JSON', () => {
    const text = JSON.stringify(captured).slice(0, -1)
    expect(() => parseDeliveryCallback(text)).toThrow(expect.objectContaining({ field: 'body' }))
  })
})
