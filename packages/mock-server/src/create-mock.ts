/**
 * @module
 * `createMock`: the in-process mock, a Hono app plus handles on its accounts, journal and
 * faults. It imports nothing from `node:`, so it runs wherever Hono does (Node, browsers,
 * Workers, Deno, Bun); `startMockServer` (`@sendsms/mock-server/node`) puts it on a socket.
 */
import { Hono } from 'hono'
import type { CallbackOptions } from './callbacks/callback-options.js'
import { type CallbackLog, createCallbackQueue } from './callbacks/callback-queue.js'
import { registerCallbacksControl } from './control/callbacks-control.js'
import { registerClockControl } from './control/clock-control.js'
import { registerNamespacesControl } from './control/namespaces-control.js'
import { registerProfileControl } from './control/profile-control.js'
import { registerProviderStatesControl } from './control/provider-states-control.js'
import { registerControl } from './control/register-control.js'
import { registerRequestsControl } from './control/requests-control.js'
import { PROVIDER_ENDPOINTS } from './endpoints/index.js'
import { createInboxEvents, type InboxEvents } from './inbox/inbox-events.js'
import { keepInboxSource } from './inbox/inbox-source.js'
import { createRecipientIndex, type RecipientIndex } from './inbox/recipient-index.js'
import { registerInbox } from './inbox/register-inbox.js'
import { watchClock } from './inbox/watch-clock.js'
import { requestLog } from './log/request-log.js'
import type { RequestLogEntry } from './log/request-log-entry.js'
import { safePath } from './log/request-log-entry.js'
import type { MockEnv } from './mock-env.js'
import { namespaceMockOptions } from './namespaces/namespace-mock-options.js'
import { type NamespaceOptions, namespaceSettings } from './namespaces/namespace-options.js'
import {
  createNamespaceRegistry,
  type MockNamespaces,
  type NamespaceRegistry,
} from './namespaces/namespace-registry.js'
import { registerNamespaceRoutes } from './namespaces/namespace-routes.js'
import { noNamespaces } from './namespaces/no-namespaces.js'
import {
  activeProfile,
  type MockProfile,
  type ProfileChoice,
  profileJson,
} from './provider/profiles/active-profile.js'
import { type MockQuirks, withLegacyQuirks } from './provider/profiles/legacy-quirks.js'
import { registerProviderRoutes } from './provider/register-provider-routes.js'
import {
  createProviderStates,
  type ProviderStates,
} from './provider-states/provider-states-handle.js'
import { checkNoReportCode, DEFAULT_NO_REPORT_CODE, type NoReportCode } from './rules/get-dlr.js'
import {
  type AccountStore,
  createAccountStore,
  type MockAccount,
  SANDBOX_ACCOUNT,
} from './state/accounts.js'
import { type ClockOptions, createClock, type MockClock } from './state/clock.js'
import { recipientOf } from './state/deliveries.js'
import { createFaultQueue, type FaultQueue } from './state/faults.js'
import { createJournal, type Journal } from './state/journal.js'
import { FIRST_MESSAGE_ID, type MockState } from './state/mock-state.js'
import { createRequestJournal, type RequestJournal } from './state/request-journal.js'

/**
 * Options of `createMock` (and of `startMockServer`).
 * @example
 * const options: MockOptions = { journalLimit: 100, profile: 'live-capture', log: (entry) => entries.push(entry) }
 */
