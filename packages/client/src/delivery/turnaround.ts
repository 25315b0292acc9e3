/**
 * @module
 * Reads a delivery turnaround, which the provider writes three ways: `"00:02:30"` (the docs'
 * `delivery-tat`), `"6s"` and `"22s"` (a report and the callback's `timeTaken`).
 */

/**
 * The seconds of a turnaround: `HH:MM:SS`, `MM:SS`, a number of seconds with or without
 * `s`. `undefined` for anything else.
 * @example
 * turnaroundSeconds('00:02:30') // 150
 * turnaroundSeconds('22s') // 22
 * turnaroundSeconds('soon') // undefined
 */
export function turnaroundSeconds(text: string): number | undefined {
  const value = text.trim()
  const seconds = /^(\d{1,9})\s*s?$/i.exec(value)
  if (seconds) return Number(seconds[1])
  const clock = /^(?:(\d{1,6}):)?([0-5]?\d):([0-5]\d)$/.exec(value)
  if (!clock) return undefined
  // Minutes and seconds always match; only the hours are optional.
  const [, hours, minutes, secs] = clock
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(secs)
}
