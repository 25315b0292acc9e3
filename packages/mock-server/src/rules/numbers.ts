/**
 * @module
 * Recipient numbers: normalising Kenyan numbers to the 254 form and telling which network
 * a number belongs to. (Splitting the comma-separated `mobile` list is @sendsms/wire's.)
 */

/**
 * What the mock makes of one number as given.
 * @example
 * const verdict: NumberVerdict = classifyNumber('0712345678')
 */
export type NumberVerdict =
  | { kind: 'kenyan'; msisdn: string; networkId: number }
  | { kind: 'foreign' }
  | { kind: 'invalid' }

const NORMALISED = /^254[71]\d{8}$/

/**
 * Normalises a Kenyan number to `2547XXXXXXXX` / `2541XXXXXXXX`, or undefined.
 * @example
 * toKenyanMsisdn('+254 712-345-678') // '254712345678'
 * toKenyanMsisdn('0112345678') // '254112345678'
 */
export function toKenyanMsisdn(given: string): string | undefined {
  // Most numbers arrive already normalised: keep the string itself rather than build an
  // equal one (it is held by the journal).
  if (NORMALISED.test(given)) return given
  const compact = given.replace(/[\s-]/g, '')
  const match = /^(?:\+?254|0)([71]\d{8})$/.exec(compact)
  return match ? `254${match[1]}` : undefined
}

/**
 * Classifies a number: Kenyan (with its network), another country's, or invalid.
 * @example
 * classifyNumber('0712345678') // { kind: 'kenyan', msisdn: '254712345678', networkId: 1 }
 * classifyNumber('+255712345678') // { kind: 'foreign' }
 * classifyNumber('07123') // { kind: 'invalid' }
 */
export function classifyNumber(given: string): NumberVerdict {
  const msisdn = toKenyanMsisdn(given)
  if (msisdn) return { kind: 'kenyan', msisdn, networkId: networkOf(msisdn) }
  const compact = given.replace(/[\s-]/g, '')
  // International form: a country code never starts with 0; 254 numbers that failed above are malformed.
  if (/^\+?[1-9]\d{9,14}$/.test(compact) && !/^\+?254/.test(compact)) return { kind: 'foreign' }
  return { kind: 'invalid' }
}

/**
 * Network ids, as the provider numbers them.
 * @example
 * networkOf('254772000000') === NETWORKS.telkom // true
 */
export const NETWORKS = { safaricom: 1, airtel: 2, telkom: 3, other: 4 } as const

// Prefixes after 254, as [from, to] ranges of the first three digits.
const PREFIX_RANGES: ReadonlyArray<readonly [number, number, number]> = [
  [700, 729, NETWORKS.safaricom],
  [740, 743, NETWORKS.safaricom],
  [745, 746, NETWORKS.safaricom],
  [748, 748, NETWORKS.safaricom],
  [757, 759, NETWORKS.safaricom],
  [768, 769, NETWORKS.safaricom],
  [790, 799, NETWORKS.safaricom],
  [110, 115, NETWORKS.safaricom],
  [730, 739, NETWORKS.airtel],
  [750, 756, NETWORKS.airtel],
  [762, 762, NETWORKS.airtel],
  [780, 789, NETWORKS.airtel],
  [100, 102, NETWORKS.airtel],
  [770, 779, NETWORKS.telkom],
]

/**
 * The network id of a normalised Kenyan number: 1 Safaricom, 2 Airtel, 3 Telkom,
 * 4 any other Kenyan network (Equitel, Faiba, unassigned ranges).
 * @example
 * networkOf('254733123456') // 2
 */
export function networkOf(msisdn: string): number {
  // The three digits after 254, read without slicing a string. A character that is not a
  // digit makes the prefix NaN, which no network has.
  const prefix = digitAt(msisdn, 3) * 100 + digitAt(msisdn, 4) * 10 + digitAt(msisdn, 5)
  return NETWORK_BY_PREFIX[prefix] ?? NETWORKS.other
}

// The ranges unrolled into a table indexed by prefix, built once: a lookup per number
// instead of a scan of the ranges.
const NETWORK_BY_PREFIX: readonly number[] = (() => {
  const table = new Array<number>(1000).fill(NETWORKS.other)
  for (const [from, to, network] of PREFIX_RANGES) table.fill(network, from, to + 1)
  return table
})()

// The digit at `index`, or NaN for anything else (a missing character included).
function digitAt(text: string, index: number): number {
  const digit = text.charCodeAt(index) - 48
  return digit >= 0 && digit <= 9 ? digit : Number.NaN
}
