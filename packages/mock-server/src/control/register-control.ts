/**
 * @module
 * The `/__mock/*` control endpoints tests use to read the journal, manage accounts,
 * inject faults and reset. API keys are never part of any answer. Every request passes
 * the control guard first (control-access.ts).
 */
import type { Context, Hono } from 'hono'
import type { MockEnv } from '../mock-env.js'
import { DEFAULT_CREDIT, type MockAccount } from '../state/accounts.js'
import type { MockState } from '../state/mock-state.js'
import { type ControlAccess, controlGuard } from './control-access.js'
import { deliveryView } from './delivery-view.js'
import { messagesPage } from './messages-page.js'

/**
 * What an account looks like over HTTP: everything but the apikey.
 * @example
 * const shown: PublicAccount = { partnerID: '12345', shortcodes: ['SANDBOX'], credit: 10 }
 */
export type PublicAccount = Omit<MockAccount, 'apikey'>

/**
 * Strips the apikey from an account.
 * @example
 * publicAccount(SANDBOX_ACCOUNT) // { partnerID: '12345', shortcodes: ['SANDBOX'], credit: 10000000 }
 */
export function publicAccount(account: MockAccount): PublicAccount {
  const { partnerID, shortcodes, credit, callbackUrl } = account
  return callbackUrl === undefined
    ? { partnerID, shortcodes, credit }
    : { partnerID, shortcodes, credit, callbackUrl }
}

type ControlContext = Context<MockEnv>

/**
 * The answer to bad input on a control endpoint: HTTP 400 with what is wrong.
 * @example
 * return badRequest(c, 'limit must be at least 1')
 */
export const badRequest = (c: ControlContext, message: string) =>
  c.json({ error: 'bad_request', message }, 400)

const utf8 = new TextDecoder()

/**
 * The control request's body (read by the guard) as a JSON object, or what is wrong with it.
 * @example
 * const body = jsonObject(c)
 * if (typeof body === 'string') return badRequest(c, body)
 */
export function jsonObject(c: ControlContext): Record<string, unknown> | string {
  const bytes = c.get('controlBody')
  let value: unknown
  try {
    value = JSON.parse(bytes === undefined ? '' : utf8.decode(bytes))
  } catch {
    return 'The body must be JSON.'
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'The body must be a JSON object.'
  }
  return value as Record<string, unknown>
}

/**
 * Adds the control endpoints to `app`; `reset` returns the mock to its start state.
 * @example
 * registerControl(app, state, { allowedHosts: [], corsOrigins: [] }, () => mock.reset())
 */
export function registerControl(
  app: Hono<MockEnv>,
  state: MockState,
  access: ControlAccess,
  reset: () => void,
): void {
  app.use('/__mock/*', controlGuard(access))
  app.get('/__mock/health', (c) =>
    c.json({
      status: 'ok',
      accounts: state.accounts.list().length,
      messages: state.journal.size,
      dropped: state.journal.dropped,
      requests: state.requests.size,
      requestsDropped: state.requests.dropped,
    }),
  )
  app.get('/__mock/messages', (c) => {
    const now = state.clock.nowMs()
    const page = messagesPage(state.journal, new URL(c.req.url).searchParams, (entry) => ({
      delivery: deliveryView(entry, now),
    }))
    if ('error' in page) return badRequest(c, page.error)
    return c.body(page.json, 200, { 'content-type': 'application/json' })
  })
  app.delete('/__mock/messages', (c) => c.json({ deleted: state.journal.clear() }))

  app.get('/__mock/accounts', (c) => c.json({ accounts: state.accounts.list().map(publicAccount) }))
  app.post('/__mock/accounts', (c) => {
    const body = jsonObject(c)
    if (typeof body === 'string') return badRequest(c, body)
    const partnerID = typeof body.partnerID === 'number' ? String(body.partnerID) : body.partnerID
    // An existing account may be updated in part, e.g. only its credit.
    const existing = typeof partnerID === 'string' ? state.accounts.get(partnerID) : undefined
    const account = { credit: DEFAULT_CREDIT, ...existing, ...body, partnerID } as MockAccount
    try {
      return c.json({ account: publicAccount(state.accounts.upsert(account)) })
    } catch (error) {
      return badRequest(c, (error as Error).message)
    }
  })

  app.get('/__mock/faults', (c) => c.json({ faults: state.faults.list() }))
  app.post('/__mock/faults', (c) => {
    const body = jsonObject(c)
    if (typeof body === 'string') return badRequest(c, body)
    try {
      state.faults.push(body as never)
    } catch (error) {
      return badRequest(c, (error as Error).message)
    }
    return c.json({ faults: state.faults.list() })
  })
  app.delete('/__mock/faults', (c) => c.json({ deleted: state.faults.clear() }))

  app.post('/__mock/reset', (c) => {
    reset()
    return c.json({ reset: true })
  })
}
