/**
 * @module
 * Turns `sendAt` into the API's `timeToSend`. The provider reads date strings in
 * East Africa Time (UTC+3, no daylight saving), so a `Date` is formatted in EAT
 * whatever the caller's own time zone is.
 */
import { InvalidRequestError } from './errors/request-errors.js'

const EAT_OFFSET_MS = 3 * 60 * 60 * 1000
// Above this a "seconds" value is almost surely milliseconds (Date.now()): year 5138.
const MAX_UNIX_SECONDS = 1e11

/**
 * Formats a date as `YYYY-MM-DD HH:mm` in East Africa Time; seconds are dropped.
 * @example
 * formatEat(new Date('2030-09-01T15:00:00Z')) // '2030-09-01 18:00'
 */
export function formatEat(date: Date): string {
  const eat = new Date(date.getTime() + EAT_OFFSET_MS)
  const pad = (n: number): string => String(n).padStart(2, '0')
  const day = `${eat.getUTCFullYear()}-${pad(eat.getUTCMonth() + 1)}-${pad(eat.getUTCDate())}`
  return `${day} ${pad(eat.getUTCHours())}:${pad(eat.getUTCMinutes())}`
}

/**
 * The `timeToSend` value for a `sendAt`, or throws `InvalidRequestError('sendAt')`.
 * A number stays a number (unix seconds); a string is passed as is.
 * @example
 * toTimeToSend(new Date('2030-09-01T15:00:00Z')) // '2030-09-01 18:00'
 * toTimeToSend(1914505200) // 1914505200
 * toTimeToSend('2030-09-01 18:00') // '2030-09-01 18:00'
 */
export function toTimeToSend(sendAt: Date | number | string): string | number {
  if (sendAt instanceof Date) {
    if (Number.isNaN(sendAt.getTime())) {
      throw new InvalidRequestError('sendAt', 'sendAt is an invalid Date')
    }
    return formatEat(sendAt)
  }
  if (typeof sendAt === 'number') {
    if (!Number.isInteger(sendAt) || sendAt < 0) {
      throw new InvalidRequestError('sendAt', 'sendAt must be a whole number of unix seconds')
    }
    if (sendAt > MAX_UNIX_SECONDS) {
      throw new InvalidRequestError(
        'sendAt',
        'sendAt looks like milliseconds; pass unix seconds (Math.floor(ms / 1000)) or a Date',
      )
    }
    return sendAt
  }
  if (typeof sendAt === 'string' && sendAt.trim() !== '') return sendAt
  throw new InvalidRequestError(
    'sendAt',
    'sendAt must be a Date, unix seconds or a non-empty string',
  )
}
