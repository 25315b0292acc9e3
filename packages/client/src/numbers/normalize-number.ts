/**
 * @module
 * One number to the 254 form the provider answers with, for code that only needs the
 * number and not the reason it was refused.
 */
import { checkNumber } from './check-number.js'

/**
 * The 254 form of a Kenyan mobile number given in any form `checkNumber` reads, or
 * undefined when it is refused (use `checkNumber` for the reason).
 * @example
 * normalizeNumber('+254 (0) 712-345-678') // '254712345678'
 * normalizeNumber('0201234567') // undefined: a landline
 */
export function normalizeNumber(input: string): string | undefined {
  const verdict = checkNumber(input)
  return verdict.valid ? verdict.msisdn : undefined
}
