/**
 * @module
 * Whether a failed fetch cannot have reached the provider: the connection was refused or
 * never opened, or the host name did not resolve. Only such a failure is safe to retry and
 * to report with `mayHaveBeenSent: false`; every other one (a reset, a timeout, a TLS or
 * protocol error after connecting, a browser's bare "Failed to fetch") may have followed a
 * request the provider received, and the API has no idempotency key.
 *
 * Each runtime words these failures its own way, so each shape is matched:
 * - Node (undici): `TypeError('fetch failed')` whose `cause` (or, for a host with several
 *   addresses, each of the cause's `errors`) carries `code` `ECONNREFUSED`, `ENOTFOUND`,
 *   `EAI_AGAIN`, …, or undici's own `UND_ERR_CONNECT_TIMEOUT`.
 * - Bun: an error whose own `code` is `ConnectionRefused`, `FailedToOpenSocket` or
 *   `DNSLookupFailed` (newer releases also use the Node codes, at the top or in a `cause`).
 * - Deno: a `TypeError` whose message says the request failed in the connect phase,
 *   before anything was written: "client error (Connect): tcp connect error" or
 *   "client error (Connect): dns error".
 */

// The connection never opened: nothing of the request was written. A connect timeout is
// one too: undici writes nothing before the socket connects.
const NEVER_CONNECTED_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'ConnectionRefused',
  'FailedToOpenSocket',
  'DNSLookupFailed',
])

// Deno's wording of a failure while connecting (hyper's "Connect" phase): TCP or DNS.
const DENO_NEVER_CONNECTED = /client error \(Connect\): (tcp connect|dns) error/

// Causes nest (a TypeError around an AggregateError around each address's error); past
// this depth nothing more is searched and the failure counts as "may have been sent".
const MAX_DEPTH = 4

function neverConnected(value: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return false
  const { code, message, cause, errors } = value as {
    code?: unknown
    message?: unknown
    cause?: unknown
    errors?: unknown
  }
  if (typeof code === 'string' && NEVER_CONNECTED_CODES.has(code)) return true
  if (typeof message === 'string' && DENO_NEVER_CONNECTED.test(message)) return true
  // An AggregateError (one error per address tried) never connected if none of them did.
  if (Array.isArray(errors) && errors.length > 0) {
    return errors.every((error) => neverConnected(error, depth + 1))
  }
  return neverConnected(cause, depth + 1)
}

/**
 * `true` when `cause`, what fetch rejected with, shows that the request cannot have
 * reached the provider (refused connection, DNS failure), in any runtime's wording.
 * @example
 * neverReachedProvider(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })) // true
 * neverReachedProvider(new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } })) // false
 * neverReachedProvider(new TypeError('Failed to fetch')) // false: a browser does not say why
 */
export function neverReachedProvider(cause: unknown): boolean {
  return neverConnected(cause, 0)
}
