/**
 * @module
 * What `toHaveReceivedRequests` reads of a mock's request journal (`mock.requests`): its
 * filter, and the requests it picked as lines for a failure message (method, endpoint and
 * code only, never a parameter).
 */
import type { RequestFilter } from '../state/request-journal-filter.js'

/**
 * Which requests `toHaveReceivedRequests` counts: the request journal's own filter
 * (`endpoint`, `code`, `mobile` in any form, `partnerID`, `method`, `since`, `after`).
 * @example
 * const filter: ReceivedFilter = { endpoint: 'getbalance' }
 */
export type ReceivedFilter = RequestFilter

function field(entry: unknown, name: string): string | undefined {
  const value = (entry as Record<string, unknown>)[name]
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
}

/**
 * The requests as the lines of a matcher's message (method, endpoint and code only: never
 * a parameter, which could be a key).
 * @example
 * listReceived([{ method: 'POST', endpoint: 'sendsms', code: 200 }]) // ':\n  - POST sendsms -> 200'
 */
export function listReceived(entries: readonly unknown[]): string {
  if (entries.length === 0) return ' none'
  const lines = entries
    .slice(0, 10)
    .map(
      (e) =>
        `  - ${field(e, 'method') ?? '?'} ${field(e, 'endpoint') ?? 'other'} -> ${field(e, 'code') ?? '?'}`,
    )
  if (entries.length > 10) lines.push(`  … and ${entries.length - 10} more`)
  return `:\n${lines.join('\n')}`
}
