/**
 * @module
 * Hashed sends (`sendotp` with `hashed`): `mobile` holds SHA-256 hashes of Safaricom
 * numbers instead of the numbers. The docs ask to hash the number in 254 form; a hash
 * cannot be reversed, so the mock accepts any well-formed one as a Safaricom recipient.
 */
import type { ParamValue } from '../provider/endpoint.js'

const SHA256_HEX = /^[0-9a-fA-F]{64}$/

/**
 * Reads the `hashed` flag: `true` or the string `"true"` (any case, as a GET query or a
 * form body sends it) is a hashed send; `false`, `"false"`, blank or absent a plain one.
 * Anything else is unreadable (`undefined`, answered 1009).
 * @example
 * readHashedFlag('TRUE') // true
 * readHashedFlag(undefined) // false
 * readHashedFlag('yes') // undefined
 */
export function readHashedFlag(value: ParamValue | boolean | undefined): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value ?? false
  if (typeof value !== 'string') return undefined
  const text = value.trim().toLowerCase()
  if (text === 'true') return true
  if (text === 'false' || text === '') return false
  return undefined
}

/**
 * Whether one item of a hashed send's `mobile` is a SHA-256 hash: 64 hexadecimal digits,
 * either case.
 * @example
 * isSha256Hex('7132104d6aae9c3fac82095a42c2817952bca48e09d98d5bf4ac08218982fb90') // true
 * isSha256Hex('254712345678') // false
 */
export function isSha256Hex(text: string): boolean {
  return SHA256_HEX.test(text)
}
