/**
 * @module
 * `GET /__mock/profile` and `PUT /__mock/profile`: the answer profile in force, read and
 * replaced at run time, so one running mock can answer as the docs show, then as a live
 * capture did, then as a strict client expects. A PUT replaces the whole profile (its
 * settings start again from the base it names), so the result never depends on what was
 * set before; `POST /__mock/reset` brings back the profile the mock started with.
 */
import type { Hono } from 'hono'
import type { MockEnv } from '../mock-env.js'
import { activeProfile, profileJson } from '../provider/profiles/active-profile.js'
import type { MockState } from '../state/mock-state.js'
import { badRequest, jsonObject } from './register-control.js'

/**
 * Adds the profile endpoints to `app` (behind the control guard).
 * @example
 * registerProfileControl(app, state)
 * // PUT /__mock/profile {"base":"strict-go","lowCredit":"top-level"}
 */
export function registerProfileControl(app: Hono<MockEnv>, state: MockState): void {
  app.get('/__mock/profile', (c) => c.json({ profile: profileJson(state.profile) }))
  app.put('/__mock/profile', (c) => {
    const body = jsonObject(c)
    if (typeof body === 'string') return badRequest(c, body)
    try {
      state.profile = activeProfile(body)
    } catch (error) {
      return badRequest(c, (error as Error).message)
    }
    return c.json({ profile: profileJson(state.profile) })
  })
}
