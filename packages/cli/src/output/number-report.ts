/**
 * What the check of recipients found, as people and scripts read it: the refused numbers
 * with their reason and the repeats left out, printed before the send (on standard error,
 * so standard output keeps only the result) and added to the `--json` document.
 */
import type { NumbersCheck } from '@sendsms/client/numbers'

/** One refused number in the JSON output. */
export interface JsonRefusedNumber {
  input: string
  reason: string
  message: string
}

/**
 * The report's fields of the JSON document: `refused` (every refused number) and
 * `duplicates` (how many repeats were left out).
 *
 * @example
 * ```ts
 * numberReportJson(check) // { refused: [{ input: '07123', reason: 'too-short', message: '…' }], duplicates: 1 }
 * ```
 */
export function numberReportJson(check: NumbersCheck): {
  refused: JsonRefusedNumber[]
  duplicates: number
} {
  return {
    refused: check.refused.map(({ input, reason, message }) => ({ input, reason, message })),
    duplicates: check.duplicates.length,
  }
}

/**
 * Lines for people: one per refused number, then how many repeats were dropped; empty when
 * the check found nothing to say.
 *
 * @example
 * ```ts
 * formatNumberReport(check)
 * // refused  07123  too-short: 07123 is too short: …
 * // 1 repeated number left out (each number is sent once)
 * ```
 */
export function formatNumberReport(check: NumbersCheck): string {
  const lines = check.refused.map(
    (number) => `refused  ${number.input}  ${number.reason}: ${number.message}`,
  )
  const repeats = check.duplicates.length
  if (repeats > 0) {
    lines.push(
      `${repeats} repeated number${repeats === 1 ? '' : 's'} left out (each number is sent once)`,
    )
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}

/**
 * Adds the report to the JSON text of a send result: `refused`, `duplicates`, and `ok`
 * false when a number was refused (it was not sent).
 *
 * @example
 * ```ts
 * withNumberReport(formatJsonResult(result), check)
 * ```
 */
export function withNumberReport(jsonText: string, check: NumbersCheck): string {
  const document = JSON.parse(jsonText) as Record<string, unknown>
  const report = numberReportJson(check)
  return `${JSON.stringify({
    ...document,
    ok: document.ok === true && report.refused.length === 0,
    ...report,
  })}\n`
}
