/**
 * @module
 * One request log entry, built from what the mock decided (never by reading the answer
 * back), and its one-line text form. Nothing from the request reaches an entry unchecked:
 * the query string is never logged, the method is a short upper-case word, and the path is
 * cut short at the first character outside a plain path, after its third segment, or at a
 * segment longer than a path word. A key hidden in a path, however it is encoded
 * (`%3Fapikey=`, `;apikey=`, `/KEY`), and any attempt to forge a line (`%0A`), are left out.
 */
import { describeCode, type EndpointName } from '@sendsms/wire'
import type { ProviderOutcome } from '../provider/serve-provider.js'

/**
 * What the log says of one request.
 * @example
 * const entry: RequestLogEntry = { method: 'POST', path: '/api/services/sendsms', endpoint: 'sendsms', status: 200, code: 200, recipients: 3, accepted: 2, ms: 0.4 }
 */
export interface RequestLogEntry {
  method: string
  /** The path, cut short where it stops being a plain path (then ending in `…`). */
  path: string
  /** The provider endpoint that answered, if any. */
  endpoint?: EndpointName | undefined
  /** The HTTP status (200 for every provider answer, as live). */
  status: number
  /** The provider's code of the answer (200 for a rows answer). */
  code?: number | undefined
  /** Rows in a rows answer. */
  recipients?: number | undefined
  /** Rows accepted (code 200). */
  accepted?: number | undefined
  /** From the request's arrival to its answer. @unit milliseconds */
  ms: number
  /** `Name: message` of an error the mock answered for (1005 or HTTP 500). */
  error?: string | undefined
  /** The injected fault the request suffered, as its label (`http-503`, `hang`, `code-4090`). */
  fault?: string | undefined
  /**
   * The namespace the request was under (`/ns/{name}/…`), its `path` then the path within
   * it; absent for the root. A name is only ever `A-Z a-z 0-9 . _ -`.
   */
  namespace?: string | undefined
}

// Up to three segments of plain characters, none longer than a path word: every path the
// API and the mock serve (`/api/services/sendsms`, `/__mock/messages`) fits. Anything else
// (`%`, `?`, `;`, `#`, `=`, `&`, controls, spaces, non-ASCII, a fourth or a long segment)
// may be a query, an encoding, a key or a forged line.
const PLAIN_PATH = /^(?:\/[A-Za-z0-9_.~-]{0,24}(?=\/|$|[^A-Za-z0-9_.~-])){0,3}/

/**
 * The loggable part of a request path; `…` marks where it was cut.
 * @example
 * safePath('/api/services/sendsms%3Fapikey=secret') // '/api/services/sendsms…'
 * safePath('/api/services/sendsms/sandbox-api-key') // '/api/services/sendsms…'
 */
export function safePath(path: string): string {
  const plain = PLAIN_PATH.exec(path)?.[0] ?? ''
  const rest = path.slice(plain.length)
  if (rest === '' || rest === '/') return path
  return `${plain}…`
}

function safeMethod(method: string): string {
  return /^[A-Z]{1,12}$/.test(method) ? method : 'OTHER'
}

/**
 * The entry for a request that arrived at `started` (a `performance.now()` reading).
 * The method and path are made safe here; `providerLogEntry` is for the ones already known.
 * @example
 * requestLogEntry('POST', '/api/services/sendsms', 200, outcome, started)
 */
export function requestLogEntry(
  method: string,
  path: string,
  status: number,
  outcome: ProviderOutcome | undefined,
  started: number,
  error?: string,
): RequestLogEntry {
  const entry = providerLogEntry(safeMethod(method), safePath(path), status, outcome, started)
  if (error !== undefined) entry.error = error
  return entry
}

/**
 * The entry for a request whose method came from node:http's parser (a known method) and
 * whose path is a declared one: nothing to make safe. Every entry has the same keys, in the
 * same order, whatever it holds (absent ones `undefined`), so building one stays cheap on
 * the fast path.
 * @example
 * providerLogEntry('POST', '/api/services/sendsms', 200, outcome, started)
 */
export function providerLogEntry(
  method: string,
  path: string,
  status: number,
  outcome: ProviderOutcome | undefined,
  started: number,
): RequestLogEntry {
  return {
    method,
    path,
    endpoint: outcome?.endpoint,
    status,
    code: outcome?.code,
    recipients: outcome?.recipients,
    accepted: outcome?.accepted,
    ms: Math.round((performance.now() - started) * 100) / 100,
    error: outcome?.error,
    fault: outcome?.fault,
  }
}

// Control characters, and the two separators some terminals and log viewers break lines
// at, would let an error message break the one-line format.
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029
}

function printable(text: string): string {
  let out = ''
  for (const char of text) {
    const code = char.charCodeAt(0)
    out += isControl(code) ? `\\u${code.toString(16).padStart(4, '0')}` : char
  }
  return out
}

function result(entry: RequestLogEntry): string {
  if (entry.code === undefined) return `HTTP ${entry.status}`
  if (entry.recipients !== undefined) {
    return `${entry.code}, ${entry.accepted ?? 0} of ${entry.recipients} accepted`
  }
  const description = describeCode(entry.code)
  return description === undefined ? `${entry.code}` : `${entry.code} ${description}`
}

// `String(0.42)` goes through the engine's slow path for fractions, a third of the cost of
// a whole line; hundredths as integers print fast.
function milliseconds(ms: number): string {
  const hundredths = Math.round(ms * 100)
  if (!Number.isSafeInteger(hundredths) || hundredths < 0) return String(ms)
  const whole = Math.floor(hundredths / 100)
  const rest = hundredths - whole * 100
  if (rest === 0) return `${whole}`
  if (rest % 10 === 0) return `${whole}.${rest / 10}`
  return `${whole}.${rest < 10 ? '0' : ''}${rest}`
}

/**
 * The entry as one readable line (no time: the writer adds it).
 * @example
 * formatRequestLine(entry) // 'POST /api/services/sendsms -> 200, 2 of 3 accepted (0.4 ms)'
 * formatRequestLine({ ...entry, namespace: 'ci-job-42' }) // 'POST /ns/ci-job-42/api/services/sendsms -> 200, …'
 * formatRequestLine({ ...entry, fault: 'http-503' }) // '… (0.4 ms) [fault http-503]'
 */
export function formatRequestLine(entry: RequestLogEntry): string {
  const error = entry.error === undefined ? '' : `; ${printable(entry.error)}`
  const fault = entry.fault === undefined ? '' : ` [fault ${printable(entry.fault)}]`
  const path =
    entry.namespace === undefined ? entry.path : `/ns/${printable(entry.namespace)}${entry.path}`
  return `${entry.method} ${path} -> ${result(entry)} (${milliseconds(entry.ms)} ms)${fault}${error}`
}
