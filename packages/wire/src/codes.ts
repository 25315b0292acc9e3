/**
 * @module
 * Reading the provider's code. The documented key is `response-code`; the live service has
 * also answered `respose-code`, and codes have arrived as strings. Every package reads a
 * code through `readCode`, so all of them tolerate the same drift.
 */
import { RESPONSE_CODES, type ResponseCode } from './generated/api-facts.js'

/**
 * The documented key of a code.
 * @example
 * answer[CODE_KEY] // 1006
 */
export const CODE_KEY = 'response-code'

/**
 * The misspelled key a captured live answer used.
 * @example
 * { [MISSPELLED_CODE_KEY]: 1006 } // what `--quirks misspelled-code-key` answers
 */
export const MISSPELLED_CODE_KEY = 'respose-code'

/**
 * The code of an accepted recipient or a successful request.
 * @example
 * row.code === SUCCESS_CODE
 */
export const SUCCESS_CODE = 200

// A Map: the table's keys are sparse integers, which an object keeps as slow dictionary
// elements, and the mock looks a code up for every answer.
const DESCRIPTIONS = new Map<number, string>(
  Object.entries(RESPONSE_CODES).map(([code, description]) => [Number(code), description]),
)

/**
 * Whether the spec documents `code`.
 * @example
 * isDocumentedCode(1006) // true
 * isDocumentedCode(999) // false
 */
export function isDocumentedCode(code: number): code is ResponseCode {
  return DESCRIPTIONS.has(code)
}

/**
 * The description the provider sends with `code`, or `undefined` for an undocumented code.
 * @example
 * describeCode(4090) // 'Internal Error. Try again after 5 minutes'
 * describeCode(9999) // undefined
 */
export function describeCode(code: number): string | undefined {
  return DESCRIPTIONS.get(code)
}

/**
 * The code of an answer or row under either spelling, as a number: an integer, or a string
 * of digits. `undefined` when absent or anything else.
 * @example
 * readCode({ 'respose-code': '1006' }) // 1006
 * readCode({ 'response-description': 'Success' }) // undefined
 */
export function readCode(value: Readonly<Record<string, unknown>>): number | undefined {
  const raw = value[CODE_KEY] ?? value[MISSPELLED_CODE_KEY]
  if (typeof raw === 'number') return Number.isInteger(raw) ? raw : undefined
  if (typeof raw !== 'string') return undefined
  const text = raw.trim()
  return /^\d{1,9}$/.test(text) ? Number(text) : undefined
}
