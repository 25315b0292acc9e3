/**
 * @module
 * Turns `sendAt` into the API's `timeToSend`, reading and writing times as `@sendsms/wire`
 * does for every package. The provider reads a date string in East Africa Time (UTC+3, no
 * daylight saving) unless it carries an offset, so a `Date` is written in EAT and a string
 * without an offset means EAT, whatever the caller's own time zone: exactly as the mock
 * reads it.
 *
 * A time in the past is refused: the provider would send it at once, or not at all, and
 * either way not when the caller meant. The wire has minute resolution (a `Date` goes as
 * `YYYY-MM-DD HH:mm`), so the rule is "before the current minute": any time within the
 * minute that is under way, `new Date()` included, is written as that minute and sent now;
 * only a minute that has already ended is refused. EAT is a whole number of hours from UTC,
 * so its minutes begin when UTC's do.
 */
import { formatProviderTime, parseProviderTime, unixSeconds } from '@sendsms/wire'
import { InvalidRequestError } from './errors/request-errors.js'

const MINUTE_MS = 60_000

const ACCEPTED_FORMS =
  "a Date, unix seconds or milliseconds (a number or a string of digits), 'YYYY-MM-DD HH:mm[:ss]' " +
  "in East Africa Time, or ISO 8601 such as '2030-09-01T18:00' (East Africa Time) or '2030-09-01T15:00:00Z'"

/**
 * The `timeToSend` value for a `sendAt`, or throws `InvalidRequestError('sendAt')`.
 * - a `Date` → `YYYY-MM-DD HH:mm` in East Africa Time;
 * - a number → a non-negative integer unix time, milliseconds from 10^12 up, else seconds;
 *   sent as a number of unix seconds;
 * - a string of digits → the same, as a unix time;
 * - any other string `parseProviderTime` reads → `YYYY-MM-DD HH:mm` in East Africa Time
 *   (seconds dropped: the provider documents minutes).
 *
 * A time before the start of the minute `now` falls in is refused too. `now` is the
 * caller's clock in unix milliseconds, read at the call (`Date.now()` unless given).
 * @example
 * toTimeToSend(new Date('2030-09-01T15:00:00Z')) // '2030-09-01 18:00'
 * toTimeToSend(1914505200000) // 1914505200
 * toTimeToSend('2030-09-01T18:00') // '2030-09-01 18:00' (no offset: East Africa Time)
 * toTimeToSend('2030-09-01T15:00:00Z') // '2030-09-01 18:00'
 */
export function toTimeToSend(
  sendAt: Date | number | string,
  now: number = Date.now(),
): string | number {
  if (sendAt instanceof Date) {
    if (Number.isNaN(sendAt.getTime())) {
      throw new InvalidRequestError('sendAt', 'sendAt is an invalid Date')
    }
    return formatProviderTime(notPast(sendAt, now))
  }
  if (typeof sendAt === 'number') {
    const at = Number.isInteger(sendAt) ? parseProviderTime(sendAt) : undefined
    if (at === undefined) {
      throw new InvalidRequestError(
        'sendAt',
        'sendAt must be a non-negative whole number of unix seconds (or milliseconds)',
      )
    }
    return unixSeconds(notPast(at, now))
  }
  const at = typeof sendAt === 'string' ? parseProviderTime(sendAt) : undefined
  if (at === undefined) {
    throw new InvalidRequestError(
      'sendAt',
      `sendAt cannot be read as a time; use ${ACCEPTED_FORMS}`,
    )
  }
  notPast(at, now)
  return /^\d+$/.test(sendAt.trim()) ? unixSeconds(at) : formatProviderTime(at)
}

/**
 * `at`, unless it lies before the minute `now` falls in: then `InvalidRequestError('sendAt')`.
 * @example
 * notPast(new Date('2030-09-01T15:00:59Z'), Date.parse('2030-09-01T15:00:00Z')) // accepted
 * notPast(new Date('2030-09-01T14:59:59Z'), Date.parse('2030-09-01T15:00:30Z')) // throws
 */
function notPast(at: Date, now: number): Date {
  const minuteStart = Math.floor(now / MINUTE_MS) * MINUTE_MS
  if (at.getTime() < minuteStart) {
    throw new InvalidRequestError(
      'sendAt',
      `sendAt is in the past (${formatProviderTime(at)} East Africa Time, before the current minute); leave it out to send now`,
    )
  }
  return at
}
