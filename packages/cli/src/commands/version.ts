/**
 * `sendsms --version`: the version of this package, from the constant the build writes from
 * package.json (src/generated/version.ts), so it can never drift from what was published and
 * needs no `import.meta` or file read at run time.
 */
import { PACKAGE_VERSION } from '../generated/version.js'

/**
 * The `version` field of @sendsms/cli's package.json.
 *
 * @example
 * ```ts
 * readVersion() // '0.1.0'
 * ```
 */
export function readVersion(): string {
  return PACKAGE_VERSION
}
