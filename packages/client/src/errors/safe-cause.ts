/**
 * @module
 * Keeps the API key out of error causes. Causes from fetch implementations may quote the
 * request URL (a GET carries the apikey in its query), so a cause that mentions the key is
 * replaced by a copy with the key masked by `redactSecrets`.
 */
import { redactSecrets } from '../settings/redact-secrets.js'

const MAX_CAUSE_DEPTH = 5
// The message of the copy of a cause that cannot be written out.
const UNREADABLE = 'a cause that cannot be shown'

type Secrets = readonly (string | undefined)[]

function mentions(value: unknown, secrets: Secrets, depth: number): boolean {
  if (value === null || value === undefined) return false
  // Past this depth (a cause that is its own cause, say) nothing more is searched: the
  // cause is taken to mention a secret, so it is replaced by a copy without the chain.
  if (depth > MAX_CAUSE_DEPTH) return true
  if (value instanceof Error) {
    const own = `${value.message}\n${value.stack ?? ''}`
    return redactSecrets(own, secrets) !== own || mentions(value.cause, secrets, depth + 1)
  }
  // A value that cannot be written out (an object with a cycle) cannot be searched either.
  const text = textOf(value)
  return text === undefined || redactSecrets(text, secrets) !== text
}

// The text of a value that is not an Error, or `undefined` when it cannot be written out.
function textOf(value: unknown): string | undefined {
  try {
    return typeof value === 'object' ? JSON.stringify(value) : String(value)
  } catch {
    return undefined
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
  const text = original?.message ?? textOf(cause) ?? UNREADABLE
  const copy = new Error(redactSecrets(text, secrets))
  copy.name = original?.name ?? 'Error'
  copy.stack = redactSecrets(original?.stack ?? copy.stack ?? '', secrets)
  return copy
}
