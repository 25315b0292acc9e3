/**
 * @module
 * Reads an id, a number or a description the way the API's types drift: a field documented
 * as an integer may arrive as a string and the other way round, so both read as the same text.
 */
import { integerText } from '@sendsms/wire'

/**
 * A string as it is, a finite number as its decimal text, anything else `undefined`.
 * @example
 * readText(254712345678) // '254712345678'
 * readText('100000001') // '100000001'
 * readText(null) // undefined
 */
export function readText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  // integerText, not String: the 12-digit numbers `mobile` arrives as print through V8's slow
  // path, a tenth of the client's time on a 1000-row answer (see bench/README.md).
  if (typeof value === 'number' && Number.isFinite(value)) return integerText(value)
  return undefined
}
