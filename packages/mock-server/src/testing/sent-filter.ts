/**
 * @module
 * Which journal entries a matcher looks for, and how they are written in its messages:
 * numbers in 254 form and texts, never a key (the journal holds none).
 */
import { toKenyanMsisdn } from '../rules/numbers.js'
import type { JournalEntry, SendEndpointName } from '../state/journal.js'

/**
 * A message a test expects: to a number (any form the mock accepts: `0712345678`,
 * `+254 712 345 678`, or a hashed recipient's SHA-256), with this text (exact, or a RegExp
 * it must match), from this sender ID, through this endpoint.
 * @example
 * const filter: SentFilter = { to: '0712345678', message: /\d{4}/, from: 'SANDBOX', endpoint: 'sendotp' }
 */
export interface SentFilter {
  to?: string
  message?: string | RegExp
  from?: string
  endpoint?: SendEndpointName
}

/**
 * A predicate over journal entries for a filter.
 * @example
 * mock.journal.list().filter(sentMatcher({ to: '0712345678' }))
 */
export function sentMatcher(filter: SentFilter): (entry: JournalEntry) => boolean {
  const { to, message, from, endpoint } = filter
  const mobile = to === undefined ? undefined : (toKenyanMsisdn(to) ?? to)
  const hash = to?.trim().toLowerCase()
  return (entry) =>
    (to === undefined ||
      entry.mobile === mobile ||
      (entry.hash !== undefined && entry.hash === hash)) &&
    (message === undefined ||
      (typeof message === 'string' ? entry.message === message : message.test(entry.message))) &&
    (from === undefined || entry.shortcode === from) &&
    (endpoint === undefined || entry.endpoint === endpoint)
}

/**
 * The filter in words, for a matcher's message.
 * @example
 * describeFilter({ to: '0712345678', message: /code/ }) // 'a message to 254712345678 matching /code/'
 */
export function describeFilter(filter: SentFilter, noun = 'a message'): string {
  const parts = [noun]
  if (filter.to !== undefined) parts.push(`to ${toKenyanMsisdn(filter.to) ?? filter.to}`)
  if (filter.message !== undefined) {
    parts.push(
      typeof filter.message === 'string'
        ? `with the text ${JSON.stringify(filter.message)}`
        : `matching ${String(filter.message)}`,
    )
  }
  if (filter.from !== undefined) parts.push(`from ${filter.from}`)
  if (filter.endpoint !== undefined) parts.push(`through ${filter.endpoint}`)
  return parts.join(' ')
}

const MAX_LISTED = 10
const MAX_TEXT = 80

function entryLine(entry: JournalEntry): string {
  const text =
    entry.message.length > MAX_TEXT ? `${entry.message.slice(0, MAX_TEXT)}…` : entry.message
  const to = entry.mobile ?? `hash ${entry.hash ?? '?'}`
  return `  - to ${to} from ${entry.shortcode} through ${entry.endpoint}: ${JSON.stringify(text)}`
}

/**
 * The entries as the lines of a matcher's message: `nothing`, or one line each (at most 10,
 * then how many more).
 * @example
 * listSent(mock.journal.list()) // ':\n  - to 254712345678 from SANDBOX through sendsms: "Hello"'
 */
export function listSent(entries: readonly JournalEntry[]): string {
  if (entries.length === 0) return ' nothing'
  const lines = entries.slice(0, MAX_LISTED).map(entryLine)
  if (entries.length > MAX_LISTED) lines.push(`  … and ${entries.length - MAX_LISTED} more`)
  return `:\n${lines.join('\n')}`
}
