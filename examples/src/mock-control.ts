/**
 * @module
 * What the suites ask the running mock over HTTP, the way a developer's test would: its
 * journal (`GET /__mock/messages`), an account's credit (`GET /__mock/accounts`), a reset,
 * its virtual clock (`POST /__mock/clock`), and a plain send to set up a message to ask about.
 */
import type { JournalEntry, PublicAccount } from '@sendsms/mock-server'
import { ENDPOINTS } from '@sendsms/wire'

async function call(baseUrl: string, path: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(new URL(path, baseUrl), init)
  const text = await response.text()
  if (!response.ok)
    throw new Error(`${init?.method ?? 'GET'} ${path}: HTTP ${response.status} ${text}`)
  return JSON.parse(text)
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
})

/**
 * Back to the start state: accounts and credit, an empty journal, the first message id.
 * @example
 * await resetMock(server.url)
 */
export async function resetMock(baseUrl: string): Promise<void> {
  await call(baseUrl, '/__mock/reset', { method: 'POST' })
}

/**
 * Every message the mock journaled, oldest first.
 * @example
 * const [message] = await journalOf(server.url) // { messageId: '100000001', mobile: '254712345678', … }
 */
export async function journalOf(baseUrl: string): Promise<JournalEntry[]> {
  const page = (await call(baseUrl, '/__mock/messages')) as {
    messages: JournalEntry[]
    next: string | null
  }
  // The suites send a handful of messages; a second page would mean something else went wrong.
  if (page.next !== null) throw new Error(`The journal has more than one page: ${page.next}`)
  return page.messages
}

/**
 * The credit the mock holds for an account.
 * @example
 * await creditOf(server.url, '12345') // 10000000
 */
export async function creditOf(baseUrl: string, partnerID: string): Promise<number> {
  const { accounts } = (await call(baseUrl, '/__mock/accounts')) as { accounts: PublicAccount[] }
  const account = accounts.find((a) => a.partnerID === partnerID)
  if (!account) throw new Error(`The mock has no account ${partnerID}`)
  return account.credit
}

/**
 * Moves the mock's virtual clock forward by a duration such as `30s`, once everything due
 * on the way has happened.
 * @example
 * await advanceClock(server.url, '30s')
 */
export async function advanceClock(baseUrl: string, by: string): Promise<void> {
  await call(baseUrl, '/__mock/clock', json({ advance: by }))
}

/**
 * Sends an SMS through the mock's `sendsms` (POST, JSON) and returns its answer, to set up
 * a message the balance or delivery examples then ask about.
 * @example
 * await sendThroughMock(server.url, { apikey, partnerID, shortcode, message: 'Hi', mobile: '254712345678' })
 */
export async function sendThroughMock(
  baseUrl: string,
  params: Readonly<Record<string, string>>,
): Promise<unknown> {
  return call(baseUrl, ENDPOINTS.sendsms.path, json(params))
}
