/**
 * Reads the `--at` flag of `sendsms send` into the client's `sendAt`. Three forms are
 * accepted: unix seconds, the provider's own `YYYY-MM-DD HH:mm[:ss]` (East Africa Time), or
 * any date string JavaScript's Date reads (ISO 8601 with an offset is the safe choice).
 */
import { UsageError } from '../errors/cli-error.js'

const PROVIDER_FORMAT = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$/

/**
 * Converts `--at` into a value for `SendSmsRequest.sendAt`: digits → number (unix seconds),
 * the provider format → the string unchanged (the provider reads it in EAT), anything else
 * → a Date (the client writes it in EAT). Throws a UsageError when it is not a date.
 *
 * @example
 * ```ts
 * parseSendAt('1893456000')          // 1893456000
 * parseSendAt('2030-01-01 09:30')    // '2030-01-01 09:30'
 * parseSendAt('2030-01-01T06:30:00Z') // Date
 * ```
 */
export function parseSendAt(raw: string, options: { json?: boolean } = {}): number | string | Date {
  const value = raw.trim()
  if (/^\d+$/.test(value)) return Number(value)
  const parts = PROVIDER_FORMAT.exec(value)
  if (parts !== null && isRealDateTime(parts.slice(1).map(Number))) return value
  const date = new Date(value)
  if (parts !== null || value === '' || Number.isNaN(date.getTime())) {
    throw new UsageError(
      `--at: cannot read '${raw}' as a date; use unix seconds, 'YYYY-MM-DD HH:mm' (East Africa Time) or ISO 8601`,
      { json: options.json ?? false },
    )
  }
  return date
}

/** True when year, month, day, hour, minute[, second] name a moment that exists (no 2030-02-30). */
function isRealDateTime([
  year = 0,
  month = 0,
  day = 0,
  hour = 0,
  minute = 0,
  second = 0,
]: number[]): boolean {
  const date = new Date(
    Date.UTC(year, month - 1, day, hour, minute, Number.isNaN(second) ? 0 : second),
  )
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute
  )
}
