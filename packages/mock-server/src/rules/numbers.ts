/**
 * @module
 * Recipient numbers: normalising Kenyan numbers to the 254 form and telling which network
 * a number belongs to. (Splitting the comma-separated `mobile` list and the prefix table of
 * the networks are @sendsms/wire's.)
 */
import { NETWORK_ID_BY_NAME, networkIdOf } from '@sendsms/wire'

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
 * Network ids, as the provider numbers them: the spec's (from `@sendsms/wire`), and 4 for a
 * Kenyan block of no network the spec names, an id the mock answers of its own.
 * @example
 * networkOf('254772000000') === NETWORKS.telkom // true
 */
export const NETWORKS = Object.freeze({
  safaricom: NETWORK_ID_BY_NAME.Safaricom,
  airtel: NETWORK_ID_BY_NAME.Airtel,
  telkom: NETWORK_ID_BY_NAME.Telkom,
  other: 4,
} as const)

/**
 * The network id of a normalised Kenyan number: the spec's id of its network
 * (`NETWORK_NAMES` of `@sendsms/wire`), or 4 for any other Kenyan network (Equitel, Faiba,
 * unassigned ranges).
 * @example
 * networkOf('254733123456') // 2
 */
export function networkOf(msisdn: string): number {
  // The prefix table is @sendsms/wire's, shared with @sendsms/client/numbers; the lookup is
  // an index into it (the mock decides the network of every number of every send).
  return networkIdOf(msisdn) ?? NETWORKS.other
}
