/**
 * sendsms send --at on a machine far from East Africa: a time without an offset means East
 * Africa Time, for the CLI exactly as for the mock (and the provider), whatever TZ says.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EXIT_CODES } from '../exit-codes.js'
import { useSandboxMock } from '../testing/sandbox-mock.js'

const sandbox = useSandboxMock()

// Node reads TZ again whenever it is set (process.env.TZ = …), so this process, the
// in-process mock included, runs in New York for each test.
beforeEach(() => vi.stubEnv('TZ', 'America/New_York'))
afterEach(() => vi.unstubAllEnvs())

// 2030-01-15 09:00 in East Africa Time (UTC+3).
const DUE = '2030-01-15T06:00:00.000Z'

describe('sendsms send --at in another time zone', () => {
  it('runs in a zone other than UTC and EAT (the premise of these tests)', () => {
    expect(new Date(2030, 0, 15, 9).getTimezoneOffset()).toBe(300)
  })

  it.each([
    ['ISO 8601 without an offset', '2030-01-15T09:00'],
    ['the provider format', '2030-01-15 09:00'],
    ['ISO 8601 in UTC', '2030-01-15T06:00:00Z'],
    ['unix seconds', String(Date.parse(DUE) / 1000)],
  ])('schedules %s for 09:00 in East Africa Time', async (_form, at) => {
    for (const method of [[], ['--get']]) {
      sandbox.running().mock.reset()
      const run = await sandbox.send([
        '--to',
        '254712345678',
        '--message',
        'Later',
        '--at',
        at,
        ...method,
      ])
      expect(run.code).toBe(EXIT_CODES.ok)
      expect(sandbox.running().mock.journal.list()[0]).toMatchObject({
        status: 'scheduled',
        sendAt: DUE,
      })
    }
  })
})
