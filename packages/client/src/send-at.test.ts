/**
 * @module
 * Tests of turning `sendAt` into `timeToSend`.
 */
import { describe, expect, it } from 'vitest'
import { InvalidRequestError } from './errors/index.js'
import { formatEat, toTimeToSend } from './send-at.js'

describe('formatEat', () => {
  it.each([
    ['2030-09-01T15:00:00Z', '2030-09-01 18:00'],
    ['2030-09-01T15:07:59.999Z', '2030-09-01 18:07'],
    ['2030-12-31T21:30:00Z', '2031-01-01 00:30'],
    ['2030-09-01T18:00:00+03:00', '2030-09-01 18:00'],
    ['2030-02-28T22:00:00Z', '2030-03-01 01:00'],
  ])('formats %s as %s in East Africa Time', (iso, expected) => {
    expect(formatEat(new Date(iso))).toBe(expected)
  })
})

describe('toTimeToSend', () => {
  it('passes numbers of unix seconds and strings through unchanged', () => {
    expect(toTimeToSend(1914505200)).toBe(1914505200)
    expect(toTimeToSend('tomorrow 18:00')).toBe('tomorrow 18:00')
  })

  it.each([
    ['an invalid Date', new Date(Number.NaN)],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a negative number', -1],
    ['a fraction', 1.5],
    ['milliseconds', Date.UTC(2030, 0, 1)],
    ['an empty string', ''],
    ['a blank string', '   '],
  ])('refuses %s', (_, sendAt) => {
    expect(() => toTimeToSend(sendAt)).toThrow(
      expect.objectContaining({ name: 'InvalidRequestError', field: 'sendAt' }),
    )
    expect(() => toTimeToSend(sendAt)).toThrow(InvalidRequestError)
  })
})
