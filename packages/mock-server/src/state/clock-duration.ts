/**
 * @module
 * How far to move the virtual clock: milliseconds as a number, or text such as `90s`,
 * `18h` or `1h30m`, the way a test thinks of the delays of delivery reports (seconds for
 * a delivery, hours for an absent subscriber).
 */

const UNIT_MS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
}

const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/g
const WHOLE = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/

/**
 * Milliseconds of a duration, or `undefined` when it is not one. A number, or a string of
 * digits, is milliseconds; text is one or more `<number><unit>` parts with the units
 * `ms`, `s`, `m`, `h`, `d` (`1h30m`). Negative and non-finite values are not durations.
 * @example
 * parseDuration('90s') // 90000
 * parseDuration('1h30m') // 5400000
 * parseDuration(5000) // 5000
 * parseDuration('soon') // undefined
 */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return wholeMs(value)
  if (typeof value !== 'string') return undefined
  const text = value.trim().toLowerCase()
  if (/^\d+$/.test(text)) return wholeMs(Number(text))
  if (!WHOLE.test(text)) return undefined
  let total = 0
  for (const [, amount, unit] of text.matchAll(PART)) {
    total += Number(amount) * (UNIT_MS[unit as string] as number)
  }
  return wholeMs(total)
}

function wholeMs(ms: number): number | undefined {
  return Number.isFinite(ms) && ms >= 0 && ms <= Number.MAX_SAFE_INTEGER
    ? Math.round(ms)
    : undefined
}
