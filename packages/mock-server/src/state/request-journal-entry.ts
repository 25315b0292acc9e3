/**
 * @module
 * One entry of the request journal: a request to a provider endpoint as the mock saw it
 * and what it answered. It is kept as a `StoredRequest`, which holds numbers where the
 * entry shows text (the receive time, a run of message ids), so recording costs no Date
 * formatting and no string per message id; `publicEntry` builds the entry a test reads.
 */
import { type EndpointName, integerText } from '@sendsms/wire'
import type { RecordedValue } from './request-journal-params.js'

/**
 * One request to a provider endpoint, refused or not, as `mock.requests` and
 * `GET /__mock/requests` show it. Optional fields are present only when they apply.
 * @example
 * const entry: RequestJournalEntry = {
 *   seq: 1, receivedAt: '2030-01-01T06:00:00.000Z', endpoint: 'sendsms', method: 'POST',
 *   path: '/api/services/sendsms', params: { apikey: '[redacted]', mobile: '0712345678' },
 *   status: 200, code: 200, rowCodes: [200], recipients: 1, accepted: 1,
 *   messageIds: ['100000001'], durationMs: 0.2,
 * }
 */
export interface RequestJournalEntry {
  /** Increases by one per request, from 1; `reset()` starts it again, `clear()` does not. */
  seq: number
  /** When it arrived, on the mock's clock (virtual or real), ISO 8601. */
  receivedAt: string
  endpoint: EndpointName
  /** The method as sent (`OTHER` for one that is not a plain upper-case word). */
  method: string
  /** The path as sent, cut short (ending in `…`) where it stops being a plain path. */
  path: string
  /**
   * The parameters the mock read, the apikey as `'[redacted]'`; null when it read none
   * (a refused method, an oversized or unreadable body, a preflight).
   */
  params: Record<string, RecordedValue> | null
  /** What was cut to stay within the bounds: a parameter (or `smslist.3.message`) → its length. */
  truncated?: Record<string, number>
  /** The HTTP status (200 for every provider answer, 204 for a preflight). */
  status: number
  /** The answer's top-level code (200 for a rows answer); absent for a preflight. */
  code?: number
  /** A rows answer: the codes its rows carry, each once, in the order first seen. */
  rowCodes?: number[]
  /** A rows answer: its rows. */
  recipients?: number
  /** A rows answer: its rows with code 200. */
  accepted?: number
  /** The message ids the answer handed out, as digits (the strings the client returns). */
  messageIds: string[]
  /** From the request's arrival to its answer being ready. @unit milliseconds */
  durationMs: number
  /** The fault that answered it, when one did. */
  fault?: string
  /** `Name: message` of an error inside the rules (answered 1005). */
  error?: string
}

/**
 * How the journal keeps an entry (internal).
 * @example
 * publicEntry(stored).messageIds // ['100000001', '100000002']
 */
export interface StoredRequest {
  /** Set by the journal as it keeps the entry. */
  seq: number
  /** Receive time on the mock's clock, ms since the epoch. */
  readonly at: number
  readonly endpoint: EndpointName
  readonly method: string
  readonly path: string
  readonly params: Record<string, RecordedValue> | null
  readonly truncated: Record<string, number> | undefined
  readonly status: number
  readonly code: number | undefined
  readonly rowCodes: readonly number[] | undefined
  readonly recipients: number | undefined
  readonly accepted: number | undefined
  /** The message ids handed out, as a run from `firstId`: ids of one request follow each other. */
  readonly firstId: number
  readonly idCount: number
  /** The ids when they are not one run (kept as given). */
  readonly ids: readonly string[] | undefined
  readonly durationMs: number
  readonly fault: string | undefined
  readonly error: string | undefined
  /** Estimated memory the entry holds. */
  readonly bytes: number
}

/**
 * The message ids of a stored entry, as digits.
 * @example
 * messageIdsOf(stored) // ['100000001']
 */
export function messageIdsOf(stored: StoredRequest): string[] {
  if (stored.ids !== undefined) return [...stored.ids]
  const out = new Array<string>(stored.idCount)
  for (let i = 0; i < stored.idCount; i++) out[i] = integerText(stored.firstId + i)
  return out
}

function copyParams(
  params: Record<string, RecordedValue> | null,
): Record<string, RecordedValue> | null {
  if (params === null) return null
  const out: Record<string, RecordedValue> = {}
  for (const name in params) {
    const value = params[name] as RecordedValue
    out[name] = Array.isArray(value) ? value.map((item) => ({ ...item })) : value
  }
  return out
}

/**
 * The entry a test reads (a copy: changing it changes nothing in the journal), built key
 * by key so the keys come in one order and the optional ones only when set.
 * @example
 * publicEntry(stored).receivedAt // '2030-01-01T06:00:00.000Z'
 */
export function publicEntry(stored: StoredRequest): RequestJournalEntry {
  const entry = {
    seq: stored.seq,
    receivedAt: new Date(stored.at).toISOString(),
    endpoint: stored.endpoint,
    method: stored.method,
    path: stored.path,
    params: copyParams(stored.params),
  } as RequestJournalEntry
  if (stored.truncated !== undefined) entry.truncated = { ...stored.truncated }
  entry.status = stored.status
  if (stored.code !== undefined) entry.code = stored.code
  if (stored.rowCodes !== undefined) entry.rowCodes = [...stored.rowCodes]
  if (stored.recipients !== undefined) entry.recipients = stored.recipients
  if (stored.accepted !== undefined) entry.accepted = stored.accepted
  entry.messageIds = messageIdsOf(stored)
  entry.durationMs = stored.durationMs
  if (stored.fault !== undefined) entry.fault = stored.fault
  if (stored.error !== undefined) entry.error = stored.error
  return entry
}
