/**
 * @module
 * A parameter as text. Clients send `partnerID` and `mobile` as JSON numbers as well as
 * strings; the rules compare text, so a number is read as its digits.
 */
import { integerText } from '@sendsms/wire'
import type { ParamValue } from '../provider/endpoint.js'

/**
 * The parameter as text: a string as is, a number as its digits (never `2.5e+11`).
 * @example
 * textOf(254712345678) // '254712345678'
 * textOf(undefined) // undefined
 */
export function textOf(value: ParamValue | undefined): string | undefined {
  return typeof value === 'number' ? integerText(value) : value
}
