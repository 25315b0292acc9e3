/**
 * @module
 * `GET /__mock/inbox/conversations/{recipient}`: one recipient's latest messages, newest
 * first, each with what the inbox shows of it: sender and time, status now, encoding and
 * the texts of its parts (as a handset receives them), the request that carried it (from
 * the request journal, without its key) and its callback attempts. Bounded: at most
 * `MAX_THREAD_IDS` messages, each text shown up to `MAX_SHOWN_CHARS` characters.
 */
import { analyzeMessage, integerText } from '@sendsms/wire'
import { clockView } from '../control/clock-control.js'
import { toKenyanMsisdn } from '../rules/numbers.js'
import type { JournalEntry } from '../state/journal.js'
import { publicEntry, type StoredRequest } from '../state/request-journal-entry.js'
import type { InboxSource } from './inbox-source.js'
import { partTexts } from './message-part-texts.js'
import type { Conversation } from './recipient-index.js'
import { statusView } from './status-view.js'

/**
 * The longest text shown of one message; a longer one is cut, and says how long it was.
 * @unit characters
 */
export const MAX_SHOWN_CHARS = 20_000

// The start of a text that is analysed: the analysis of a megabyte message is linear but
// not free, and a page of them is a hundred.
const MAX_ANALYSED_CHARS = 65_536

/**
 * The conversation of `given` (a number in any Kenyan form, or a hash), if the index has it.
 * @example
 * findConversation(source, '0712345678')?.recipient // '254712345678'
 */
export function findConversation(source: InboxSource, given: string): Conversation | undefined {
  const { index } = source
  return (
    index.get(given) ?? index.get(toKenyanMsisdn(given) ?? given) ?? index.get(given.toLowerCase())
  )
}

// The request journal entries that carried `ids`, each as it is shown: no key at all.
function carriers(
  source: InboxSource,
  ids: ReadonlySet<number>,
): Map<number, Record<string, unknown>> {
  const out = new Map<number, Record<string, unknown>>()
  const carried = (stored: StoredRequest): number[] => {
    if (stored.ids !== undefined) return stored.ids.map(Number).filter((id) => ids.has(id))
    const hits: number[] = []
    for (const id of ids)
      if (id >= stored.firstId && id < stored.firstId + stored.idCount) hits.push(id)
    return hits
  }
  for (const stored of source.state.requests.stored()) {
    if (stored.idCount === 0 && stored.ids === undefined) continue
    const hits = carried(stored)
    if (hits.length === 0) continue
    const { seq, receivedAt, endpoint, method, path, params, status, code, truncated } =
      publicEntry(stored)
    const shown: Record<string, unknown> = { seq, receivedAt, endpoint, method, path, status, code }
    shown.params = params && withoutKeys(params)
    if (truncated !== undefined) shown.truncated = truncated
    for (const id of hits) out.set(id, shown)
    if (out.size === ids.size) break
  }
  return out
}

function withoutKeys(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(params)) {
    if (name === 'apikey') continue
    out[name] = Array.isArray(value)
      ? value.map((item: Record<string, unknown>) => {
          const { apikey: _key, ...rest } = item
          return rest
        })
      : value
  }
  return out
}

function messageView(entry: JournalEntry, now: number): Record<string, unknown> {
  const text = entry.message
  const analysed = analyzeMessage(
    text.length > MAX_ANALYSED_CHARS ? text.slice(0, MAX_ANALYSED_CHARS) : text,
  )
  const shown = text.length > MAX_SHOWN_CHARS ? text.slice(0, MAX_SHOWN_CHARS) : text
  const view: Record<string, unknown> = {
    messageId: entry.messageId,
    shortcode: entry.shortcode,
    partnerID: entry.partnerID,
    endpoint: entry.endpoint,
    method: entry.method,
    networkId: entry.networkId,
    receivedAt: entry.receivedAt,
    sendAt: entry.sendAt,
    text: shown,
    length: text.length,
    truncated: shown.length < text.length,
    encoding: {
      encoding: analysed.encoding,
      parts: entry.parts,
      units: analysed.units,
      perPart: analysed.perPart,
      remaining: analysed.remaining,
      nonGsm: analysed.nonGsm.slice(0, 50),
      extended: analysed.extended,
    },
    partTexts: partTexts(shown, analysed.encoding),
    delivery: statusView(entry, now),
  }
  if (entry.clientsmsid !== undefined) view.clientsmsid = entry.clientsmsid
  return view
}

/**
 * The JSON of one conversation, at most `limit` messages, newest first.
 * @example
 * conversationView(source, findConversation(source, '0712345678') as Conversation, 20)
 */
export function conversationView(
  source: InboxSource,
  row: Conversation,
  limit: number,
): Record<string, unknown> {
  const { journal, callbacks, clock } = source.state
  const now = clock.nowMs()
  const entries: JournalEntry[] = []
  for (let i = row.ids.length - 1; i >= 0 && entries.length < limit; i--) {
    const entry = journal.find(row.ids[i] as number)
    if (entry !== undefined) entries.push(entry)
  }
  const ids = new Set(entries.map((entry) => Number(entry.messageId)))
  const requests = carriers(source, ids)
  const attempts = callbacks.attempts().filter((attempt) => ids.has(attempt.messageId))
  const messages = entries.map((entry) => ({
    ...messageView(entry, now),
    request: requests.get(Number(entry.messageId)) ?? null,
    callbacks: attempts
      .filter((attempt) => attempt.messageId === Number(entry.messageId))
      .map((attempt) => ({ ...attempt, messageId: integerText(attempt.messageId) })),
  }))
  return {
    namespace: source.namespace ?? null,
    recipient: row.recipient,
    count: row.count,
    // Messages the journal holds for it that are not listed (older than those kept by id).
    older: row.count - entries.length,
    messages,
    clock: clockView(clock),
  }
}
