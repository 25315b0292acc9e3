/**
 * @module
 * The mock's clock. Real by default (the platform's time, or `MockOptions.now`); virtual on
 * request, when time stands still until a test moves it. Work that must happen at a time
 * (a delivery callback, its retries) is set as a timer on this clock: a real clock wakes
 * for the earliest with one platform timer, a virtual one runs everything that fell due,
 * in time order, while it is advanced, and the advance resolves only once all of it is
 * done, so a test advances and asserts and never sleeps.
 */
import { parseProviderTime } from '@sendsms/wire'
import { parseDuration } from './clock-duration.js'
import { type ClockTimer, TimerHeap } from './clock-timers.js'

/**
 * How a mock's clock starts.
 * @example
 * createMock({ clock: { virtual: true, start: '2030-01-01T09:00:00Z' } })
 */
export interface ClockOptions {
  /** Start virtual: time stands still until it is advanced. Default `false` (real time). */
  virtual?: boolean
  /**
   * Where a virtual clock starts: a Date, or text as `timeToSend` reads it (ISO 8601, or
   * `YYYY-MM-DD HH:mm[:ss]` in East Africa Time). Default: the time the mock is created.
   */
  start?: Date | string
}

/**
 * The mock's clock as tests use it (`mock.clock`).
 * @example
 * const mock = createMock({ clock: { virtual: true } })
 * await mock.clock.advance('18h') // every status change and callback due by then has happened
 */
export interface MockClock {
  /** The mock's time now. */
  now(): Date
  /** Whether time stands still until advanced. */
  readonly virtual: boolean
  /**
   * Makes the clock virtual (stopped at the time now) or real again (back to the
   * platform's time; work already due then runs).
   */
  setVirtual(virtual: boolean): void
  /**
   * Moves a virtual clock forward by milliseconds or a duration such as `90s`, `18h` or
   * `1h30m`, running everything that falls due on the way; resolves with the new time once
   * it has all happened. A real clock becomes virtual first, at the time now.
   */
  advance(by: number | string): Promise<Date>
  /** As `advance`, to a time (a Date, ISO 8601, or EAT text); it may not be in the past. */
  advanceTo(to: Date | string | number): Promise<Date>
  /** Back to how it started (real, or virtual at its start), with no timers. */
  reset(): void
}

/**
 * The clock with what the mock itself needs: timers and shutting down.
 * @example
 * clock.setTimer(Date.parse('2030-01-01T00:00:20Z'), () => postCallback())
 */
export interface ClockDriver extends MockClock {
  /** The time now in milliseconds since the epoch, without building a Date. */
  nowMs(): number
  /**
   * Runs `run` once the clock reaches `at` (ms since the epoch). A time already passed runs
   * at once on a real clock, and on the next advance of a virtual one.
   */
  setTimer(at: number, run: () => unknown): void
  /** Timers not yet run. */
  readonly timers: number
  /** Drops every timer and waits for the work that is running. */
  close(): Promise<void>
}

// setTimeout holds a 32-bit delay; a timer further away is re-armed when this one fires.
const MAX_PLATFORM_DELAY = 2 ** 31 - 1
// A platform timer that fires with nothing due (a `now` function that stands still, or a
// platform clock a little behind) waits at least this long before looking again.
const RECHECK_MS = 25
// The last instant a Date can hold.
const MAX_TIME = 8.64e15

/**
 * Reads a time given to the clock: a Date, a unix time or text as `timeToSend` reads it.
 * @example
 * readClockTime('2030-01-01T09:00:00Z') // 1893488400000
 * readClockTime('tomorrow') // undefined
 */
export function readClockTime(value: Date | string | number): number | undefined {
  const at = value instanceof Date ? value : parseProviderTime(value)
  const ms = at?.getTime()
  return ms === undefined || Number.isNaN(ms) ? undefined : ms
}

/**
 * Creates a clock. `source` is the real time (`MockOptions.now`, else the platform's).
 * @example
 * const clock = createClock({ virtual: true, start: '2030-01-01T09:00:00Z' })
 * await clock.advance('20s')
 */
