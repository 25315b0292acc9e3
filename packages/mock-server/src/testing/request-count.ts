/**
 * @module
 * How many requests a mock received, read from its request journal (`mock.requests`), for
 * `toHaveReceivedRequests`. Read through this narrow shape so the matcher works on every
 * mock that has the journal and says so plainly on one that has not.
 */
import type { EndpointName } from '@sendsms/wire'
import type { Mock } from '../create-mock.js'

/**
 * The requests a test counts: by endpoint, provider code, number, partner or method.
 * @example
 * const filter: ReceivedFilter = { endpoint: 'sendsms', code: 200 }
 */
export interface ReceivedFilter {
  endpoint?: EndpointName
  code?: number
  mobile?: string
  partnerID?: string
  method?: 'GET' | 'POST'
}

interface RequestJournalView {
  count(filter?: ReceivedFilter): number
  list?(filter?: ReceivedFilter): readonly unknown[]
}

/**
 * The mock's request journal; a TypeError when this mock has none.
 * @example
 * requestJournalOf(mock).count({ endpoint: 'sendsms' }) // 2
 */
export function requestJournalOf(mock: Mock): RequestJournalView {
  const requests = (mock as { requests?: Partial<RequestJournalView> }).requests
  if (typeof requests?.count !== 'function') {
    throw new TypeError(
      'toHaveReceivedRequests needs a mock with a request journal (mock.requests)',
    )
  }
  return requests as RequestJournalView
}

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
