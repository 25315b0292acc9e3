/**
 * `sendsms --version`: the version of this package, read from its package.json at run time
 * so it can never drift from what was published.
 */
import { readFileSync } from 'node:fs'

/**
 * The `version` field of @sendsms/cli's package.json (one level above src/ and dist/).
 *
 * @example
 * ```ts
 * readVersion() // '0.1.0'
 * ```
 */
export function readVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8')
  const { version } = JSON.parse(text) as { version?: unknown }
  return typeof version === 'string' ? version : 'unknown'
}
