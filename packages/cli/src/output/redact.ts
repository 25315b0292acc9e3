/**
 * A last line of defence for the API key: every line `sendsms send` writes passes through
 * here, so even an unforeseen error message quoting the key prints `***` instead.
 */

/** Secrets shorter than this are not redacted: masking "a" would mangle every line. */
const MIN_SECRET_LENGTH = 4

/**
 * Replaces every occurrence of each secret (and of its URL-encoded form) with `***`.
 *
 * @example
 * ```ts
 * redactSecrets('key=s3cret-key rejected', ['s3cret-key']) // 'key=*** rejected'
 * ```
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
      result = result.split(form).join('***')
    }
  }
  return result
}

/**
 * The API keys a run of `sendsms` may know: ADVANTA_API_KEY and every `--api-key` value
 * (both `--api-key KEY` and `--api-key=KEY`), found before parsing so even a parse error
 * cannot echo them.
 *
 * @example
 * ```ts
 * secretsOf(['send', '--api-key=abc123'], { ADVANTA_API_KEY: 'env-key' }) // ['env-key', 'abc123']
 * ```
 */
export function secretsOf(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): string[] {
  const secrets: string[] = []
  const fromEnv = env.ADVANTA_API_KEY
  if (fromEnv) secrets.push(fromEnv)
  argv.forEach((arg, index) => {
    const next = argv[index + 1]
    if (arg === '--api-key' && next !== undefined) secrets.push(next)
    if (arg.startsWith('--api-key=')) secrets.push(arg.slice('--api-key='.length))
  })
  return secrets
}
