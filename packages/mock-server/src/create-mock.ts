/**
 * @module
 * `createMock`: the in-process mock, a Hono app plus handles on its accounts, journal and
 * faults. It imports nothing from `node:`, so it runs wherever Hono does (Node, browsers,
 * Workers, Deno, Bun); `startMockServer` (`@sendsms/mock-server/node`) puts it on a socket.
 */
import { Hono } from 'hono'
import { registerControl } from './control/register-control.js'
import { PROVIDER_ENDPOINTS } from './endpoints/index.js'
import { requestLog } from './log/request-log.js'
import type { RequestLogEntry } from './log/request-log-entry.js'
import { safePath } from './log/request-log-entry.js'
import type { MockEnv } from './mock-env.js'
import type { MockQuirks } from './provider/quirks.js'
import { registerProviderRoutes } from './provider/register-provider-routes.js'
import {
  type AccountStore,
  createAccountStore,
  type MockAccount,
  SANDBOX_ACCOUNT,
} from './state/accounts.js'
import { createFaultQueue, type FaultQueue } from './state/faults.js'
import { createJournal, type Journal } from './state/journal.js'
import { FIRST_MESSAGE_ID, type MockState } from './state/mock-state.js'

/**
 * Options of `createMock` (and of `startMockServer`).
 * @example
 * const options: MockOptions = { journalLimit: 100, quirks: { stringIds: true }, log: (entry) => entries.push(entry) }
 */
export interface MockOptions {
  /** Accounts the mock knows. Default: `[SANDBOX_ACCOUNT]`. */
  accounts?: MockAccount[]
  /** Messages kept for `GET /__mock/messages`; the oldest is dropped past it. Default 10 000. */
  journalLimit?: number
  /**
   * Memory the journal may hold, estimated; the oldest messages are dropped past it.
   * Default 32 MiB.
   * @unit bytes
   */
  journalBytes?: number
  /** Emulate live-service drift (`respose-code`, string ids). Default: none. */
  quirks?: MockQuirks
  /** The clock, for tests of scheduling. Default: `() => new Date()`. */
  now?: () => Date
  /**
   * Receives one entry per request, once it is answered (never a key or a query string).
   * `formatRequestLine(entry)` gives the readable line. Default: no logging.
   */
  log?: (entry: RequestLogEntry) => void
  /**
   * Host names the control endpoints answer besides loopback ones (`localhost`,
   * `*.localhost`, 127.x, ::1), e.g. when the mock runs in a container; `'*'` for any.
   * Default: none.
   */
  allowedHosts?: string[]
  /**
   * Browser origins allowed to call the control endpoints (CORS), e.g. a test page on
   * `http://localhost:5173`; `'*'` for any. Provider endpoints answer every origin
   * regardless. Default: none.
   */
  cors?: string[]
}

/**
 * One mock: its Hono app and handles on its state.
 * @example
 * const mock: Mock = createMock()
 * mock.faults.push({ code: 4090 })
 */
export interface Mock {
  /** The app; call `app.request()` / `app.fetch()` in-process. */
  app: Hono<MockEnv>
  accounts: AccountStore
  journal: Journal
  faults: FaultQueue
  /** Back to the start state: accounts and credit, empty journal, no faults, first message id. */
  reset(): void
}

/**
 * Creates an in-process mock of the Advanta SMS API.
 * @example
 * import { createMock, SANDBOX_ACCOUNT } from '@sendsms/mock-server'
 * const mock = createMock()
 * const res = await mock.app.request('/api/services/sendsms', {
 *   method: 'POST',
 *   headers: { 'content-type': 'application/json' },
 *   body: JSON.stringify({ apikey: SANDBOX_ACCOUNT.apikey, partnerID: SANDBOX_ACCOUNT.partnerID, shortcode: 'SANDBOX', message: 'Hi', mobile: '0712345678' }),
 * })
 * await res.json() // { responses: [{ 'response-code': 200, ... }] }
 * mock.journal.list() // [{ messageId: 100000001, mobile: '254712345678', ... }]
 */
export function createMock(options: MockOptions = {}): Mock {
  return createMockWithState(options).mock
}

/**
 * `createMock`, also returning the state behind it, for the Node fast path of
 * `startMockServer`. Internal: not exported from the package.
 * @example
 * const { mock, state } = createMockWithState({})
 */
export function createMockWithState(options: MockOptions = {}): { mock: Mock; state: MockState } {
  const state: MockState = {
    accounts: createAccountStore(options.accounts ?? [SANDBOX_ACCOUNT]),
    journal: createJournal({
      ...(options.journalLimit === undefined ? {} : { limit: options.journalLimit }),
      ...(options.journalBytes === undefined ? {} : { maxBytes: options.journalBytes }),
    }),
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

  const app = new Hono<MockEnv>()
  app.use('*', requestLog(state))
  registerProviderRoutes(app, state, PROVIDER_ENDPOINTS)
  const access = { allowedHosts: options.allowedHosts ?? [], corsOrigins: options.cors ?? [] }
  registerControl(app, state, access, reset)

  app.notFound((c) =>
    c.json(
      {
        error: 'not_found',
        message: `No route for ${c.req.method} ${safePath(c.req.path)}; the mock serves ${PROVIDER_ENDPOINTS.map((e) => e.paths[0]).join(', ')} and /__mock/*.`,
      },
      404,
    ),
  )
  // The provider layer answers its own failures (1005); this is every other route. The
  // log entry carries the error (c.error); the answer says no more than that.
  app.onError((_error, c) =>
    c.json({ error: 'internal_error', message: 'The mock failed to answer; see its log.' }, 500),
  )

  const mock = {
    app,
    accounts: state.accounts,
    journal: state.journal,
    faults: state.faults,
    reset,
  }
  return { mock, state }
}
