/**
 * @module
 * Tests of turning `sendAt` into `timeToSend`, far from East Africa: the machine's own
 * time zone must never change what is sent.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { InvalidRequestError } from './errors/index.js'
import { toTimeToSend } from './send-at.js'

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
    ['the epoch', 0, 0],
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

  it('names the accepted forms when it cannot read a string', () => {
    expect(() => toTimeToSend('soon')).toThrow(
      /unix seconds .*'YYYY-MM-DD HH:mm\[:ss\]' in East Africa Time, or ISO 8601/,
    )
  })
})