export function createClock(
  options: ClockOptions = {},
  source: () => Date = () => new Date(),
): ClockDriver {
  let startAt: number | undefined
  if (options.virtual === true) {
    startAt = options.start === undefined ? source().getTime() : readClockTime(options.start)
    if (startAt === undefined) {
      throw new TypeError('clock.start must be a time such as 2030-01-01T09:00:00Z')
    }
  }
  // The virtual time, or undefined while the clock is real.
  let virtualAt = startAt
  const heap = new TimerHeap()
  const running = new Set<Promise<void>>()
  let seq = 0
  let platform: ReturnType<typeof setTimeout> | undefined
  let armedFor = Number.POSITIVE_INFINITY
  // Advances run one after another; a reset or close starts a new epoch, which ends them.
  let chain: Promise<unknown> = Promise.resolve()
  let epoch = 0
  let closed = false

  const nowMs = (): number => virtualAt ?? source().getTime()

  const disarm = (): void => {
    if (platform !== undefined) clearTimeout(platform)
    platform = undefined
    armedFor = Number.POSITIVE_INFINITY
  }

  const begin = (run: () => unknown): void => {
    let result: unknown
    try {
      result = run()
    } catch {
      return
    }
    if (!(result instanceof Promise)) return
    const tracked: Promise<void> = result.then(
      () => undefined,
      () => undefined,
    )
    running.add(tracked)
    void tracked.then(() => running.delete(tracked))
  }

  const settle = async (): Promise<void> => {
    while (running.size > 0) await Promise.all([...running])
  }

  const fire = (): void => {
    platform = undefined
    armedFor = Number.POSITIVE_INFINITY
    if (virtualAt !== undefined || closed) return
    const now = nowMs()
    let ran = false
    for (let next = heap.peek(); next && next.at <= now; next = heap.peek()) {
      heap.pop()
      ran = true
      begin(next.run)
    }
    arm(ran ? 0 : RECHECK_MS)
  }

  // With a real clock, one platform timer waits for the earliest timer. It is unref'd: a
  // pending callback never holds a process open (a server's socket does that).
  const arm = (atLeast = 0): void => {
    const next = heap.peek()
    if (virtualAt !== undefined || closed || !next) {
      disarm()
      return
    }
    if (platform !== undefined && armedFor <= next.at) return
    disarm()
    const delay = Math.min(Math.max(next.at - nowMs(), atLeast), MAX_PLATFORM_DELAY)
    armedFor = next.at
    platform = setTimeout(fire, delay)
    ;(platform as { unref?: () => void }).unref?.()
  }

  const runUntil = async (target: number, mine: number): Promise<Date> => {
    await settle()
    for (let next = heap.peek(); next && next.at <= target; next = heap.peek()) {
      if (epoch !== mine) break
      const at = next.at
      virtualAt = Math.max(virtualAt ?? at, at)
      // Everything due at the same instant runs together; later work waits for it, so a
      // retry set by a failed attempt runs at its own time, after the attempt.
      while (heap.peek()?.at === at) begin((heap.pop() as ClockTimer).run)
      await settle()
    }
    if (epoch === mine) virtualAt = Math.max(virtualAt ?? target, target)
    return new Date(nowMs())
  }

  // Queues an advance to the time `target` gives, read when the advances before it are
  // done, so two advances of 10 s move the clock by 20 s.
  const queueAdvance = (target: () => number | undefined): Promise<Date> => {
    const mine = epoch
    const result = chain.then(() => {
      // A reset or close since this advance was asked for has put the clock elsewhere.
      if (epoch !== mine) return new Date(nowMs())
      const at = target()
      if (at === undefined || !Number.isFinite(at) || at > MAX_TIME) {
        throw new RangeError('the clock can only be moved to a valid time')
      }
      if (at < nowMs()) {
        throw new RangeError('the clock only moves forward; a reset returns it to its start')
      }
      if (virtualAt === undefined) {
        virtualAt = nowMs()
        disarm()
      }
      return runUntil(at, mine)
    })
    chain = result.catch(() => undefined)
    return result
  }

  return {
    now: () => (virtualAt === undefined ? source() : new Date(virtualAt)),
    nowMs,
    get virtual() {
      return virtualAt !== undefined
    },
    setVirtual: (virtual) => {
      if (virtual && virtualAt === undefined) {
        virtualAt = nowMs()
        disarm()
      } else if (!virtual && virtualAt !== undefined) {
        // An advance still under way stops here: real time has taken over.
        epoch += 1
        virtualAt = undefined
        arm()
      }
    },
    advance: (by) => {
      const ms = parseDuration(by)
      if (ms === undefined) {
        return Promise.reject(
          new RangeError('advance takes milliseconds or a duration such as 90s, 18h or 1h30m'),
        )
      }
      return queueAdvance(() => nowMs() + ms)
    },
    advanceTo: (to) => queueAdvance(() => (typeof to === 'number' ? to : readClockTime(to))),
    setTimer: (at, run) => {
      if (closed || !Number.isFinite(at)) return
      heap.push({ at, seq: seq++, run })
      arm()
    },
    get timers() {
      return heap.size
    },
    reset: () => {
      epoch += 1
      heap.clear()
      disarm()
      virtualAt = startAt
    },
    close: async () => {
      closed = true
      epoch += 1
      heap.clear()
      disarm()
      await settle()
    },
  }
}
