/**
 * @module
 * Hashing a Safaricom number for a hashed send: SHA-256 of its 254 form (`2547…`, `2541…`),
 * as 64 lower-case hexadecimal digits. Web Crypto (`crypto.subtle`), so it runs in Node 20+,
 * browsers and edge workers alike. The docs ask for the 254 form before hashing and do not
 * name the hash; SHA-256 is what Safaricom's hashed MSISDNs are (see the spec's `HashedMobile`).
 */
import { InvalidRequestError } from '../errors/request-errors.js'

const HASH = /^[0-9a-f]{64}$/i

/**
 * Whether `value` is already a hashed number: 64 hexadecimal digits, either case.
 * @example
 * isHashedMsisdn('7132104d6aae9c3fac82095a42c2817952bca48e09d98d5bf4ac08218982fb90') // true
 * isHashedMsisdn('254712345678') // false
 */
export function isHashedMsisdn(value: string): boolean {
  return HASH.test(value)
}

/**
 * A Kenyan number in its 254 form, as the mock normalises it (spaces and dashes dropped; a
 * leading `0`, `254` or `+254` before 9 digits starting 7 or 1), or `undefined`.
 * @example
 * toMsisdn('+254 712-345-678') // '254712345678'
 * toMsisdn('0112345678') // '254112345678'
 * toMsisdn('07123') // undefined
 */
export function toMsisdn(number: string): string | undefined {
  const match = /^(?:\+?254|0)([71]\d{8})$/.exec(number.replace(/[\s-]/g, ''))
  return match ? `254${match[1]}` : undefined
}

/**
 * The hash of a Kenyan number: SHA-256 of its 254 form, as 64 lower-case hex digits. Rejects
 * with `InvalidRequestError('to')` for anything that is not a Kenyan mobile number, since a
 * hash of it would reach no one.
 * @example
 * await hashMsisdn('0712345678') // '7132104d6aae9c3fac82095a42c2817952bca48e09d98d5bf4ac08218982fb90'
 * await hashMsisdn('+254712345678') // the same
 */
export async function hashMsisdn(number: string): Promise<string> {
  const msisdn = typeof number === 'string' ? toMsisdn(number) : undefined
  if (msisdn === undefined) {
    throw new InvalidRequestError(
      'to',
      `cannot hash '${String(number)}': not a Kenyan mobile number (2547…, 2541…, 07…, 01…, +254…)`,
    )
  }
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(msisdn))
  let hex = ''
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0')
  return hex
}
