/** --at is checked, never converted: readable times pass through trimmed, others are bad usage. */
import { describe, expect, it } from 'vitest'
import { UsageError } from '../errors/cli-error.js'
import { readSendAt } from './send-at.js'

describe('readSendAt', () => {
  it.each([
    ['unix seconds', '1894687200', '1894687200'],
    ['the provider format', '2030-01-15 09:00', '2030-01-15 09:00'],
    ['the provider format with seconds', '2030-01-15 09:00:30', '2030-01-15 09:00:30'],
    ['ISO 8601 without an offset', '2030-01-15T09:00', '2030-01-15T09:00'],
    ['ISO 8601 in UTC', '2030-01-15T06:00:00Z', '2030-01-15T06:00:00Z'],
    ['a value with blanks around it', '  2030-01-15 09:00 ', '2030-01-15 09:00'],
  ])('passes %s on as text', (_form, raw, expected) => {
    expect(readSendAt(raw, { json: false })).toBe(expected)
  })

  it.each([
    'tomorrow',
    '',
    '   ',
    '2030-13-45 09:00',
    '2030-02-30 10:00',
    '2030-01-15 25:00',
    '2030-01-15',
    '01/15/2030 09:00',
  ])('refuses %j as bad usage', (value) => {
    expect(() => readSendAt(value, { json: false })).toThrow(UsageError)
  })

  it('names the accepted forms and East Africa Time in the refusal', () => {
    expect(() => readSendAt('soon', { json: false })).toThrow(
      /--at: cannot read 'soon' as a date; use unix seconds, 'YYYY-MM-DD HH:mm' or ISO 8601 .*East Africa Time/,
    )
  })
})
