/** The three forms --at accepts, and the values it refuses as bad usage. */
import { describe, expect, it } from 'vitest'
import { UsageError } from '../errors/cli-error.js'
import { parseSendAt } from './send-at.js'

describe('parseSendAt', () => {
  it('reads digits as unix seconds', () => {
    expect(parseSendAt('1893456000')).toBe(1893456000)
  })

  it.each(['2030-01-15 09:00', '2030-01-15 09:00:30'])(
    'passes the provider format %j through unchanged',
    (value) => {
      expect(parseSendAt(value)).toBe(value)
    },
  )

  it('reads an ISO 8601 string as a Date at that instant', () => {
    const value = parseSendAt('2030-01-15T06:00:00Z')
    expect(value).toBeInstanceOf(Date)
    expect((value as Date).toISOString()).toBe('2030-01-15T06:00:00.000Z')
  })

  it.each(['tomorrow', '', '2030-13-45 09:00', '2030-02-30 10:00', '2030-01-15 25:00'])(
    'refuses %j as bad usage',
    (value) => {
      expect(() => parseSendAt(value)).toThrow(UsageError)
    },
  )
})
