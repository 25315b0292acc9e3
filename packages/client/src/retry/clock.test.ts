/**
 * @module
 * Tests of the real clock's waits on fake timers: they end after their time, at once on an
 * abort (with its reason), and leave no timer or listener behind.
 */
import { getEventListeners } from 'node:events'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { realClock } from './clock.js'

afterEach(() => {
  vi.useRealTimers()
})

describe('realClock', () => {
  it('sleeps for the time asked, and no longer', async () => {
    vi.useFakeTimers()
    const controller = new AbortController()
    let done = false
    const sleeping = realClock.sleep(100, controller.signal).then(() => {
      done = true
    })
    await vi.advanceTimersByTimeAsync(99)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    await sleeping
    expect(done).toBe(true)
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
  })

  it('sleeps without a signal', async () => {
    vi.useFakeTimers()
    const sleeping = realClock.sleep(10)
    await vi.advanceTimersByTimeAsync(10)
    await expect(sleeping).resolves.toBeUndefined()
  })

  it('stops at once with the reason when the signal aborts, leaving no timer', async () => {
    vi.useFakeTimers()
    const controller = new AbortController()
    const sleeping = realClock.sleep(10_000, controller.signal)
    const reason = new Error('stop')
    controller.abort(reason)
    await expect(sleeping).rejects.toBe(reason)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('does not sleep on a signal already aborted', async () => {
    vi.useFakeTimers()
    const reason = new Error('already')
    await expect(realClock.sleep(10_000, AbortSignal.abort(reason))).rejects.toBe(reason)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('draws numbers in [0, 1) and tells a time that moves forward', () => {
    const spy = vi.spyOn(Math, 'random').mockReturnValue(0.25)
    expect(realClock.random()).toBe(0.25)
    spy.mockRestore()
    const first = realClock.now()
    expect(typeof first).toBe('number')
    expect(realClock.now()).toBeGreaterThanOrEqual(first)
  })

  it('tells the time from performance.now', () => {
    const spy = vi.spyOn(performance, 'now').mockReturnValue(1234.5)
    expect(realClock.now()).toBe(1234.5)
    spy.mockRestore()
  })

  it('falls back to Date.now without performance', () => {
    vi.stubGlobal('performance', undefined)
    const spy = vi.spyOn(Date, 'now').mockReturnValue(99)
    expect(realClock.now()).toBe(99)
    spy.mockRestore()
    vi.unstubAllGlobals()
  })
})
