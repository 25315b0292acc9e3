/**
 * @module
 * Pages of a journal's JSON, shared by `GET /__mock/messages` and `GET /__mock/requests`.
 * A journal of 10 000 entries, each holding up to a megabyte, is gigabytes of JSON: one
 * answer of all of it would run past the largest string the engine can build. A page stops
 * at `limit` entries or at about 4 MiB of JSON, whichever comes first, and links to where
 * the next one starts.
 */

/**
 * Entries per page unless `limit` says otherwise.
 * @example
 * fetch(`${url}/__mock/messages?limit=${DEFAULT_PAGE_LIMIT}`)
 */
export const DEFAULT_PAGE_LIMIT = 1000

/** The most entries a page may be asked for. */
export const MAX_PAGE_LIMIT = 10_000

const MAX_PAGE_BYTES = 4 * 1024 * 1024

/**
 * The JSON texts of one page of `entries`, the id of its last entry, and whether more
 * follow.
 * @example
 * const { texts, last, more } = pageOf(journal.entries(filter, after), JSON.stringify, (e) => e.messageId, 100)
 */
export function pageOf<Entry, Id>(
  entries: Iterable<Entry>,
  text: (entry: Entry) => string,
  idOf: (entry: Entry) => Id,
  limit: number,
): { texts: string[]; last: Id | undefined; more: boolean } {
  const texts: string[] = []
  let bytes = 0
  let last: Id | undefined
  for (const entry of entries) {
    const json = text(entry)
    if (texts.length === limit || (texts.length > 0 && bytes + json.length > MAX_PAGE_BYTES)) {
      return { texts, last, more: true }
    }
    texts.push(json)
    bytes += json.length + 1
    last = idOf(entry)
  }
  return { texts, last, more: false }
}

/**
 * The link to the page after the one that ended at `last`, or null when none follows: the
 * same query at `path`, from `last` on, with its `limit`.
 * @example
 * nextPage('/__mock/messages', query, { last: '100000002', more: true }, 2) // '/__mock/messages?limit=2&after=100000002'
 */
export function nextPage(
  path: string,
  query: URLSearchParams,
  page: { last: string | number | undefined; more: boolean },
  limit: number,
): string | null {
  if (!page.more || page.last === undefined) return null
  const next = new URLSearchParams(query)
  next.set('after', String(page.last))
  next.set('limit', String(limit))
  return `${path}?${next}`
}
