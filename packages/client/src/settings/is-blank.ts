/**
 * @module
 * The one rule for a value that is "not set", wherever it comes from: an option, a CLI
 * flag or an environment variable. Shells make `VAR=` and `--flag ""` easy to leave
 * behind, and sending an empty apikey is never what anyone meant.
 */

/**
 * Whether `value` counts as not set: `undefined` (or `null`), `''`, or only whitespace.
 * A number is always set.
 * @example
 * isBlank(' ') // true
 * isBlank(undefined) // true
 * isBlank('k') // false
 * isBlank(0) // false
 */
export function isBlank(value: string | number | null | undefined): value is undefined | null | '' {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
}
