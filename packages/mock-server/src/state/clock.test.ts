/**
 * @module
 * The mock's clock: real by default (or `now`), virtual on request, advanced by a
 * duration or to a time, timers run in time order with their work awaited, reset to its
 * start.
 */
import { describe, expect, it } from 'vitest'
import { createMock } from '../create-mock.js'
import { createClock } from './clock.js'
import { parseDuration } from './clock-duration.js'

const START = '2030-01-01T06:00:00.000Z'
const at = (iso: string) => Date.parse(iso)

describe('the clock', () => {
  it('is real by default, reading MockOptions.now when given', () => {
    const fixed = new Date('2031-05-05T05:05:05.000Z')
    const clock = createMock({ now: () => fixed }).clock
    expect(clock.virtual).toBe(false)
    expect(clock.now()).toEqual(fixed)
    const real = createMock().clock.now().getTime()
    expect(Math.abs(real - Date.now())).toBeLessThan(60_000)
  })

  it('stands still when virtual, at its start or at the time it was created', async () => {
    const mock = createMock({ clock: { virtual: true, start: START } })
    expect(mock.clock.virtual).toBe(true)
    expect(mock.clock.now().toISOString()).toBe(START)
    const fromNow = createMock({ now: () => new Date(START), clock: { virtual: true } })
    expect(fromNow.clock.now().toISOString()).toBe(START)
    const fromDate = createMock({ clock: { virtual: true, start: new Date(START) } })
    expect(fromDate.clock.now().toISOString()).toBe(START)
    const inEat = createMock({ clock: { virtual: true, start: '2030-01-01 09:00' } })
    expect(inEat.clock.now().toISOString()).toBe(START)
  })

  it('refuses a start that is not a time', () => {
    expect(() => createMock({ clock: { virtual: true, start: 'soon' } })).toThrow(/clock.start/)
  })

  it('advances by milliseconds or a duration, and to a time', async () => {
    const { clock } = createMock({ clock: { virtual: true, start: START } })
    expect((await clock.advance('90s')).toISOString()).toBe('2030-01-01T06:01:30.000Z')
    expect((await clock.advance(5000)).toISOString()).toBe('2030-01-01T06:01:35.000Z')
    expect((await clock.advance('1h30m')).toISOString()).toBe('2030-01-01T07:31:35.000Z')
    await clock.advanceTo('2030-01-02T00:00:00Z')
    expect(clock.now().toISOString()).toBe('2030-01-02T00:00:00.000Z')
    await clock.advanceTo('2030-01-02 06:00')
    expect(clock.now().toISOString()).toBe('2030-01-02T03:00:00.000Z')
  })

  it('adds up advances asked for at once', async () => {
    const { clock } = createMock({ clock: { virtual: true, start: START } })
    await Promise.all([clock.advance('10s'), clock.advance('10s')])
    expect(clock.now().toISOString()).toBe('2030-01-01T06:00:20.000Z')
  })

  it('only moves forward, and only by a duration', async () => {
    const { clock } = createMock({ clock: { virtual: true, start: START } })
    await expect(clock.advanceTo('2029-12-31T00:00:00Z')).rejects.toThrow(/only moves forward/)
    await expect(clock.advance('soon')).rejects.toThrow(/duration/)
    await expect(clock.advance(-1)).rejects.toThrow(/duration/)
    await expect(clock.advanceTo('not a time')).rejects.toThrow(/valid time/)
    expect(clock.now().toISOString()).toBe(START)
  })

  it('becomes virtual at the time now, and real again', async () => {
    let now = at(START)
    const { clock } = createMock({ now: () => new Date(now) })
    clock.setVirtual(true)
    now += 60_000
    expect(clock.now().toISOString()).toBe(START)
    clock.setVirtual(false)
    expect(clock.now().toISOString()).toBe('2030-01-01T06:01:00.000Z')
  })

  it('turns virtual when a real clock is advanced', async () => {
    const { clock } = createMock({ now: () => new Date(START) })
    await clock.advance('1m')
    expect(clock.virtual).toBe(true)
    expect(clock.now().toISOString()).toBe('2030-01-01T06:01:00.000Z')
  })

  it('returns to its start on reset: virtual at its start, or real', async () => {
    const mock = createMock({ clock: { virtual: true, start: START } })
    await mock.clock.advance('3h')
    mock.reset()
    expect(mock.clock.now().toISOString()).toBe(START)
    const real = createMock({ now: () => new Date(START) })
    await real.clock.advance('3h')
    real.reset()
    expect(real.clock.virtual).toBe(false)
  })
})

describe('timers on the clock', () => {
  it('run in time order while a virtual clock advances, their work awaited', async () => {
    const clock = createClock({ virtual: true, start: START })
    const ran: string[] = []
    const later = (name: string) => async () => {
      await new Promise((resolve) => setImmediate(resolve))
      ran.push(`${name}@${clock.now().toISOString().slice(11, 19)}`)
    }
    clock.setTimer(at('2030-01-01T06:00:20Z'), later('b'))
    clock.setTimer(at('2030-01-01T06:00:05Z'), later('a'))
    clock.setTimer(at('2030-01-01T06:00:20Z'), later('c'))
    clock.setTimer(at('2030-01-01T07:00:00Z'), later('d'))
    await clock.advance('30s')
    expect(ran).toEqual(['a@06:00:05', 'b@06:00:20', 'c@06:00:20'])
    expect(clock.timers).toBe(1)
    expect(clock.now().toISOString()).toBe('2030-01-01T06:00:30.000Z')
  })

  it('runs a timer set by a timer when it falls within the same advance', async () => {
    const clock = createClock({ virtual: true, start: START })
    const ran: number[] = []
    const step = (n: number) => (): void => {
      ran.push(n)
      if (n < 3) clock.setTimer(clock.nowMs() + 10_000, step(n + 1))
    }
    clock.setTimer(at(START) + 10_000, step(1))
    await clock.advance('25s')
    expect(ran).toEqual([1, 2])
    await clock.advance('5s')
    expect(ran).toEqual([1, 2, 3])
  })

  it('runs a timer already due on a real clock by itself', async () => {
    const clock = createClock({}, () => new Date(START))
    const ran = new Promise<string>((resolve) => {
      clock.setTimer(at(START) - 1, () => resolve(clock.now().toISOString()))
    })
    expect(await ran).toBe(START)
  })

  it('drops its timers on reset and close', async () => {
    const clock = createClock({ virtual: true, start: START })
    let ran = 0
    clock.setTimer(at(START) + 1000, () => ran++)
    clock.reset()
    clock.setTimer(at(START) + 1000, () => ran++)
    await clock.close()
    clock.setTimer(at(START) + 1000, () => ran++)
    await clock.advance('1m')
    expect(ran).toBe(0)
    expect(clock.timers).toBe(0)
  })
})

describe('parseDuration', () => {
  it.each<[unknown, number | undefined]>([
    [5000, 5000],
    ['5000', 5000],
    ['250ms', 250],
    ['90s', 90_000],
    ['2m', 120_000],
    ['18h', 64_800_000],
    ['1d', 86_400_000],
    ['1h30m', 5_400_000],
    ['1.5s', 1500],
    [' 90S ', 90_000],
    [0, 0],
    [-1, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    ['', undefined],
    ['soon', undefined],
    ['90', 90],
    ['90 s', undefined],
    ['s', undefined],
    [true, undefined],
    [null, undefined],
  ])('reads %j as %j', (value, ms) => {
    expect(parseDuration(value)).toBe(ms)
  })
})
