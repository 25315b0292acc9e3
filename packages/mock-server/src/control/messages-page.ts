/**
 * @module
 * `GET /__mock/messages` in pages (page.ts): at most `limit` entries or about 4 MiB of
 * JSON, with a link to where the next one starts.
 */
import type { Journal, JournalEntry, JournalFilter } from '../state/journal.js'
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT, nextPage, pageOf } from './page.js'

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

  const page = pageOf(
    journal.entries(filter, after),
    (entry) => JSON.stringify(extra ? { ...entry, ...extra(entry) } : entry),
    (entry) => entry.messageId,
    limit,
  )
  const next = nextPage('/__mock/messages', query, page, limit)
  const tail = `"next":${JSON.stringify(next)},"held":${journal.size},"dropped":${journal.dropped}}`
  return { json: `{"messages":[${page.texts.join(',')}],${tail}` }
}
