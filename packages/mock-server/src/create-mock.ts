/**
 * @module
 * `createMock`: the in-process mock, a Hono app plus handles on its accounts, journal
 * and faults. Use `app.request()` in tests; `startMockServer` puts it on a socket.
 */
import { Hono } from 'hono'
import type { MockQuirks } from './answers.js'
import { finishAnswer, topLevel } from './answers.js'
import { mockCors } from './middleware/cors.js'
import { requestLog } from './middleware/request-log.js'
import { registerControl } from './routes/control.js'
import { registerSendSms, SEND_SMS_PATHS } from './routes/send-sms.js'
import {
  type AccountStore,
  createAccountStore,
  type MockAccount,
  SANDBOX_ACCOUNT,
} from './state/accounts.js'
import { createFaultQueue, type FaultQueue } from './state/faults.js'
import { createJournal, DEFAULT_JOURNAL_LIMIT, type Journal } from './state/journal.js'
import { FIRST_MESSAGE_ID, type MockState } from './state/mock-state.js'

/**
 * Options of `createMock` (and of `startMockServer`).
 * @example
 * const options: MockOptions = { journalLimit: 100, quirks: { stringIds: true }, log: console.log }
 */
export interface MockOptions {
  /** Accounts the mock knows. Default: `[SANDBOX_ACCOUNT]`. */
  accounts?: MockAccount[]
  /** Messages kept for `GET /__mock/messages`; the oldest is dropped past it. Default 10 000. */
  journalLimit?: number
  /** Emulate live-service drift (`respose-code`, string ids). Default: none. */
  quirks?: MockQuirks
  /** The clock, for tests of scheduling. Default: `() => new Date()`. */
  now?: () => Date
  /** Receives one line per request (never the apikey). Default: no logging. */
  log?: (line: string) => void
}

/**
 * One mock: its Hono app and handles on its state.
 * @example
 * const mock: Mock = createMock()
 * mock.faults.push({ code: 4090 })
 */
export interface Mock {
  /** The app; call `app.request()` / `app.fetch()` in-process. */
  app: Hono
  accounts: AccountStore
  journal: Journal
  faults: FaultQueue
  /** Back to the start state: accounts and credit, empty journal, no faults, first message id. */
  reset(): void
}

function isSendSmsPath(path: string): boolean {
  return SEND_SMS_PATHS.includes(path)
}

/**
 * Creates an in-process mock of the send-SMS API.
 * @example
 * import { createMock, SANDBOX_ACCOUNT } from '@sendsms/mock-server'
 * const mock = createMock()
 * const res = await mock.app.request('/api/services/sendsms', {
 *   method: 'POST',
 *   headers: { 'content-type': 'application/json' },
 *   body: JSON.stringify({ ...SANDBOX_ACCOUNT, shortcode: 'SANDBOX', message: 'Hi', mobile: '0712345678' }),
 * })
 * await res.json() // { responses: [{ 'response-code': 200, ... }] }
 * mock.journal.list() // [{ messageId: 100000001, mobile: '254712345678', ... }]
 */
export function createMock(options: MockOptions = {}): Mock {
  return createMockWithState(options).mock
}

/**
 * `createMock`, also returning the state behind it, for the socket fast path of
 * `startMockServer`. Internal: not exported from the package.
 * @example
 * const { mock, state } = createMockWithState({})
 */
export function createMockWithState(options: MockOptions = {}): { mock: Mock; state: MockState } {
  const state: MockState = {
    accounts: createAccountStore(options.accounts ?? [SANDBOX_ACCOUNT]),
    journal: createJournal(options.journalLimit ?? DEFAULT_JOURNAL_LIMIT),
    faults: createFaultQueue(),
    quirks: { ...options.quirks },
    now: options.now ?? (() => new Date()),
    log: options.log,
    nextMessageId: FIRST_MESSAGE_ID,
  }
  const reset = (): void => {
    state.accounts.reset()
    state.journal.clear()
    state.faults.clear()
    state.nextMessageId = FIRST_MESSAGE_ID
  }

  const app = new Hono()
  if (state.log) app.use('*', requestLog(state.log))
  app.use('*', mockCors())
  registerSendSms(app, state)
  registerControl(app, state, reset)

  app.notFound((c) =>
    c.json(
      {
        error: 'not_found',
        message: `No route for ${c.req.method} ${c.req.path}. The mock serves /api/services/sendsms and /__mock/*.`,
      },
      404,
    ),
  )
  app.onError((error, c) => {
    // Only the error's name and message: a stack or request dump could hold the apikey.
    state.log?.(`error on ${c.req.method} ${c.req.path}: ${error.name}: ${error.message}`)
    if (isSendSmsPath(c.req.path)) return c.json(finishAnswer(topLevel(1005), state.quirks), 200)
    return c.json(
      { error: 'internal_error', message: 'The mock failed to answer; see its log.' },
      500,
    )
  })

  const mock = {
    app,
    accounts: state.accounts,
    journal: state.journal,
    faults: state.faults,
    reset,
  }
  return { mock, state }
}
