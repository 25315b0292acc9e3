/**
 * @module
 * `createMockAdmin`: a typed client of the mock's control API for tests in another process
 * than the mock (a CI job against `sendsms-mock`, a Pact verifier), built on openapi-fetch
 * with the types generated from `spec/mock-control.yaml`. It imports nothing from `node:`
 * and nothing of Hono, so it runs wherever fetch does. With `namespace`, every call acts on
 * that namespace (`/ns/{name}`); the namespace listing is the server's, at its root.
 */
import createClient from 'openapi-fetch'
import { answerOf } from './admin-answer.js'
import type {
  AdminAccount,
  AdminAccountInput,
  AdminCallbacks,
  AdminClock,
  AdminFaultInput,
  AdminHealth,
  AdminJournalEntry,
  AdminMessageFilter,
  AdminMessagesPage,
  AdminNamespaces,
  AdminPendingFault,
  AdminProfile,
  AdminProfileInput,
  AdminProviderState,
  AdminProviderStateResult,
  AdminRequestEntry,
  AdminRequestFilter,
  AdminRequestsPage,
} from './admin-types.js'
import type { paths } from './generated/control-schema.js'
import { MockAdminError, MockAdminWaitError } from './mock-admin-error.js'

/**
 * Where the mock is, and how to reach it.
 * @example
 * const options: MockAdminOptions = { baseUrl: 'http://127.0.0.1:4010', namespace: 'ci-1' }
 */
export interface MockAdminOptions {
  /** The mock's URL, e.g. `http://127.0.0.1:4010` (`server.url`). */
  baseUrl: string
  /** Act on this namespace (`/ns/{namespace}`) rather than the root. Default: the root. */
  namespace?: string
  /** The fetch to call. Default: the platform's `fetch`. */
  fetch?: (request: Request) => Promise<Response>
}

/**
 * The control API of one mock (or one namespace of it).
 * @example
 * const admin: MockAdmin = createMockAdmin({ baseUrl: server.url })
 */
export interface MockAdmin {
  messages: {
    /** One page of the journal, oldest first. */
    list(filter?: AdminMessageFilter): Promise<AdminMessagesPage>
    /** Every matching entry, page after page. */
    all(filter?: AdminMessageFilter): AsyncIterable<AdminJournalEntry>
    /** Empties the journal; resolves with how many entries it held. */
    clear(): Promise<number>
  }
  requests: {
    list(filter?: AdminRequestFilter & { limit?: number }): Promise<AdminRequestsPage>
    count(filter?: AdminRequestFilter): Promise<number>
    /**
     * Resolves with the matching requests once `count` (default 1) have come; rejects with
     * a `MockAdminWaitError` when `timeoutMs` (default 5000, real time) passes first or the
     * mock is reset or closed.
     */
    waitFor(
      filter?: AdminRequestFilter,
      options?: { count?: number; timeoutMs?: number },
    ): Promise<AdminRequestEntry[]>
    clear(): Promise<number>
  }
  faults: {
    /** Queues a fault; resolves with the pending list. */
    push(fault: AdminFaultInput): Promise<AdminPendingFault[]>
    list(): Promise<AdminPendingFault[]>
    clear(): Promise<number>
  }
  accounts: {
    list(): Promise<AdminAccount[]>
    /** Adds an account or changes one in part; resolves with it, without its apikey. */
    upsert(account: AdminAccountInput): Promise<AdminAccount>
  }
  clock: {
    get(): Promise<AdminClock>
    /** Moves a virtual clock by `'90s'`, `'18h'`, `'1h30m'` or milliseconds, once all due has happened. */
    advance(by: string | number): Promise<AdminClock>
    /** Moves a virtual clock to a time (ISO 8601, EAT text or ms), never back. */
    to(time: string | number): Promise<AdminClock>
    setVirtual(virtual: boolean): Promise<AdminClock>
  }
  profile: {
    get(): Promise<AdminProfile>
    /** Replaces the profile (unset settings are the base's). */
    set(profile: AdminProfileInput): Promise<AdminProfile>
  }
  callbacks: {
    list(filter?: { messageId?: string }): Promise<AdminCallbacks>
    clear(): Promise<number>
  }
  namespaces: {
    /** Every namespace of the server (always read at its root). */
    list(): Promise<AdminNamespaces>
    /** Closes a namespace; resolves with whether there was one. */
    delete(name: string): Promise<boolean>
  }
  providerStates: {
    list(): Promise<AdminProviderState[]>
    /** Sets up (or, with `action: 'teardown'`, tears down) a provider state. */
    apply(
      name: string,
      params?: Record<string, unknown>,
      action?: 'setup' | 'teardown',
    ): Promise<AdminProviderStateResult>
  }
  /** Back to the start state. */
  reset(): Promise<void>
  health(): Promise<AdminHealth>
}

// The `after` of a page's `next` link: a page is asked for with it, not by following the
// link, whose path (root or namespace) is the mock's business.
function afterOf(next: string | null): number | undefined {
  if (next === null) return undefined
  const after = new URL(next, 'http://mock.invalid').searchParams.get('after')
  return after === null ? undefined : Number(after)
}

