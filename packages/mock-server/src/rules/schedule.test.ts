/**
 * @module
 * Reading timeToSend in each accepted form, and refusing the rest.
 */
import { describe, expect, it } from 'vitest'
import { parseTimeToSend } from './schedule.js'

describe('parseTimeToSend', () => {
  it.each<[string, string | number, string]>([
    ['unix seconds as a number', 1567350000, '2019-09-01T15:00:00.000Z'],
    ['unix seconds as a string', '1567350000', '2019-09-01T15:00:00.000Z'],
    ['13-digit milliseconds', '1567350000000', '2019-09-01T15:00:00.000Z'],
    ['milliseconds as a number', 1567350000000, '2019-09-01T15:00:00.000Z'],
    ['a date and time in East Africa Time', '2019-09-01 18:00', '2019-09-01T15:00:00.000Z'],
    ['a date and time with seconds', '2019-09-01 18:00:30', '2019-09-01T15:00:30.000Z'],
    ['ISO 8601 with Z', '2019-09-01T15:00:00Z', '2019-09-01T15:00:00.000Z'],
    ['ISO 8601 with an offset', '2019-09-01T18:00:00+03:00', '2019-09-01T15:00:00.000Z'],
    [
      'ISO 8601 with a compact offset and fraction',
      '2019-09-01T18:00:00.250+0300',
      '2019-09-01T15:00:00.250Z',
    ],
    ['ISO 8601 without an offset, read in EAT', '2019-09-01T18:00', '2019-09-01T15:00:00.000Z'],
  ])('reads %s', (_name, value, iso) => {
    const verdict = parseTimeToSend(value)
    expect(verdict.ok && verdict.at?.toISOString()).toBe(iso)
  })

  it.each([undefined, '', '  '])('treats %j as no schedule', (value) => {
    expect(parseTimeToSend(value)).toEqual({ ok: true, at: undefined })
  })

  it.each([
    'tomorrow',
    '2019-13-01 10:00',
    '2019-02-29 10:00',
    '2019-09-01 25:00',
    '2019/09/01 18:00',
    '-5',
    '12.5',
  ])('refuses %s', (value) => {
    expect(parseTimeToSend(value)).toEqual({ ok: false })
  })
})
