import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { formatProviderTime, parseProviderTime, unixSeconds } from './provider-time.js'

const iso = (value: string | number) => parseProviderTime(value)?.toISOString()

// The machine's own zone must not matter: run every case far from East Africa.
let zone: string | undefined
beforeEach(() => {
  zone = process.env.TZ
  process.env.TZ = 'America/New_York'
})
afterEach(() => {
  if (zone === undefined) delete process.env.TZ
  else process.env.TZ = zone
})

describe('parseProviderTime', () => {
  it('runs in a zone other than UTC and EAT (the premise of these tests)', () => {
    expect(new Date(2030, 0, 15, 9).getTimezoneOffset()).toBe(300)
  })

  it.each([
    ['the provider form, read in EAT', '2030-01-15 09:00', '2030-01-15T06:00:00.000Z'],
    ['the provider form with seconds', '2030-01-15 09:00:30', '2030-01-15T06:00:30.000Z'],
    ['ISO 8601 without an offset, read in EAT', '2030-01-15T09:00', '2030-01-15T06:00:00.000Z'],
    ['ISO 8601 in UTC', '2030-01-15T09:00:00Z', '2030-01-15T09:00:00.000Z'],
    ['ISO 8601 with an offset', '2030-01-15T09:00:00+01:00', '2030-01-15T08:00:00.000Z'],
    ['an offset without a colon', '2030-01-15T09:00+0100', '2030-01-15T08:00:00.000Z'],
    ['a fraction', '2030-01-15T09:00:00.1234Z', '2030-01-15T09:00:00.123Z'],
    ['a lower-case z', '2030-01-15t09:00:00z', '2030-01-15T09:00:00.000Z'],
    ['blanks around it', '  2030-01-15 09:00 ', '2030-01-15T06:00:00.000Z'],
    ['unix seconds', 1914505200, '2030-09-01T15:00:00.000Z'],
    ['unix seconds as text', '1914505200', '2030-09-01T15:00:00.000Z'],
    ['unix milliseconds', 1914505200000, '2030-09-01T15:00:00.000Z'],
    ['unix milliseconds as text', '1914505200000', '2030-09-01T15:00:00.000Z'],
    ['the epoch', 0, '1970-01-01T00:00:00.000Z'],
  ])('reads %s', (_name, value, expected) => {
    expect(iso(value)).toBe(expected)
  })

  it.each([
    ['words', 'next week'],
    ['an empty string', ''],
    ['a date without a time', '2030-01-15'],
    ['a day that does not exist', '2030-02-30 09:00'],
    ['an hour past 23', '2030-01-15 24:00'],
    ['a space-separated time with an offset', '2030-01-15 09:00+03:00'],
    ['a negative number', -1],
    ['a number that is not finite', Number.POSITIVE_INFINITY],
    ['NaN', Number.NaN],
    ['a date past the end of time', '99999999999999999'],
    ['the US order', '01/15/2030 09:00'],
  ])('refuses %s', (_name, value) => {
    expect(parseProviderTime(value)).toBeUndefined()
  })
})

describe('formatProviderTime', () => {
  it('writes the instant in East Africa Time, without seconds', () => {
    expect(formatProviderTime(new Date('2030-09-01T15:00:42Z'))).toBe('2030-09-01 18:00')
    expect(formatProviderTime(new Date('2030-12-31T22:30:00Z'))).toBe('2031-01-01 01:30')
  })

  it('writes what parseProviderTime reads back as the same minute', () => {
    const at = new Date('2030-03-09T04:05:00Z')
    expect(parseProviderTime(formatProviderTime(at))?.getTime()).toBe(at.getTime())
  })
})

describe('unixSeconds', () => {
  it('rounds down to whole seconds', () => {
    expect(unixSeconds(new Date('2030-09-01T15:00:00.999Z'))).toBe(1914505200)
  })
})
