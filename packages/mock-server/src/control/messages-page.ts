/**
 * @module
 * `GET /__mock/messages` in pages. A journal of 10 000 entries, each holding a message of
 * up to a megabyte, is gigabytes of JSON: one answer of all of it ran past the largest
 * string the engine can build. A page stops at `limit` entries or at about 4 MiB of JSON,
 * whichever comes first, and says where the next one starts.
 */
import type { Journal, JournalEntry, JournalFilter } from '../state/journal.js'

/**
 * Entries per page unless `limit` says otherwise.
 * @example
 * fetch(`${url}/__mock/messages?limit=${DEFAULT_PAGE_LIMIT}`)
 */
export const DEFAULT_PAGE_LIMIT = 1000
const MAX_PAGE_LIMIT = 10_000
const MAX_PAGE_BYTES = 4 * 1024 * 1024

function wholeNumber(text: string | null, name: string, max: number): number | string | undefined {
  if (text === null) return undefined
  const value = /^\d{1,15}$/.test(text) ? Number(text) : Number.NaN
  if (!(value <= max)) return `${name} must be a whole number from 0 to ${max}`
  return value
}

/**
 * The JSON of one page (`{ json }`), or what is wrong with the query (`{ error }`).
 * `{"messages":[…],"next":"/__mock/messages?…"|null,"held":N,"dropped":N}`: `next` is the
 * URL of the following page (null on the last), `held` the entries the journal holds,
 * `dropped` those it let go to stay within its limits. `extra` adds fields to each
 * listed entry (its current delivery status).
 * @example
 * messagesPage(journal, new URLSearchParams('mobile=0712345678&limit=10'))
 */
export function messagesPage(
  journal: Journal,
  query: URLSearchParams,
  extra?: (entry: JournalEntry) => Record<string, unknown>,
): { json: string } | { error: string } {
  const limit = wholeNumber(query.get('limit'), 'limit', MAX_PAGE_LIMIT) ?? DEFAULT_PAGE_LIMIT
  const after = wholeNumber(query.get('after'), 'after', Number.MAX_SAFE_INTEGER)
  if (typeof limit === 'string') return { error: limit }
  if (typeof after === 'string') return { error: after }
  if (limit === 0) return { error: 'limit must be at least 1' }
  const filter: JournalFilter = {}
  const mobile = query.get('mobile')
  const partnerID = query.get('partnerID')
  if (mobile) filter.mobile = mobile
  if (partnerID) filter.partnerID = partnerID

  const texts: string[] = []
  let bytes = 0
  let last: string | undefined
  let more = false
  for (const entry of journal.entries(filter, after)) {
    const text = JSON.stringify(extra ? { ...entry, ...extra(entry) } : entry)
    if (texts.length === limit || (texts.length > 0 && bytes + text.length > MAX_PAGE_BYTES)) {
      more = true
      break
    }
    texts.push(text)
    bytes += text.length + 1
    last = entry.messageId
  }
  const next = more && last !== undefined ? nextUrl(query, last, limit) : null
  const tail = `"next":${JSON.stringify(next)},"held":${journal.size},"dropped":${journal.dropped}}`
  return { json: `{"messages":[${texts.join(',')}],${tail}` }
}

function nextUrl(query: URLSearchParams, last: string, limit: number): string {
  const next = new URLSearchParams(query)
  next.set('after', last)
  next.set('limit', String(limit))
  return `/__mock/messages?${next}`
}
