/**
 * @module
 * Reading `timeToSend`: unix seconds (or 13-digit milliseconds), `YYYY-MM-DD HH:mm[:ss]`
 * in East Africa Time, or ISO 8601 with an offset.
 */

/**
 * The outcome of reading `timeToSend`: a time, none given, or unreadable.
 * @example
 * const verdict: ScheduleVerdict = parseTimeToSend('2030-09-01 18:00')
 */
export type ScheduleVerdict = { ok: true; at: Date | undefined } | { ok: false }

const EAT_OFFSET = '+03:00'
// Date, time, then an optional offset; without one the time is read in East Africa Time.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})([ T])(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i

/**
 * Parses a `timeToSend` value; absent or empty means "send now".
 * @example
 * parseTimeToSend('2030-09-01 18:00') // { ok: true, at: 2030-09-01T15:00:00.000Z }
 * parseTimeToSend(1567350000) // { ok: true, at: 2019-09-01T15:00:00.000Z }
 * parseTimeToSend('next week') // { ok: false }
 */
export function parseTimeToSend(value: string | number | undefined): ScheduleVerdict {
  if (value === undefined) return { ok: true, at: undefined }
  if (typeof value === 'number') return fromEpoch(value)
  const text = value.trim()
  if (text === '') return { ok: true, at: undefined }
  if (/^\d+$/.test(text)) return fromEpoch(Number(text), text.length === 13)
  const parts = DATE_TIME.exec(text)
  return parts ? fromDateTime(parts) : { ok: false }
}

function fromEpoch(n: number, millis = n >= 1e12): ScheduleVerdict {
  if (!Number.isFinite(n) || n < 0) return { ok: false }
  return valid(new Date(millis ? n : n * 1000))
}

function fromDateTime(parts: RegExpExecArray): ScheduleVerdict {
  const [, year, month, day, separator, hour, minute, second = '00', fraction = '', zone] = parts
  // A space-separated time with an offset is not a form anyone sends; refuse it.
  if (separator === ' ' && zone) return { ok: false }
  if (
    !isRealDateTime(
      Number(year),
      Number(month),
      Number(day),
      Number(hour),
      Number(minute),
      Number(second),
    )
  ) {
    return { ok: false }
  }
  const offset = zone ? zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') : EAT_OFFSET
  return valid(
    new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${fraction.slice(0, 4)}${offset}`),
  )
}

function isRealDateTime(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
): boolean {
  // Date.UTC rolls 2030-02-30 over to March; a real date survives the round trip.
  const probe = new Date(Date.UTC(y, mo - 1, d))
  const sameDay =
    probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d
  return sameDay && h < 24 && mi < 60 && s < 60
}

function valid(at: Date): ScheduleVerdict {
  return Number.isNaN(at.getTime()) ? { ok: false } : { ok: true, at }
}
