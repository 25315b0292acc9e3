/**
 * @module
 * The delivery lifecycle through the public surface: messages sent over HTTP, the virtual
 * clock advanced, the status read back with getdlr and `GET /__mock/messages`. One case per
 * magic number, scheduling, the 18 hours of an absent subscriber, hashed recipients.
 */
import { createHash } from 'node:crypto'
import { validateAnswer } from '@sendsms/spec'
import { DELIVERY_STATUSES } from '@sendsms/wire'
import { describe, expect, it } from 'vitest'
import { createMock, type Mock } from '../create-mock.js'
import { paramsWith, send } from '../test-support/requests.js'
import { DELIVERED_AFTER, MAGIC_NUMBERS } from './deliveries-magic.js'

const START = '2030-01-01T06:00:00.000Z'
const SANDBOX = { apikey: 'sandbox-api-key', partnerID: '12345' }

function virtualMock(): Mock {
  return createMock({ clock: { virtual: true, start: START } })
}

async function getDlr(mock: Mock, messageID: string): Promise<Record<string, unknown>> {
  const res = await mock.app.request(
    `/api/services/getdlr?${new URLSearchParams({ ...SANDBOX, messageID })}`,
  )
  const body = (await res.json()) as Record<string, unknown>
  expect(validateAnswer('/api/services/getdlr', 'GET', body).errors).toEqual([])
  return body
}

interface Listed {
  messageId: number
  delivery: { status: number; description: string; final: boolean; since: string | null }
}

async function listed(mock: Mock): Promise<Listed[]> {
  const res = await mock.app.request('/__mock/messages')
  return ((await res.json()) as { messages: Listed[] }).messages
}

/** The description getdlr and the journal listing agree on for the first message. */
async function statusOf(mock: Mock): Promise<string> {
  const [message] = await listed(mock)
  const report = await getDlr(mock, '100000001')
  const description = message?.delivery.description
  if (description === 'Scheduled') expect(report['response-code']).toBe(1009)
  else expect(report['delivery-description']).toBe(description)
  return description as string
}

const secondsSinceStart = (iso: string | null) => (Date.parse(iso ?? '') - Date.parse(START)) / 1000

describe('the lifecycle of a message', () => {
  const reported = MAGIC_NUMBERS.filter((m) => m.after !== undefined)

  it.each(reported.map((m) => [m.outcome, m.network, m.msisdn, m.after as [number, number]]))(
    'ends %s for the %s number %s within its range',
    async (outcome, _network, msisdn, [first, last]) => {
      const mock = virtualMock()
      await send(mock, 'POST', paramsWith({ mobile: msisdn }))
      expect(await statusOf(mock)).toBe('SentToNetwork')
      await mock.clock.advance((first - 1) * 1000)
      expect(await statusOf(mock)).toBe('SentToNetwork')
      await mock.clock.advance((last - first + 1) * 1000)
      expect(await statusOf(mock)).toBe(outcome)
      const [message] = await listed(mock)
      const after = secondsSinceStart(message?.delivery.since ?? '')
      expect(after).toBeGreaterThanOrEqual(first)
      expect(after).toBeLessThanOrEqual(last)
      const facts = DELIVERY_STATUSES.find((s) => s.description === outcome)
      expect(message?.delivery).toMatchObject({ status: facts?.status, final: true })
    },
  )

  it.each(MAGIC_NUMBERS.filter((m) => m.after === undefined).map((m) => [m.network, m.msisdn]))(
    'stays SentToNetwork for good for the %s number %s',
    async (_network, msisdn) => {
      const mock = virtualMock()
      await send(mock, 'GET', paramsWith({ mobile: msisdn }))
      await mock.clock.advance('30d')
      expect(await statusOf(mock)).toBe('SentToNetwork')
      expect((await listed(mock))[0]?.delivery).toMatchObject({ status: 8, final: false })
    },
  )

  it('delivers every other number 2 to 20 seconds after it was sent', async () => {
    const mock = virtualMock()
    const mobile = Array.from({ length: 200 }, (_, i) => `2547${String(12_000_000 + i)}`).join(',')
    await send(mock, 'POST', paramsWith({ mobile }))
    expect(new Set((await listed(mock)).map((m) => m.delivery.description))).toEqual(
      new Set(['SentToNetwork']),
    )
    await mock.clock.advance(`${DELIVERED_AFTER[1]}s`)
    const seconds = (await listed(mock)).map((m) => {
      expect(m.delivery.description).toBe('DeliveredToTerminal')
      return secondsSinceStart(m.delivery.since)
    })
    expect(Math.min(...seconds)).toBe(DELIVERED_AFTER[0])
    expect(Math.max(...seconds)).toBe(DELIVERED_AFTER[1])
  })

  it('gives each message the same times on every run', async () => {
    const times = async () => {
      const mock = virtualMock()
      await send(mock, 'POST', paramsWith({ mobile: '0712345678,0700000002,0700000003' }))
      await mock.clock.advance('1d')
      return (await listed(mock)).map((m) => m.delivery.since)
    }
    expect(await times()).toEqual(await times())
  })

  it('reads a magic number in any form the send takes', async () => {
    const mock = virtualMock()
    await send(mock, 'GET', paramsWith({ mobile: '+254 700-000-004' }))
    await mock.clock.advance('20s')
    expect(await statusOf(mock)).toBe('SenderName Blacklisted')
  })
})

