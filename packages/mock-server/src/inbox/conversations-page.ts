/**
 * @module
 * `GET /__mock/inbox/conversations`: one row per recipient, newest first, of the root and
 * its namespaces (or of one namespace), searched and filtered. The work of one answer is
 * bounded whatever the journal holds: at most `limit` rows are built, at most
 * `SCAN_BUDGET` conversations or journal entries are looked at and at most `STATUS_BUDGET`
 * statuses derived; past either the answer says `partial` and where to go on from (`next`).
 */
import { DELIVERY_STATUSES } from '@sendsms/wire'
import { clockView } from '../control/clock-control.js'
import { recipientOf } from '../state/deliveries.js'
import type { InboxSource } from './inbox-source.js'
import type { Conversation } from './recipient-index.js'
import { type StatusView, statusView } from './status-view.js'

/**
 * Rows per page unless `limit` says otherwise, and the most a page may be asked for.
 * @example
 * fetch(`${url}/__mock/inbox/conversations?limit=${MAX_CONVERSATIONS_LIMIT}`)
 */
export const DEFAULT_CONVERSATIONS_LIMIT = 50
export const MAX_CONVERSATIONS_LIMIT = 200

/**
 * The most conversations (or, for a text search, journal entries) one answer looks at.
 * @example
 * answer.scanned <= SCAN_BUDGET // true
 */
export const SCAN_BUDGET = 200_000

/**
 * The most statuses one answer derives to filter by status (a status is derived from the
 * message's entry and the clock, some ten times the work of looking at a row).
 * @example
 * // ?status=Unknown over a million conversations answers partial after this many
 */
export const STATUS_BUDGET = 20_000

/**
 * The longest search text.
 * @unit characters
 */
export const MAX_QUERY_CHARS = 200

// The start of the newest message a row shows.
const PREVIEW_CHARS = 160

/** What selects the rows of one page. */
export interface ConversationsQuery {
  /** Digits: numbers containing them; anything else: conversations with a message containing it (any case). */
  q: string
  /** A delivery status description: rows whose newest message is in it now. */
  status: string | undefined
  /** At the root: only this namespace (`.` the root itself); undefined for all. */
  namespace: string | undefined
  limit: number
  /** Only rows older than this `cursor`. */
  before: number | undefined
}

/**
 * One row of the page.
 * @example
 * const row: ConversationRow = { namespace: null, recipient: '254712345678', count: 2, cursor: 7, last: { … } }
 */
export interface ConversationRow {
  namespace: string | null
  recipient: string
  count: number
  /** The row's place in the order; `before` takes it to go on after it. */
  cursor: number
  last: {
    messageId: string
    shortcode: string
    partnerID: string
    endpoint: string
    receivedAt: string
    /** The start of the message (at most 160 characters). */
    preview: string
    delivery: StatusView
  }
}

const STATUS_NAMES: readonly string[] = DELIVERY_STATUSES.map((s) => s.description)

function whole(
  text: string | null,
  name: string,
  min: number,
  max: number,
): number | string | undefined {
  if (text === null || text === '') return undefined
  const value = /^\d{1,16}$/.test(text) ? Number(text) : Number.NaN
  if (!(value >= min && value <= max)) return `${name} must be a whole number from ${min} to ${max}`
  return value
}

/**
 * Reads the query of a page, or says what is wrong with it.
 * @example
 * readConversationsQuery(new URLSearchParams('q=0712&limit=20')) // { q: '0712', limit: 20, … }
 */
export function readConversationsQuery(query: URLSearchParams): ConversationsQuery | string {
  const limit = whole(query.get('limit'), 'limit', 1, MAX_CONVERSATIONS_LIMIT)
  const before = whole(query.get('before'), 'before', 0, Number.MAX_SAFE_INTEGER)
  if (typeof limit === 'string') return limit
  if (typeof before === 'string') return before
  const q = (query.get('q') ?? '').trim()
  if (q.length > MAX_QUERY_CHARS) return `q must be at most ${MAX_QUERY_CHARS} characters`
  const status = query.get('status') || undefined
  if (status !== undefined && !STATUS_NAMES.includes(status)) {
    return `status must be one of ${STATUS_NAMES.join(', ')}`
  }
  return {
    q,
    status,
    namespace: query.get('namespace') || undefined,
    limit: limit ?? DEFAULT_CONVERSATIONS_LIMIT,
    before,
  }
}

