/**
 * @module
 * Times on the wire (`timeToSend`). The provider reads a date string in East Africa Time
 * (UTC+3, no daylight saving) unless it carries an offset, so a string without an offset
 * means EAT here too, in every package and whatever the machine's own time zone: the
 * client, the CLI's `--at` and the mock read a time the same way.
 */

/**
 * East Africa Time's offset from UTC, as written in ISO 8601.
 * @example
 * new Date(`2030-09-01T18:00${EAT_OFFSET}`) // 15:00 UTC
 */
export const EAT_OFFSET = '+03:00'

const EAT_OFFSET_MS = 3 * 60 * 60 * 1000
// A unix time at or above this is in milliseconds (Date.now()), below it in seconds: as
// seconds it would be past the year 33 000.
const FIRST_MILLISECONDS = 1e12
// Date, time, then optional seconds, fraction and offset. A space separates date and time
// in the provider's own form; ISO 8601 uses `T`.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})([ T])(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i

/**
 * Reads a provider time, or `undefined` when it is not one. Accepted: a unix time (a number
 * or a string of digits; seconds, or milliseconds from 10^12 up), the provider's
 * `YYYY-MM-DD HH:mm[:ss]` in East Africa Time, and ISO 8601 `YYYY-MM-DDTHH:mm[:ss[.fff]]`
 * with `Z` or an offset, or without one (then East Africa Time). A date that does not exist
 * (2030-02-30) is not a time.
 * @example
 * parseProviderTime('2030-09-01 18:00') // 2030-09-01T15:00:00.000Z
 * parseProviderTime('2030-09-01T18:00') // 2030-09-01T15:00:00.000Z (no offset: EAT)
 * parseProviderTime(1914505200) // 2030-09-01T15:00:00.000Z
 * parseProviderTime('next week') // undefined
 */
export function parseProviderTime(value: string | number): Date | undefined {
  if (typeof value === 'number') return fromUnix(value)
  const text = value.trim()
  if (/^\d{1,16}$/.test(text)) return fromUnix(Number(text))
  const parts = DATE_TIME.exec(text)
  return parts ? fromDateTime(parts) : undefined
}

/**
 * Formats an instant as the provider's `YYYY-MM-DD HH:mm` in East Africa Time. Seconds are
 * dropped: the provider documents minutes only.
 * @example
 * formatProviderTime(new Date('2030-09-01T15:00:42Z')) // '2030-09-01 18:00'
 */
export function formatProviderTime(date: Date): string {
  const eat = new Date(date.getTime() + EAT_OFFSET_MS)
  const pad = (n: number): string => String(n).padStart(2, '0')
  const day = `${eat.getUTCFullYear()}-${pad(eat.getUTCMonth() + 1)}-${pad(eat.getUTCDate())}`
  return `${day} ${pad(eat.getUTCHours())}:${pad(eat.getUTCMinutes())}`
}

/**
 * Whole unix seconds of an instant, rounded down.
 * @example
 * unixSeconds(new Date('2030-09-01T15:00:00.900Z')) // 1914505200
 */
export function unixSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000)
}

function fromUnix(n: number): Date | undefined {
  if (!Number.isFinite(n) || n < 0) return undefined
  return valid(new Date(n >= FIRST_MILLISECONDS ? n : n * 1000))
}

function fromDateTime(parts: RegExpExecArray): Date | undefined {
  const [, year, month, day, separator, hour, minute, second = '00', fraction = '', zone] = parts
  // A space-separated time with an offset is neither the provider's form nor ISO 8601.
  if (separator === ' ' && zone) return undefined
  const numbers = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  if (!isRealDateTime(...numbers)) return undefined
  const offset = zone ? zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2').toUpperCase() : EAT_OFFSET
  const millis = fraction.slice(0, 4)
  return valid(new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${millis}${offset}`))
}

function isRealDateTime(y: number, mo: number, d: number, h: number, mi: number, s: number) {
  // Date.UTC rolls 2030-02-30 over to March; a real date survives the round trip.
  const probe = new Date(Date.UTC(y, mo - 1, d))
  const sameDay =
    probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d
  return sameDay && h < 24 && mi < 60 && s < 60
}

function valid(at: Date): Date | undefined {
  return Number.isNaN(at.getTime()) ? undefined : at
}
