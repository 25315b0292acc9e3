/**
 * @module
 * Turns `sendAt` into the API's `timeToSend`, reading and writing times as `@sendsms/wire`
 * does for every package. The provider reads a date string in East Africa Time (UTC+3, no
 * daylight saving) unless it carries an offset, so a `Date` is written in EAT and a string
 * without an offset means EAT, whatever the caller's own time zone: exactly as the mock
 * reads it.
 */
import { formatProviderTime, parseProviderTime, unixSeconds } from '@sendsms/wire'
import { InvalidRequestError } from './errors/request-errors.js'

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
 * @example
 * toTimeToSend(new Date('2030-09-01T15:00:00Z')) // '2030-09-01 18:00'
 * toTimeToSend(1914505200000) // 1914505200
 * toTimeToSend('2030-09-01T18:00') // '2030-09-01 18:00' (no offset: East Africa Time)
 * toTimeToSend('2030-09-01T15:00:00Z') // '2030-09-01 18:00'
 */
export function toTimeToSend(sendAt: Date | number | string): string | number {
  if (sendAt instanceof Date) {
    if (Number.isNaN(sendAt.getTime())) {
      throw new InvalidRequestError('sendAt', 'sendAt is an invalid Date')
    }
    return formatProviderTime(sendAt)
  }
  if (typeof sendAt === 'number') {
    const at = Number.isInteger(sendAt) ? parseProviderTime(sendAt) : undefined
    if (at === undefined) {
      throw new InvalidRequestError(
        'sendAt',
        'sendAt must be a non-negative whole number of unix seconds (or milliseconds)',
      )
    }
    return unixSeconds(at)
  }
  const at = typeof sendAt === 'string' ? parseProviderTime(sendAt) : undefined
  if (at === undefined) {
    throw new InvalidRequestError(
      'sendAt',
      `sendAt cannot be read as a time; use ${ACCEPTED_FORMS}`,
    )
  }
  return /^\d+$/.test(sendAt.trim()) ? unixSeconds(at) : formatProviderTime(at)
}
