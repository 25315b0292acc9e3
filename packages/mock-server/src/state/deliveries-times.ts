/**
 * @module
 * The times of a delivery report as the provider writes them: when it arrived
 * (`YYYY-MM-DD HH:MM:SS` in East Africa Time), and how long it took, as `HH:MM:SS` in a
 * getdlr answer (`delivery-tat`) and as seconds with an `s` in a callback (`timeTaken`).
 */
import { formatProviderTime } from '@sendsms/wire'

const pad = (n: number): string => String(n).padStart(2, '0')

/**
 * An instant as the provider's report time, in East Africa Time with seconds. The wire's
 * `formatProviderTime` writes the minutes (what `timeToSend` takes); the seconds are the
 * same in every zone whose offset is whole hours, as EAT's is.
 * @example
 * reportTime(Date.parse('2024-11-01T08:15:32Z')) // '2024-11-01 11:15:32'
 */
export function reportTime(ms: number): string {
  const at = new Date(ms)
  return `${formatProviderTime(at)}:${pad(at.getUTCSeconds())}`
}

/**
 * A span as `HH:MM:SS` (hours past 99 keep their digits).
 * @example
 * turnaround(150_000) // '00:02:30'
 */
export function turnaround(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000))
  const hours = Math.floor(seconds / 3600)
  return `${pad(hours)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`
}

/**
 * A span as whole seconds with an `s`, as the callback's `timeTaken`.
 * @example
 * secondsTaken(22_000) // '22s'
 */
export function secondsTaken(ms: number): string {
  return `${Math.max(0, Math.floor(ms / 1000))}s`
}
