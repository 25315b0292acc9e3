/**
 * @module
 * Keeps the API key out of errors. Causes from fetch implementations may quote the
 * request URL (a GET carries the apikey in its query), so a cause that mentions the
 * key is replaced by a copy with the key masked.
 */

const MASK = '[redacted]'
const MAX_CAUSE_DEPTH = 5

function secretForms(secret: string): string[] {
  // Raw, as encoded by encodeURIComponent (openapi-fetch), and as URLSearchParams writes it.
  const forms = [
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
  ]
  return [...new Set(forms)].filter((form) => form !== '')
}

/**
 * `text` with every form of `secret` replaced by `[redacted]`.
 * @example
 * redactSecret('GET /sendsms?apikey=abc&x=1', 'abc') // 'GET /sendsms?apikey=[redacted]&x=1'
 */
export function redactSecret(text: string, secret: string | undefined): string {
  if (!secret) return text
  return secretForms(secret).reduce((out, form) => out.split(form).join(MASK), text)
}

function mentions(value: unknown, secret: string, depth: number): boolean {
  if (depth > MAX_CAUSE_DEPTH || value === null || value === undefined) return false
  if (value instanceof Error) {
    const own = `${value.message}\n${value.stack ?? ''}`
    return redactSecret(own, secret) !== own || mentions(value.cause, secret, depth + 1)
  }
  const text = typeof value === 'string' ? value : safeString(value)
  return redactSecret(text, secret) !== text
}

function safeString(value: unknown): string {
  try {
    return typeof value === 'object' ? JSON.stringify(value) : String(value)
  } catch {
    return String(value)
  }
}

/**
 * A cause safe to attach to an error: the original when it never mentions the
 * secret, else an `Error` of the same name with the secret masked and no deeper cause.
 * @example
 * safeCause(new TypeError('fetch failed'), 'abc') // the same TypeError
 * safeCause(new Error('GET /?apikey=abc failed'), 'abc').message // 'GET /?apikey=[redacted] failed'
 */
export function safeCause(cause: unknown, secret: string | undefined): unknown {
  if (!secret || !mentions(cause, secret, 0)) return cause
  const original = cause instanceof Error ? cause : undefined
  const copy = new Error(redactSecret(original?.message ?? safeString(cause), secret))
  copy.name = original?.name ?? 'Error'
  copy.stack = redactSecret(original?.stack ?? copy.stack ?? '', secret)
  return copy
}
