/**
 * @module
 * The one secret-redaction function of sendsms-kit: the client masks its errors with it and
 * the CLI every line it prints. A secret travels encoded (a GET carries the apikey in its
 * query, a POST in a JSON body), so each form it can take in a request or an error message
 * is masked, not only the raw text.
 */

const MASK = '[redacted]'

/**
 * Every form of `secret` a request or an error may carry it in, without duplicates.
 * @example
 * secretForms('a b') // ['a b', 'a%20b', 'a+b']
 */
function secretForms(secret: string): string[] {
  const encoded = encodeURIComponent(secret)
  return [
    secret,
    // encodeURIComponent, as the client writes a query value (upper-case hex) ...
    encoded,
    // ... with lower-case hex, as some proxies and loggers rewrite it ...
    encoded.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()),
    // ... and as a URL parser re-encodes a query (`'` becomes %27), e.g. `new Request(url).url`.
    new URL(`http://h/?${encoded}`).search.slice(1),
    // Form encoding (URLSearchParams): `+` for a space.
    new URLSearchParams({ s: secret }).toString().slice(2),
    // Inside a JSON string, as a POST body or a serialised error carries it.
    JSON.stringify(secret).slice(1, -1),
  ]
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * `text` with every form of every non-empty secret replaced by `[redacted]`: raw,
 * URL-encoded (upper- or lower-case hex), form-encoded and JSON-escaped. `undefined` and
 * empty secrets are skipped, so a caller can pass an API key that may not be set.
 * @example
 * redactSecrets('GET /sendsms?apikey=a%20b&x=1', ['a b']) // 'GET /sendsms?apikey=[redacted]&x=1'
 * redactSecrets('no key here', [undefined]) // 'no key here'
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  const forms = new Set<string>()
  for (const secret of secrets) {
    if (secret) for (const form of secretForms(secret)) forms.add(form)
  }
  if (forms.size === 0) return text
  // One pass, longest form first: a form that holds another is masked whole, and the mask
  // itself is never searched again (a secret such as `redacted` cannot nest masks).
  const alternatives = [...forms].sort((a, b) => b.length - a.length).map(escapeRegExp)
  return text.replace(new RegExp(alternatives.join('|'), 'g'), MASK)
}