const JSON_HEADERS = { 'content-type': 'application/json' }

/**
 * Creates the admin client of a running mock (`sendsms-mock`, `startMockServer`).
 * @example
 * import { createMockAdmin } from '@sendsms/mock-server/admin'
 * const admin = createMockAdmin({ baseUrl: 'http://127.0.0.1:4010', namespace: 'ci-1' })
 * await admin.faults.push({ code: 4090 })
 * const [send] = await admin.requests.waitFor({ endpoint: 'sendsms' }, { timeoutMs: 2000 })
 * await admin.namespaces.delete('ci-1')
 */
export function createMockAdmin(options: MockAdminOptions): MockAdmin {
  const root = options.baseUrl.replace(/\/+$/, '')
  const fetch = options.fetch
  const clientFor = (baseUrl: string) =>
    createClient<paths>(fetch === undefined ? { baseUrl } : { baseUrl, fetch })
  const api = clientFor(
    options.namespace === undefined ? root : `${root}/ns/${encodeURIComponent(options.namespace)}`,
  )
  const server = options.namespace === undefined ? api : clientFor(root)
  const deleted = async (
    outcome: Promise<{ data?: { deleted: number }; error?: unknown; response: Response }>,
  ) => (await answerOf(outcome)).deleted
  const setClock = (
    body: { advance: string | number } | { to: string | number } | { virtual: boolean },
  ) => answerOf(api.POST('/__mock/clock', { body, headers: JSON_HEADERS }))

  const admin: MockAdmin = {
    messages: {
      list: (filter = {}) => answerOf(api.GET('/__mock/messages', { params: { query: filter } })),
      async *all(filter = {}) {
        let after = filter.after
        do {
          const query = after === undefined ? filter : { ...filter, after }
          const page = await admin.messages.list(query)
          yield* page.messages
          after = afterOf(page.next)
        } while (after !== undefined)
      },
      clear: () => deleted(api.DELETE('/__mock/messages')),
    },
    requests: {
      list: (filter = {}) => answerOf(api.GET('/__mock/requests', { params: { query: filter } })),
      count: async (filter = {}) =>
        (await answerOf(api.GET('/__mock/requests/count', { params: { query: filter } }))).count,
      waitFor: async (filter = {}, wait = {}) => {
        const query = { ...filter, ...wait }
        const answer = await answerOf(api.GET('/__mock/requests/wait', { params: { query } }))
        if (answer.matched) return answer.requests
        throw new MockAdminWaitError(answer.reason, wait.count ?? 1, answer.requests)
      },
      clear: () => deleted(api.DELETE('/__mock/requests')),
    },
    faults: {
      push: async (fault) =>
        (await answerOf(api.POST('/__mock/faults', { body: fault, headers: JSON_HEADERS }))).faults,
      list: async () => (await answerOf(api.GET('/__mock/faults'))).faults,
      clear: () => deleted(api.DELETE('/__mock/faults')),
    },
    accounts: {
      list: async () => (await answerOf(api.GET('/__mock/accounts'))).accounts,
      upsert: async (account) => {
        try {
          const body = account
          return (await answerOf(api.POST('/__mock/accounts', { body, headers: JSON_HEADERS })))
            .account
        } catch (error) {
          // The mock never repeats a key; this keeps it so whatever a message holds.
          const key = account.apikey
          if (!(error instanceof MockAdminError) || !key || !error.message.includes(key))
            throw error
          throw new MockAdminError(
            error.status,
            error.code,
            error.message.replaceAll(key, '[redacted]'),
          )
        }
      },
    },
    clock: {
      get: () => answerOf(api.GET('/__mock/clock')),
      advance: (by) => setClock({ advance: by }),
      to: (time) => setClock({ to: time }),
      setVirtual: (virtual) => setClock({ virtual }),
    },
    profile: {
      get: async () => (await answerOf(api.GET('/__mock/profile'))).profile,
      set: async (profile) =>
        (await answerOf(api.PUT('/__mock/profile', { body: profile, headers: JSON_HEADERS })))
          .profile,
    },
    callbacks: {
      list: (filter = {}) => answerOf(api.GET('/__mock/callbacks', { params: { query: filter } })),
      clear: () => deleted(api.DELETE('/__mock/callbacks')),
    },
    namespaces: {
      list: () => answerOf(server.GET('/__mock/namespaces')),
      delete: async (name) =>
        (await answerOf(server.DELETE('/__mock/namespaces/{name}', { params: { path: { name } } })))
          .deleted === 1,
    },
    providerStates: {
      list: async () => (await answerOf(api.GET('/__mock/provider-states'))).states,
      apply: (state, params, action = 'setup') =>
        answerOf(
          api.POST('/__mock/provider-states', {
            body: params === undefined ? { state, action } : { state, params, action },
            headers: JSON_HEADERS,
          }),
        ),
    },
    reset: async () => {
      await answerOf(api.POST('/__mock/reset'))
    },
    health: () => answerOf(api.GET('/__mock/health')),
  }
  return admin
}
