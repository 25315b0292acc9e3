/**
 * @module
 * Reading `timeToSend` with the wire's one reader of provider times: unix seconds (or
 * milliseconds), `YYYY-MM-DD HH:mm[:ss]` in East Africa Time, or ISO 8601 (East Africa
 * Time when it has no offset), so the mock reads a time exactly as the client and the CLI
 * write it.
 */
import { parseProviderTime } from '@sendsms/wire'
import type { ParamValue } from '../provider/endpoint.js'

/**
 * The outcome of reading `timeToSend`: a time, none given, or unreadable.
 * @example
 * const verdict: ScheduleVerdict = parseTimeToSend('2030-09-01 18:00')
 */
export type ScheduleVerdict = { ok: true; at: Date | undefined } | { ok: false }

/**
 * Reads a `timeToSend` value; absent or blank means "send now".
 * @example
 * parseTimeToSend('2030-09-01 18:00') // { ok: true, at: 2030-09-01T15:00:00.000Z }
 * parseTimeToSend(1567350000) // { ok: true, at: 2019-09-01T15:00:00.000Z }
 * parseTimeToSend('next week') // { ok: false }
 */
export function parseTimeToSend(value: ParamValue | undefined): ScheduleVerdict {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) {
    return { ok: true, at: undefined }
  }
  const at = parseProviderTime(value)
  return at ? { ok: true, at } : { ok: false }
}