// The digits a number search looks for, in the 254 form when given from 0 (`0712` → `254712`).
function numberNeedles(q: string): string[] | undefined {
  const digits = q.replace(/[\s()+-]/g, '')
  if (!/^\d{3,}$/.test(digits)) return undefined
  return digits.startsWith('0') ? [digits, `254${digits.slice(1)}`] : [digits]
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

interface Scan {
  left: number
  statusesLeft: number
  partial: boolean
  /** The oldest cursor looked at, to go on from after a partial answer. */
  oldest: number | undefined
}

interface Found {
  source: InboxSource
  row: Conversation
}

function latestStatus(source: InboxSource, row: Conversation, now: number): StatusView | undefined {
  const entry = source.state.journal.find(row.ids[row.ids.length - 1] ?? -1)
  return entry && statusView(entry, now)
}

// The rows of one source that match, newest first for a walk of the conversations; for a
// text search in the order their matching messages are found, newest first.
function* candidates(
  source: InboxSource,
  query: ConversationsQuery,
  scan: Scan,
): Generator<Conversation> {
  const now = source.state.clock.nowMs()
  const statusOk = (row: Conversation): boolean => {
    if (query.status === undefined) return true
    scan.statusesLeft--
    return latestStatus(source, row, now)?.description === query.status
  }
  const fresh = (row: Conversation): boolean =>
    query.before === undefined || row.activity < query.before
  const needles = query.q === '' ? [] : numberNeedles(query.q)
  if (needles !== undefined) {
    for (const row of source.index.rows()) {
      // Rows before the cursor are passed over, not looked at: a step along a list each.
      if (!fresh(row)) continue
      if (scan.left <= 0 || scan.statusesLeft <= 0) {
        scan.partial = true
        return
      }
      scan.left--
      scan.oldest = Math.min(scan.oldest ?? row.activity, row.activity)
      if (needles.length > 0 && !needles.some((n) => row.recipient.includes(n))) continue
      if (statusOk(row)) yield row
    }
    return
  }
  // A text search reads the journal itself, newest first; the numbers of one send share
  // one message text, tested once.
  const pattern = new RegExp(escapeRegExp(query.q), 'i')
  const seen = new Set<string>()
  let lastText: string | undefined
  let lastMatch = false
  for (const entry of source.state.journal.recent()) {
    if (scan.left <= 0 || scan.statusesLeft <= 0) {
      scan.partial = true
      return
    }
    scan.left--
    if (entry.message !== lastText) {
      lastText = entry.message
      lastMatch = pattern.test(lastText)
    }
    const recipient = recipientOf(entry)
    if ((!lastMatch && !pattern.test(recipient)) || seen.has(recipient)) continue
    seen.add(recipient)
    const row = source.index.get(recipient)
    if (row && fresh(row) && statusOk(row)) yield row
  }
}

function rowOf({ source, row }: Found, now: number): ConversationRow | undefined {
  const entry = source.state.journal.find(row.ids[row.ids.length - 1] ?? -1)
  if (entry === undefined) return undefined
  return {
    namespace: source.namespace ?? null,
    recipient: row.recipient,
    count: row.count,
    cursor: row.activity,
    last: {
      messageId: entry.messageId,
      shortcode: entry.shortcode,
      partnerID: entry.partnerID,
      endpoint: entry.endpoint,
      receivedAt: entry.receivedAt,
      preview: entry.message.slice(0, PREVIEW_CHARS),
      delivery: statusView(entry, now),
    },
  }
}

/**
 * The JSON of one page over `sources` (the first is the mock the page belongs to; its
 * clock is shown unless one namespace is chosen), and the namespaces one may choose.
 * @example
 * conversationsPage([root, ...namespaces], readConversationsQuery(params) as ConversationsQuery, ['ci-1'])
 */
export function conversationsPage(
  sources: readonly InboxSource[],
  query: ConversationsQuery,
  namespaces: readonly string[],
): Record<string, unknown> {
  const scan: Scan = {
    left: SCAN_BUDGET,
    statusesLeft: STATUS_BUDGET,
    partial: false,
    oldest: undefined,
  }
  const found: Found[] = []
  for (const source of sources) {
    let taken = 0
    for (const row of candidates(source, query, scan)) {
      found.push({ source, row })
      if (++taken > query.limit) break
    }
  }
  found.sort((a, b) => b.row.activity - a.row.activity)
  const shown = found.slice(0, query.limit)
  const rows = shown.flatMap((f) => rowOf(f, f.source.state.clock.nowMs()) ?? [])
  const searching = query.q !== '' && numberNeedles(query.q) === undefined
  const last = shown[shown.length - 1]?.row.activity
  // A search answers its first rows only. Past a partial walk, every row down to the
  // oldest looked at was looked at: go on from there.
  let next: number | null = null
  if (!searching && found.length > query.limit && last !== undefined) next = last
  else if (!searching && scan.partial) next = scan.oldest ?? null
  const clockOf = sources.length === 1 ? sources[0] : sources.find((s) => s.namespace === undefined)
  return {
    conversations: rows,
    next,
    partial: scan.partial,
    scanned: SCAN_BUDGET - scan.left,
    held: sources.reduce((sum, s) => sum + s.state.journal.size, 0),
    namespaces,
    statuses: STATUS_NAMES,
    clock: clockOf ? clockView(clockOf.state.clock) : null,
  }
}
