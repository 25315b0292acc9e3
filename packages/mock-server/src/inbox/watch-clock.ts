/**
 * @module
 * The clock, telling the inbox when it moves: a message's status is derived from the
 * clock (nothing is stored per message), so a page learns that statuses changed from one
 * event per move and reads its visible rows again. Every way the clock is moved (in-process,
 * `POST /__mock/clock`, a provider state) goes through the methods wrapped here.
 */
import type { ClockDriver } from '../state/clock.js'
import type { InboxEvents } from './inbox-events.js'

/**
 * `clock`, its moves told to `events` once they are done (`advance` resolves after
 * everything due has happened, and so does the event).
 * @example
 * const clock = watchClock(createClock({ virtual: true }), events)
 */
export function watchClock(clock: ClockDriver, events: InboxEvents): ClockDriver {
  const moved = (): void => {
    if (events.listening) {
      events.emit({
        type: 'clock',
        now: new Date(clock.nowMs()).toISOString(),
        virtual: clock.virtual,
      })
    }
  }
  const { advance, advanceTo, setVirtual } = clock
  clock.advance = (by) => advance(by).finally(moved)
  clock.advanceTo = (to) => advanceTo(to).finally(moved)
  clock.setVirtual = (virtual) => {
    setVirtual(virtual)
    moved()
  }
  return clock
}
