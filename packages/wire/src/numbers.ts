/**
 * @module
 * Numbers on the wire: the comma-separated `mobile` list, and integers printed as text.
 */

/**
 * Splits a comma-separated list of numbers, in order, trimming each and keeping duplicates.
 * Empty items (a trailing comma, `,,`, blanks) are not numbers and are dropped.
 * @example
 * splitNumbers('254712345678, 0733123456,') // ['254712345678', '0733123456']
 */
export function splitNumbers(list: string): string[] {
  // One pass with indexOf rather than split/map/filter: three arrays fewer per call, and
  // one-number sends are most of the mock's load (bench/README.md).
  const numbers: string[] = []
  for (let start = 0; start <= list.length; ) {
    const comma = list.indexOf(',', start)
    const end = comma === -1 ? list.length : comma
    const item = list.slice(start, end).trim()
    if (item !== '') numbers.push(item)
    start = end + 1
  }
  return numbers
}

/**
 * `String(n)` for a number, with two differences: an integer past 2^53 prints all its digits
 * (never `1e+21`), and a 12-digit phone number prints fast. V8 prints a number past 2^31
 * through its slow double-to-string path, which was a third of the mock's time on a
 * 1000-row answer and a tenth of the client's (bench/README.md); two halves below 10^9 print
 * as small integers.
 * @example
 * integerText(254712345678) // '254712345678'
 * integerText(1e21) // '1000000000000000000000'
 */
export function integerText(n: number): string {
  if (n < 1e9 || !Number.isSafeInteger(n)) {
    return Number.isInteger(n) && Math.abs(n) >= 1e21 ? BigInt(n).toString() : String(n)
  }
  const high = Math.floor(n / 1e9)
  return `${high}${String(n - high * 1e9).padStart(9, '0')}`
}
