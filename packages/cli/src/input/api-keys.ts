/**
 * Finds the API keys a run of `sendsms` may know, so that every line it prints can be
 * masked: found before parsing, so even a parse error cannot echo them.
 */
import { ENV_VARIABLES, isBlank } from '@sendsms/client/settings'

/**
 * The API key of the environment (ADVANTA_API_KEY) and every `--api-key` value, both
 * `--api-key KEY` and `--api-key=KEY`. Blank values are not keys: the client ignores them
 * too, and masking whitespace would mangle every line.
 *
 * @example
 * ```ts
 * apiKeysOf(['send', '--api-key=abc123'], { ADVANTA_API_KEY: 'env-key' }) // ['env-key', 'abc123']
 * ```
 */
export function apiKeysOf(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  const keys = [env[ENV_VARIABLES.apiKey]]
  argv.forEach((arg, index) => {
    if (arg === '--api-key') keys.push(argv[index + 1])
    if (arg.startsWith('--api-key=')) keys.push(arg.slice('--api-key='.length))
  })
  return keys.filter((key): key is string => !isBlank(key))
}
