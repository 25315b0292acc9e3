/**
 * @module
 * A clock for tests: every wait the client asks for is recorded and ends at once (or, held,
 * only when its signal aborts), jitter draws are scripted and time moves only when told.
 */
import type { Clock } from '../retry/clock.js'

/** A virtual clock and what it was asked. */
export interface VirtualClock extends Clock {
  /** Each `sleep` asked for, in order. @unit milliseconds */
  sleeps: number[]
  /** Moves `now()` forward. */
  advance(ms: number): void
}

/**
 * A clock whose `random()` answers `random` and whose sleeps end at once, or with `hold`
 * never, until their signal aborts.
 * @example
 * const clock = virtualClock({ random: 0.5 })
 * createClient({ clock, ... })
 * expect(clock.sleeps).toEqual([250])
 */
export function virtualClock(options: { random?: number; hold?: boolean } = {}): VirtualClock {
  let now = 1_000
  const sleeps: number[] = []
  return {
    sleeps,
    advance: (ms) => {
      now += ms
    },
    now: () => now,
    random: () => options.random ?? 0.5,
    sleep: (ms, signal) => {
      sleeps.push(ms)
      if (!options.hold) return Promise.resolve()
      return new Promise<void>((_, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true })
      })
    },
  }
}