describe('a scheduled message', () => {
  it('is Scheduled, with no report, until its timeToSend, then goes to the network', async () => {
    const mock = virtualMock()
    // 10:00 East Africa Time, an hour after the start.
    await send(mock, 'POST', paramsWith({ timeToSend: '2030-01-01 10:00' }))
    expect(await statusOf(mock)).toBe('Scheduled')
    expect((await listed(mock))[0]?.delivery).toEqual({
      status: 1,
      description: 'Scheduled',
      final: false,
      since: START,
    })
    await mock.clock.advance('59m59s')
    expect(await statusOf(mock)).toBe('Scheduled')
    await mock.clock.advance('1s')
    expect(await statusOf(mock)).toBe('SentToNetwork')
    expect((await listed(mock))[0]?.delivery.since).toBe('2030-01-01T07:00:00.000Z')
    await mock.clock.advance('20s')
    expect(await getDlr(mock, '100000001')).toMatchObject({
      'delivery-description': 'DeliveredToTerminal',
      // The turnaround counts from the time it was sent, not received.
      'delivery-tat': '00:00:20',
      'delivery-time': '2030-01-01 10:00:20',
    })
  })
})

describe('an absent subscriber', () => {
  it('is reported only after 18 hours, and by 24', async () => {
    const mock = virtualMock()
    await send(mock, 'POST', paramsWith({ mobile: '254700000002' }))
    await mock.clock.advance('17h59m59s')
    expect(await statusOf(mock)).toBe('SentToNetwork')
    await mock.clock.advance('6h1s')
    expect(await statusOf(mock)).toBe('AbsentSubscriber')
  })
})

describe('hashed recipients', () => {
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

  it('lists the SHA-256 of each magic number in 254 form', () => {
    for (const magic of MAGIC_NUMBERS) expect(magic.sha256).toBe(sha256(magic.msisdn))
  })

  it.each([
    ['lower-case', (hash: string) => hash],
    ['upper-case', (hash: string) => hash.toUpperCase()],
  ])('ends as the magic number whose %s hash was sent', async (_case, spell) => {
    const mock = virtualMock()
    const hash = spell(sha256('254700000003'))
    const res = await mock.app.request('/api/services/sendotp', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...paramsWith({ mobile: hash }), hashed: true }),
    })
    expect(((await res.json()) as { responses: unknown[] }).responses).toHaveLength(1)
    await mock.clock.advance('10m')
    expect(await statusOf(mock)).toBe('DeliveryImpossible')
  })

  it('delivers the hash of any other number', async () => {
    const mock = virtualMock()
    await mock.app.request('/api/services/sendotp', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...paramsWith({ mobile: sha256('254712345678') }), hashed: true }),
    })
    await mock.clock.advance('20s')
    expect(await statusOf(mock)).toBe('DeliveredToTerminal')
  })
})

describe('an entry added to the journal by hand', () => {
  it('with times that are not times, is listed and has no report, without failing', async () => {
    const mock = virtualMock()
    mock.journal.add({
      messageId: '100000001',
      partnerID: '12345',
      shortcode: 'SANDBOX',
      mobile: '254712345678',
      networkId: 1,
      message: 'hi',
      status: 'sent',
      sendAt: null,
      receivedAt: 'not a time',
      method: 'GET',
      parts: 1,
      endpoint: 'sendsms',
    })
    const res = await mock.app.request('/__mock/messages')
    expect(res.status).toBe(200)
    expect(((await res.json()) as { messages: Listed[] }).messages[0]?.delivery.since).toBeNull()
    expect(await getDlr(mock, '100000001')).toEqual({
      'response-code': 1009,
      'response-description': 'No dlr',
    })
  })
})
