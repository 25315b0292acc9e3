/**
 * `sendsms --version`: the version of this package, read from its package.json at run time
 * so it can never drift from what was published.
 */
import { createRequire } from 'node:module'

/**
 * The `version` field of @sendsms/cli's package.json (one level above src/ and dist/).
 *
 * @example
 * ```ts
 * readVersion() // '0.1.0'
 * ```
 */
export function readVersion(): string {
  const { version } = createRequire(import.meta.url)('../../package.json') as { version: string }
  return version
}
