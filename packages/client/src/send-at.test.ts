/**
 * @module
 * Tests of turning `sendAt` into `timeToSend`, far from East Africa: the machine's own
 * time zone must never change what is sent.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createClient } from './create-client.js'
import { InvalidRequestError } from './errors/index.js'
import { toTimeToSend } from './send-at.js'
import { fakeFetch } from './test-support/fake-fetch.js'

// Node reads TZ again whenever it is set, so each test runs in New York.
beforeEach(() => vi.stubEnv('TZ', 'America/New_York'))
afterEach(() => vi.unstubAllEnvs())

// 2030-09-01 18:00 in East Africa Time.
const SECONDS = Date.UTC(2030, 8, 1, 15) / 1000

describe('toTimeToSend', () => {
  it('runs in a zone other than UTC and EAT (the premise of these tests)', () => {
    expect(new Date(2030, 8, 1, 18).getTimezoneOffset()).toBe(240)
  })

  it.each<[string, Date | number | string, string | number]>([
    ['a Date, in East Africa Time', new Date('2030-09-01T15:00:00Z'), '2030-09-01 18:00'],
    [
      'a Date with seconds, which are dropped',
      new Date('2030-09-01T15:07:59.999Z'),
      '2030-09-01 18:07',
    ],
    ['a Date across midnight in EAT', new Date('2030-12-31T21:30:00Z'), '2031-01-01 00:30'],
    ['unix seconds', SECONDS, SECONDS],
    ['unix milliseconds, as seconds', SECONDS * 1000, SECONDS],
    ['milliseconds not on a second, rounded down', SECONDS * 1000 + 999, SECONDS],
    ['unix seconds as digits', String(SECONDS), SECONDS],
    ['unix milliseconds as digits', String(SECONDS * 1000), SECONDS],
    ['digits with blanks', ` ${SECONDS} `, SECONDS],
    ['the provider form', '2030-09-01 18:00', '2030-09-01 18:00'],
    ['the provider form with seconds', '2030-09-01 18:00:30', '2030-09-01 18:00'],
    ['ISO 8601 without an offset, in EAT', '2030-09-01T18:00', '2030-09-01 18:00'],
    ['ISO 8601 in UTC', '2030-09-01T15:00:00Z', '2030-09-01 18:00'],
    ['ISO 8601 with an offset', '2030-09-01T16:00:00+01:00', '2030-09-01 18:00'],
    ['blanks around a date', '  2030-09-01 18:00 ', '2030-09-01 18:00'],
  ])('sends %s', (_name, sendAt, expected) => {
    expect(toTimeToSend(sendAt)).toBe(expected)
  })

  it.each<[string, unknown]>([
    ['an invalid Date', new Date(Number.NaN)],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a negative number', -1],
    ['a fraction', 1.5],
    ['a time past the end of Date', 1e20],
    ['an empty string', ''],
    ['a blank string', '   '],
    ['words', 'tomorrow 18:00'],
    ['a date without a time', '2030-09-01'],
    ['a day that does not exist', '2030-02-30 10:00'],
    ['the US order', '09/01/2030 18:00'],
    ['a boolean', true],
  ])('refuses %s', (_name, sendAt) => {
    const refuse = () => toTimeToSend(sendAt as string)
    expect(refuse).toThrow(InvalidRequestError)
    expect(refuse).toThrow(expect.objectContaining({ field: 'sendAt' }))
  })

  it('refuses the epoch, which is in the past', () => {
    expect(() => toTimeToSend(0)).toThrow(expect.objectContaining({ field: 'sendAt' }))
  })

  it('names the accepted forms when it cannot read a string', () => {
    expect(() => toTimeToSend('soon')).toThrow(
      /unix seconds .*'YYYY-MM-DD HH:mm\[:ss\]' in East Africa Time, or ISO 8601/,
    )
  })
})

describe('toTimeToSend with a time in the past', () => {
  // The clock at 2030-09-01 18:00:30 East Africa Time: half-way through a minute.
  const NOW = Date.UTC(2030, 8, 1, 15, 0, 30)
  const MINUTE_START = Date.UTC(2030, 8, 1, 15, 0, 0)

  it.each<[string, Date | number | string, string | number]>([
    ['now itself, as a Date', new Date(NOW), '2030-09-01 18:00'],
    ['the start of the current minute', new Date(MINUTE_START), '2030-09-01 18:00'],
    ['earlier in the current minute, as unix seconds', MINUTE_START / 1000, MINUTE_START / 1000],
    ['the current minute in the provider form', '2030-09-01 18:00', '2030-09-01 18:00'],
    ['the next minute', '2030-09-01 18:01', '2030-09-01 18:01'],
  ])('accepts %s', (_name, sendAt, expected) => {
    expect(toTimeToSend(sendAt, NOW)).toBe(expected)
  })

  it.each<[string, Date | number | string]>([
    ['a Date one millisecond before the current minute', new Date(MINUTE_START - 1)],
    ['unix seconds of the minute before', MINUTE_START / 1000 - 60],
    ['unix milliseconds one before the current minute', MINUTE_START - 1],
    ['the minute before in the provider form', '2030-09-01 17:59'],
    ['the minute before as digits', String(MINUTE_START / 1000 - 1)],
    ['yesterday in ISO 8601', '2030-08-31T18:00:00+03:00'],
  ])('refuses %s', (_name, sendAt) => {
    const refuse = () => toTimeToSend(sendAt, NOW)
    expect(refuse).toThrow(InvalidRequestError)
    expect(refuse).toThrow(expect.objectContaining({ field: 'sendAt' }))
    expect(refuse).toThrow(/^sendAt is in the past \(\d{4}-\d\d-\d\d \d\d:\d\d East Africa Time/)
  })

  it('names the refused time and how to send now', () => {
    expect(() => toTimeToSend('2030-09-01 17:59', NOW)).toThrow(
      'sendAt is in the past (2030-09-01 17:59 East Africa Time, before the current minute); leave it out to send now',
    )
  })

  it('reads the clock at each call when no time is given', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(NOW)
      expect(toTimeToSend('2030-09-01 18:00')).toBe('2030-09-01 18:00')
      vi.setSystemTime(NOW + 60_000)
      expect(() => toTimeToSend('2030-09-01 18:00')).toThrow(
        expect.objectContaining({ field: 'sendAt' }),
      )
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('sendSms with sendAt in the past', () => {
  // 2030-09-01 18:00:30 East Africa Time on the caller's clock.
  const NOW = Date.UTC(2030, 8, 1, 15, 0, 30)
  const ACCOUNT = { apiKey: 'k', partnerId: '12345', shortcode: 'SANDBOX', env: false } as const

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(NOW)
  })
  afterEach(() => vi.useRealTimers())

  it.each<[string, Date | number | string]>([
    ['a Date of the minute before', new Date(NOW - 60_000)],
    ['unix seconds of yesterday', NOW / 1000 - 86_400],
    ['the provider form of the minute before', '2030-09-01 17:59'],
  ])('refuses %s and makes no request', async (_name, sendAt) => {
    const fake = fakeFetch()
    const client = createClient({ ...ACCOUNT, baseUrl: 'http://api.test', fetch: fake.fetch })
    const error = await client
      .sendSms({ to: '254712345678', message: 'Hi', sendAt })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidRequestError)
    expect(error).toMatchObject({ field: 'sendAt' })
    expect(fake.requests).toHaveLength(0)
  })

  it('sends a sendAt of now, as the current minute', async () => {
    const fake = fakeFetch()
    const client = createClient({ ...ACCOUNT, baseUrl: 'http://api.test', fetch: fake.fetch })
    await client.sendSms({ to: '254712345678', message: 'Hi', sendAt: new Date() })
    expect(await fake.requests[0]?.json()).toMatchObject({ timeToSend: '2030-09-01 18:00' })
  })
})
