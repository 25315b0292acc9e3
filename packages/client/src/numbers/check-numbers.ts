/**
 * @module
 * Many numbers at once, as `sendSms` takes them: the verdict on each, in input order, with
 * numbers that appear twice (in whatever form) reported, and dropped on request, before a
 * send charges for them twice.
 */
import { splitNumbers } from '@sendsms/wire'
import { checkNumber } from './check-number.js'
import type { NumberVerdict, RefusedNumber, ValidNumber } from './types.js'

/**
 * Options of `checkNumbers`.
 * @example
 * const options: CheckNumbersOptions = { dedupe: true }
 */
export interface CheckNumbersOptions {
  /** Leave a number that repeats an earlier one out of `results`, `valid` and `msisdns` (it stays in `duplicates`). Default `false`. */
  readonly dedupe?: boolean | undefined
}

/**
 * What `checkNumbers` found.
 * @example
 * const check: NumbersCheck = checkNumbers(['0712345678', '07123'])
 * check.msisdns // ['254712345678']
 */
export interface NumbersCheck {
  /** Every verdict, in input order (without the repeats when `dedupe` is set). */
  readonly results: readonly NumberVerdict[]
  /** The valid numbers of `results`. */
  readonly valid: readonly ValidNumber[]
  /** The refused numbers. */
  readonly refused: readonly RefusedNumber[]
  /** Each valid number whose `msisdn` an earlier one has; its `duplicateOf` is that one's `index`. */
  readonly duplicates: readonly ValidNumber[]
  /** The `msisdn` of each of `valid`: ready for `sendSms({ to })`. */
  readonly msisdns: readonly string[]
  /** True when nothing was refused (repeats are not refusals). */
  readonly allValid: boolean
}

/**
 * Checks numbers before sending: a string (which, as for `sendSms`, may hold several,
 * comma-separated) or an array of them. Empty entries are dropped, as `sendSms` drops them;
 * `index` counts the numbers that remain.
 * @example
 * const check = checkNumbers(['0712 345 678', '+254712345678', '0201234567'], { dedupe: true })
 * check.msisdns // ['254712345678']
 * check.duplicates[0]?.duplicateOf // 0
 * check.refused[0]?.message // "'0201234567' is a Kenyan landline number, which cannot receive SMS"
 */
export function checkNumbers(
  input: string | readonly string[],
  options: CheckNumbersOptions = {},
): NumbersCheck {
  const items: readonly unknown[] = Array.isArray(input) ? input : [input]
  const given = items.flatMap((item) => (typeof item === 'string' ? splitNumbers(item) : [item]))
  const first = new Map<string, number>()
  const results: NumberVerdict[] = []
  const valid: ValidNumber[] = []
  const refused: RefusedNumber[] = []
  const duplicates: ValidNumber[] = []
  for (const [index, value] of given.entries()) {
    const verdict = checkNumber(value, index)
    if (!verdict.valid) {
      results.push(verdict)
      refused.push(verdict)
      continue
    }
    const earlier = first.get(verdict.msisdn)
    if (earlier === undefined) {
      first.set(verdict.msisdn, index)
      results.push(verdict)
      valid.push(verdict)
      continue
    }
    const repeat: ValidNumber = { ...verdict, duplicateOf: earlier }
    duplicates.push(repeat)
    if (options.dedupe === true) continue
    results.push(repeat)
    valid.push(repeat)
  }
  return {
    results,
    valid,
    refused,
    duplicates,
    msisdns: valid.map((number) => number.msisdn),
    allValid: refused.length === 0,
  }
}
