/**
 * @module
 * The `/__mock/*` control endpoints tests use to read the journal, manage accounts,
 * inject faults and reset. API keys are never part of any answer.
 */
import type { Context, Hono } from 'hono'
import type { MockAccount } from '../state/accounts.js'
import type { MockState } from '../state/mock-state.js'

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
export function publicAccount({ partnerID, shortcodes, credit }: MockAccount): PublicAccount {
  return { partnerID, shortcodes, credit }
}

const badRequest = (c: Context, message: string) => c.json({ error: 'bad_request', message }, 400)

async function readJsonObject(c: Context): Promise<Record<string, unknown> | string> {
  let value: unknown
  try {
    value = JSON.parse(await c.req.text())
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
 * registerControl(app, state, () => mock.reset())
 */
export function registerControl(app: Hono, state: MockState, reset: () => void): void {
  app.get('/__mock/health', (c) =>
    c.json({ status: 'ok', accounts: state.accounts.list().length, messages: state.journal.size }),
  )
  app.get('/__mock/messages', (c) => {
    const mobile = c.req.query('mobile')
    const partnerID = c.req.query('partnerID')
    const filter = { ...(mobile ? { mobile } : {}), ...(partnerID ? { partnerID } : {}) }
    return c.json({ messages: state.journal.list(filter) })
  })
  app.delete('/__mock/messages', (c) => c.json({ deleted: state.journal.clear() }))

  app.get('/__mock/accounts', (c) => c.json({ accounts: state.accounts.list().map(publicAccount) }))
  app.post('/__mock/accounts', async (c) => {
    const body = await readJsonObject(c)
    if (typeof body === 'string') return badRequest(c, body)
    const partnerID = typeof body.partnerID === 'number' ? String(body.partnerID) : body.partnerID
    // An existing account may be updated in part, e.g. only its credit.
    const existing = typeof partnerID === 'string' ? state.accounts.get(partnerID) : undefined
    const account = { credit: 10_000_000, ...existing, ...body, partnerID } as MockAccount
    try {
      return c.json({ account: publicAccount(state.accounts.upsert(account)) })
    } catch (error) {
      return badRequest(c, (error as Error).message)
    }
  })

  app.get('/__mock/faults', (c) => c.json({ faults: state.faults.list() }))
  app.post('/__mock/faults', async (c) => {
    const body = await readJsonObject(c)
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
