/**
 * @module
 * `GET /__mock/clock` and `POST /__mock/clock`: read the mock's clock, make it virtual or
 * real, advance it by a duration or to a time. An advance answers once everything that
 * fell due on the way (status changes, callback attempts and their retries) has happened.
 */
import type { Hono } from 'hono'
import type { MockEnv } from '../mock-env.js'
import type { MockClock } from '../state/clock.js'
import type { MockState } from '../state/mock-state.js'
import { badRequest, jsonObject } from './register-control.js'

/**
 * What the clock endpoints answer.
 * @example
 * const view: ClockView = { now: '2030-01-01T09:00:00.000Z', virtual: true }
 */
export interface ClockView {
  now: string
  virtual: boolean
}

/**
 * The clock as the control endpoints show it.
 * @example
 * clockView(mock.clock) // { now: '2030-01-01T09:00:00.000Z', virtual: true }
 */
export function clockView(clock: MockClock): ClockView {
  return { now: clock.now().toISOString(), virtual: clock.virtual }
}

const USAGE =
  'Send one of { "advance": "90s" | "18h" | 5000 }, { "to": "2030-01-01T09:00:00Z" } or { "virtual": true | false }.'

/**
 * Adds the clock endpoints to `app` (behind the control guard).
 * @example
 * registerClockControl(app, state)
 */
export function registerClockControl(app: Hono<MockEnv>, state: MockState): void {
  app.get('/__mock/clock', (c) => c.json(clockView(state.clock)))
  app.post('/__mock/clock', async (c) => {
    const body = jsonObject(c)
    if (typeof body === 'string') return badRequest(c, `${body} ${USAGE}`)
    const keys = Object.keys(body)
    const [key] = keys
    if (keys.length !== 1 || (key !== 'advance' && key !== 'to' && key !== 'virtual')) {
      return badRequest(c, USAGE)
    }
    try {
      if (key === 'virtual') {
        if (typeof body.virtual !== 'boolean')
          return badRequest(c, 'virtual must be true or false.')
        state.clock.setVirtual(body.virtual)
      } else if (key === 'advance') {
        if (typeof body.advance !== 'string' && typeof body.advance !== 'number') {
          return badRequest(c, USAGE)
        }
        await state.clock.advance(body.advance)
      } else {
        if (typeof body.to !== 'string' && typeof body.to !== 'number') {
          return badRequest(c, USAGE)
        }
        await state.clock.advanceTo(body.to)
      }
    } catch (error) {
      return badRequest(c, `${(error as Error).message}.`)
    }
    return c.json(clockView(state.clock))
  })
}
