/**
 * @module
 * The running mock's control endpoints (`/__mock/*`) over HTTP: what the provider states
 * use to set the mock up. Over HTTP rather than in-process, so the states work on the mock
 * exactly as `sendsms mock` runs it, in its own process, and use nothing a user's own
 * tests could not.
 */

import type { ProfileChoice } from '@sendsms/mock-server'
import { SANDBOX_ACCOUNT } from '@sendsms/mock-server'
import { SANDBOX_PARAMS } from '@sendsms/test-fixtures'
import { ENDPOINTS, readCode, SUCCESS_CODE } from '@sendsms/wire'

/**
 * What a provider state may change on the sandbox account.
 * @example
 * const noCredit: SandboxChanges = { credit: 0 }
 */
export interface SandboxChanges {
  credit?: number
  callbackUrl?: string
}

/**
 * The control surface of one running mock.
 * @example
 * const control = mockControl('http://127.0.0.1:4010')
 * await control.reset()
 */
export interface MockControl {
  /** Back to the start state: the sandbox account, no journal, no faults, the real clock. */
  reset(): Promise<void>
  /** The sandbox account with `changes`. */
  sandbox(changes?: SandboxChanges): Promise<void>
  profile(choice: ProfileChoice): Promise<void>
  /** The next request to a provider endpoint answers `code`. */
  fault(code: number): Promise<void>
  /** Stops the clock at the time now, so only the state moves it; a reset makes it real again. */
  pinClock(): Promise<void>
  advanceClock(ms: number): Promise<void>
  now(): Promise<Date>
  /** Sends "Hello" from the sandbox account; resolves with the accepted row's message id. */
  send(fields: { mobile: string; timeToSend?: string }): Promise<string>
}

async function call(url: string, method: string, body?: unknown): Promise<unknown> {
  const init: RequestInit =
    body === undefined
      ? { method }
      : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
  const response = await fetch(url, init)
  const answer: unknown = await response.json()
  if (!response.ok)
    throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(answer)}`)
  return answer
}

/**
 * The control surface of the mock at `baseUrl`.
 * @example
 * const control = mockControl(running.url)
 * await control.sandbox({ credit: 0 })
 */
export function mockControl(baseUrl: string): MockControl {
  const at = (path: string) => new URL(path, baseUrl).href
  return {
    reset: async () => {
      await call(at('/__mock/reset'), 'POST')
    },
    sandbox: async (changes = {}) => {
      await call(at('/__mock/accounts'), 'POST', { ...SANDBOX_ACCOUNT, ...changes })
    },
    profile: async (choice) => {
      await call(
        at('/__mock/profile'),
        'PUT',
        typeof choice === 'string' ? { base: choice } : choice,
      )
    },
    fault: async (code) => {
      await call(at('/__mock/faults'), 'POST', { code, count: 1 })
    },
    pinClock: async () => {
      await call(at('/__mock/clock'), 'POST', { virtual: true })
    },
    advanceClock: async (ms) => {
      await call(at('/__mock/clock'), 'POST', { advance: ms })
    },
    now: async () => {
      const { now } = (await call(at('/__mock/clock'), 'GET')) as { now: string }
      return new Date(now)
    },
    send: async (fields) => {
      const answer = (await call(at(ENDPOINTS.sendsms.path), 'POST', {
        ...SANDBOX_PARAMS,
        message: 'Hello',
        ...fields,
      })) as { responses?: Record<string, unknown>[] }
      const [row] = answer.responses ?? []
      if (!row || readCode(row) !== SUCCESS_CODE) {
        throw new Error(`The mock did not accept the message: ${JSON.stringify(answer)}`)
      }
      return String(row.messageid)
    },
  }
}
