/**
 * @module
 * Reads the answer of `getbalance`: `{ "response-code": 200, "credit": "545.00",
 * "partner-id": "12345" }`, or a top-level error. `credit` is documented as a string with
 * two decimals and has been seen as a number; `partner-id` as a string or an integer.
 */
import { readBody } from '../answers/read-body.js'
import { readText } from '../answers/read-text.js'
import { topLevelError } from '../answers/top-level-error.js'
import { UnexpectedResponseError } from '../errors/request-errors.js'
import type { Balance } from './types.js'

// Digits with an optional fraction; thousands may be grouped with commas (`1,234.50`).
const AMOUNT = /^-?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/

/**
 * The amount of a `credit` value and its text, or `undefined` when it is not an amount.
 * @example
 * readCredit('545.00') // { credit: 545, creditText: '545.00' }
 * readCredit(12.5) // { credit: 12.5, creditText: '12.50' }
 * readCredit('lots') // undefined
 */
export function readCredit(value: unknown): { credit: number; creditText: string } | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { credit: value, creditText: value.toFixed(2) } : undefined
  }
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (!AMOUNT.test(text)) return undefined
  return { credit: Number(text.replaceAll(',', '')), creditText: text }
}

/**
 * Reads a balance answer received with HTTP `status`; `sentPartnerId` stands in for a
 * missing `partner-id`. Throws the typed `ApiError` of a top-level code, or
 * `UnexpectedResponseError` when there is no readable credit.
 * @example
 * readBalance(200, '{"response-code":200,"credit":"545.00","partner-id":"12345"}', '12345')
 * // { credit: 545, creditText: '545.00', partnerId: '12345' }
 */
export function readBalance(status: number, text: string, sentPartnerId?: string): Balance {
  const body = readBody(status, text)
  const refused = topLevelError(body)
  if (refused) throw refused
  const credit = readCredit(body.credit)
  if (!credit) {
    const what =
      body.credit === undefined ? 'a balance without a credit' : 'a credit that is not a number'
    throw new UnexpectedResponseError(status, `The SMS API answered ${what}`)
  }
  return { ...credit, partnerId: readText(body['partner-id']) ?? sentPartnerId ?? '' }
}