export interface MockOptions extends NamespaceOptions {
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
  /**
   * How answers are shaped where the live service drifts from its docs: a named profile
   * (`docs`, `live-capture`, `strict-go`), or `{ base, codeKey, lowCredit, types }` to
   * change some settings of one (`types` per field, e.g. `{ 'sendsms.messageid': 'string' }`).
   * `PUT /__mock/profile` changes it at run time; `reset()` comes back to this one.
   * Default `docs`: the types the provider's pages show, low credit as a row per recipient.
   */
  profile?: ProfileChoice
  /**
   * @deprecated Choose a `profile`: `misspelledCodeKey` is `{ codeKey: 'respose-code' }`,
   * `stringIds` every `messageid`, `mobile` and `networkid` typed `'string'`. Laid over
   * `profile` when both are given.
   */
  quirks?: MockQuirks
  /**
   * The real clock's time, for tests of scheduling (a virtual `clock` starts from it).
   * Default: `() => new Date()`.
   */
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
  /**
   * The mock's clock: real by default (`now`, else the platform's time); `{ virtual: true,
   * start? }` stands it still until a test advances it (`mock.clock`, `POST /__mock/clock`).
   */
  clock?: ClockOptions
  /**
   * What getdlr answers for a message with no report: `1009` "No dlr" (the getdlr page's
   * example, the default) or `1008` "No Delivery Report" (the code table).
   */
  noReportCode?: NoReportCode
  /** Retries, timeout and bounds of the delivery callbacks (see `CallbackOptions`). */
  callbacks?: CallbackOptions
  /**
   * Requests kept for `mock.requests` and `GET /__mock/requests` (every request to a
   * provider endpoint, refused or not); the oldest is dropped past it. `0` keeps none.
   * Default 10 000.
   */
  requestJournalLimit?: number
  /**
   * Memory those requests may hold, estimated; the oldest are dropped past it. Default 16 MiB.
   * @unit bytes
   */
  requestJournalBytes?: number
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
  /** The answer profile: `get()` the one in force, `set(choice)` another. */
  profile: MockProfile
  /** The clock: read it, make it virtual, advance it (`await mock.clock.advance('20s')`). */
  clock: MockClock
  /** Delivery callbacks: the attempts made, the reports pending, what was dropped. */
  callbacks: CallbackLog
  /**
   * Every request to a provider endpoint, refused or not: `list`, `count`, `find`,
   * `waitFor` (`await mock.requests.waitFor({ endpoint: 'sendsms' })`), `clear`.
   */
  requests: RequestJournal
  /**
   * The namespaces (`/ns/{name}/…`), each a mock of its own: `get(name)` (made on first
   * use), `find`, `list()`, `delete(name)`. `reset()` leaves them be; `close()` closes them.
   */
  namespaces: MockNamespaces
  /**
   * The provider states by name, as Pact's verifier sets them up through
   * `POST /__mock/provider-states`: `list()`, `apply(name, params?, action?)`.
   */
  providerStates: ProviderStates
  /**
   * Back to the start state: accounts and credit, empty journal, no faults, first message
   * id, the clock at its start, no pending callbacks, an empty request journal numbering
   * from 1 (its waits ended).
   */
  reset(): void
  /**
   * Cancels pending callbacks and waits for any under way, so no timer or socket of the
   * mock is left; `startMockServer`'s `close()` calls it.
   */
  close(): Promise<void>
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
 * mock.journal.list() // [{ messageId: '100000001', mobile: '254712345678', ... }]
 */
export function createMock(options: MockOptions = {}): Mock {
  return createMockWithState(options).mock
}

/**
 * `createMock`, also returning the state behind it and its namespaces, for the Node fast
 * path of `startMockServer`. `namespace` names the namespace the mock is (which makes
 * none of its own). Internal: not exported from the package.
 * @example
 * const { mock, state, namespaces } = createMockWithState({})
 */
export function createMockWithState(
  options: MockOptions = {},
  namespace?: string,
  rootEvents?: InboxEvents,
): { mock: Mock; state: MockState; namespaces: NamespaceRegistry | undefined } {
  const accounts = createAccountStore(options.accounts ?? [SANDBOX_ACCOUNT])
  const startProfile = activeProfile(withLegacyQuirks(options.profile, options.quirks))
  // The inbox: its events (a namespace's reach the root's too) and its conversations.
  const events = createInboxEvents(rootEvents, namespace)
  const clock = watchClock(createClock(options.clock, options.now), events)
  const callbacks = createCallbackQueue(clock, accounts, options.callbacks, (attempt) =>
    events.emit({ type: 'callback', messageId: String(attempt.messageId), result: attempt.result }),
  )
  const state: MockState = {
    accounts,
    journal: createJournal({
      ...(options.journalLimit === undefined ? {} : { limit: options.journalLimit }),
      ...(options.journalBytes === undefined ? {} : { maxBytes: options.journalBytes }),
    }),
    faults: createFaultQueue(),
    profile: startProfile,
    now: clock.now,
    log: options.log,
    nextMessageId: FIRST_MESSAGE_ID,
    clock,
    callbacks,
    noReportCode: checkNoReportCode(options.noReportCode ?? DEFAULT_NO_REPORT_CODE),
    requests: createRequestJournal({
      ...(options.requestJournalLimit === undefined ? {} : { limit: options.requestJournalLimit }),
      ...(options.requestJournalBytes === undefined
        ? {}
        : { maxBytes: options.requestJournalBytes }),
    }),
  }
  // Every accepted message of every send endpoint reaches the journal through `add`: the
  // callbacks see it there (and set work only for accounts with a callback URL).
  const add = state.journal.add
  state.journal.add = (entry) => {
    add(entry)
    callbacks.accepted(entry)
    if (events.listening) {
      events.emit({ type: 'message', recipient: recipientOf(entry), messageId: entry.messageId })
    }
  }
  const clear = state.journal.clear
  state.journal.clear = () => {
    const deleted = clear()
    if (events.listening) events.emit({ type: 'cleared' })
    return deleted
  }
  const reset = (): void => {
    state.accounts.reset()
    state.journal.clear()
    state.faults.clear()
    state.nextMessageId = FIRST_MESSAGE_ID
    state.profile = startProfile
    callbacks.reset()
    clock.reset()
    state.requests.reset()
    events.emit({ type: 'reset' })
  }

  const app = new Hono<MockEnv>()
  const settings = namespace === undefined ? namespaceSettings(options) : undefined
  const source = options.now
  const realNow = source ? () => source().getTime() : Date.now
  const namespaces =
    settings &&
    createNamespaceRegistry(
      settings,
      (name) => createMockWithState(namespaceMockOptions(options, name, settings), name, events),
      realNow,
    )
  // Before the request log: a namespace logs its own requests, with its name.
  if (namespaces) registerNamespaceRoutes(app, state, namespaces)
  app.use('*', requestLog(state))
  registerProviderRoutes(app, state, PROVIDER_ENDPOINTS)
  const access = { allowedHosts: options.allowedHosts ?? [], corsOrigins: options.cors ?? [] }
  registerControl(app, state, access, reset)
  registerProfileControl(app, state)
  registerClockControl(app, state)
  registerCallbacksControl(app, state)
  registerRequestsControl(app, state)
  // The conversations index is attached on the inbox's first use: until then the journal
  // keeps no index, so a mock whose inbox nobody opens pays nothing for it (it took about a
  // third of the time of a 1000-number send, bench/README.md).
  let index: RecipientIndex | undefined
  const inbox = {
    namespace,
    state,
    events,
    get index(): RecipientIndex {
      if (index === undefined) {
        index = createRecipientIndex()
        state.journal.watch(index)
      }
      return index
    },
  }
  keepInboxSource(inbox)
  registerInbox(app, inbox, namespaces)
  const providerStates = createProviderStates(state, reset)
  registerProviderStatesControl(app, providerStates)
  if (namespaces) registerNamespacesControl(app, namespaces)

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
    profile: {
      get: () => profileJson(state.profile),
      set: (choice: ProfileChoice) => {
        state.profile = activeProfile(choice)
      },
    } satisfies MockProfile,
    clock: clock as MockClock,
    callbacks: callbacks as CallbackLog,
    requests: state.requests as RequestJournal,
    namespaces: namespaces ?? noNamespaces(namespace as string),
    providerStates,
    reset,
    close: async () => {
      state.requests.close()
      events.close()
      // Requests a fault keeps waiting (a hang, a slow body, a late answer) end with the mock.
      state.faults.endHeld()
      callbacks.close()
      await clock.close()
      await namespaces?.close()
    },
  }
  return { mock, state, namespaces }
}
