/**
 * @module
 * Keeps the API key out of error causes. Causes from fetch implementations may quote the
 * request URL (a GET carries the apikey in its query), so a cause that mentions the key is
 * replaced by a copy with the key masked by `redactSecrets`.
 */
import { redactSecrets } from '../settings/redact-secrets.js'

const MAX_CAUSE_DEPTH = 5

type Secrets = readonly (string | undefined)[]

function mentions(value: unknown, secrets: Secrets, depth: number): boolean {
  if (depth > MAX_CAUSE_DEPTH || value === null || value === undefined) return false
  if (value instanceof Error) {
    const own = `${value.message}\n${value.stack ?? ''}`
    return redactSecrets(own, secrets) !== own || mentions(value.cause, secrets, depth + 1)
  }
  const text = typeof value === 'string' ? value : safeString(value)
  return redactSecrets(text, secrets) !== text
}

function safeString(value: unknown): string {
  try {
    return typeof value === 'object' ? JSON.stringify(value) : String(value)
  } catch {
    return String(value)
  }
}

/**
 * A cause safe to attach to an error: the original when it never mentions a secret,
 * else an `Error` of the same name with the secrets masked and no deeper cause.
 * @example
 * safeCause(new TypeError('fetch failed'), ['abc']) // the same TypeError
 * safeCause(new Error('GET /?apikey=abc failed'), ['abc']).message // 'GET /?apikey=[redacted] failed'
 */
export function safeCause(cause: unknown, secrets: Secrets): unknown {
  if (!secrets.some(Boolean) || !mentions(cause, secrets, 0)) return cause
  const original = cause instanceof Error ? cause : undefined
  const copy = new Error(redactSecrets(original?.message ?? safeString(cause), secrets))
  copy.name = original?.name ?? 'Error'
  copy.stack = redactSecrets(original?.stack ?? copy.stack ?? '', secrets)
  return copy
}
