/**
 * Checks the `--at` flag of `sendsms send` before any request, so an unreadable time is bad
 * usage worded for the flag (exit 2). It does not convert anything: the trimmed text goes
 * to the client's `sendAt`, which reads it as the mock and the provider do (a time without
 * an offset is East Africa Time, whatever the machine's time zone).
 */
import { parseProviderTime } from '@sendsms/wire'
import { UsageError } from '../errors/cli-error.js'

/**
 * The trimmed `--at` value, once `parseProviderTime` can read it. Throws a UsageError that
 * names the accepted forms otherwise (an empty value included), as JSON when `json` is set.
 *
 * @example
 * ```ts
 * readSendAt(' 2030-01-15 09:00 ', { json: false }) // '2030-01-15 09:00'
 * readSendAt('1894687200', { json: false })         // '1894687200'
 * readSendAt('tomorrow', { json: false })           // throws UsageError
 * ```
 */
export function readSendAt(raw: string, options: { json: boolean }): string {
  const value = raw.trim()
  if (parseProviderTime(value) === undefined) {
    throw new UsageError(
      `--at: cannot read '${raw}' as a date; use unix seconds, 'YYYY-MM-DD HH:mm' or ISO 8601 ('2030-01-15T09:00'), read in East Africa Time unless it has an offset ('2030-01-15T06:00:00Z')`,
      options,
    )
  }
  return value
}
