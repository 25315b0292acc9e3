/**
 * @module
 * The request a hook sees: the one handed to fetch, with every form the API key takes in
 * it (raw, percent-encoded in the query, JSON-escaped in the body) replaced by
 * `[redacted]` through the one redaction function of sendsms-kit.
 */
import { redactSecrets } from '../settings/redact-secrets.js'
import type { WireRequest } from '../transport/wire-request.js'
import type { RequestEvent } from './types.js'

/**
 * The event for `wire`, attempt `attempt`, with `secrets` masked in the URL and the body.
 * @example
 * requestEvent(new WireRequest('http://api.test/x?apikey=a%20b', { method: 'GET' }), 1, ['a b']).url
 * // 'http://api.test/x?apikey=[redacted]'
 */
export function requestEvent(
  wire: WireRequest,
  attempt: number,
  secrets: readonly (string | undefined)[],
): RequestEvent {
  const { body } = wire.init
  return {
    method: wire.init.method ?? 'GET',
    url: redactSecrets(wire.url, secrets),
    // The transport only ever sends a JSON string or nothing.
    body: typeof body === 'string' ? redactSecrets(body, secrets) : undefined,
    attempt,
  }
}
