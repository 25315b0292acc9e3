/**
 * @module
 * `POST /__mock/provider-states`: Pact's state change, as its verifier sends it to a
 * provider states URL (`{"state", "params"?, "action"?}`), answered with what the state made;
 * and `GET /__mock/provider-states`: every state the mock knows, with its parameters. Behind
 * the control guard, like every `/__mock/*` endpoint, and under a namespace at
 * `/ns/{name}/__mock/provider-states`. The path with a trailing slash answers too, as some
 * verifiers add one to the URL they are given.
 */
import type { Context, Hono } from 'hono'
import type { MockEnv } from '../mock-env.js'
import {
  ProviderStateError,
  UnknownProviderStateError,
} from '../provider-states/provider-state-errors.js'
import type { ProviderStates } from '../provider-states/provider-states-handle.js'
import { badRequest, jsonObject } from './register-control.js'

const PATHS = ['/__mock/provider-states', '/__mock/provider-states/']

const USAGE =
  'Send {"state": "the sandbox account exists", "params": {…}, "action": "setup" | "teardown"}; GET /__mock/provider-states lists the states.'

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

async function change(c: Context<MockEnv>, states: ProviderStates) {
  const body = jsonObject(c)
  if (typeof body === 'string') return badRequest(c, `${body} ${USAGE}`)
  const { state, params = {}, action = 'setup' } = body
  if (typeof state !== 'string' || state === '') {
    return badRequest(c, `state must be the name of a provider state. ${USAGE}`)
  }
  // Verifiers send `params: null` for a state recorded without any.
  if (params !== null && !isObject(params)) return badRequest(c, 'params must be a JSON object.')
  if (action !== 'setup' && action !== 'teardown') {
    return badRequest(c, 'action must be setup or teardown.')
  }
  try {
    return c.json(await states.apply(state, params ?? {}, action))
  } catch (error) {
    if (error instanceof UnknownProviderStateError) {
      return c.json({ error: 'unknown_state', message: error.message, known: error.known }, 400)
    }
    if (
      error instanceof ProviderStateError ||
      error instanceof TypeError ||
      error instanceof RangeError
    ) {
      return badRequest(c, error.message)
    }
    throw error
  }
}

/**
 * Adds the provider-states endpoints to `app` (behind the control guard).
 * @example
 * registerProviderStatesControl(app, mock.providerStates)
 * // POST /__mock/provider-states {"state":"the sandbox account has no credit"}
 */
export function registerProviderStatesControl(app: Hono<MockEnv>, states: ProviderStates): void {
  for (const path of PATHS) {
    app.get(path, (c) => c.json({ states: states.list() }))
    app.post(path, (c) => change(c, states))
  }
}
