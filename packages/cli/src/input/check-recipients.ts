/**
 * The check of recipients before any request: each number judged by
 * `@sendsms/client/numbers` (libphonenumber-js; the same verdicts as the mock where the two
 * overlap), repeats of a number in any form dropped, the refused ones reported. Loaded only
 * when a send is checked, since the numbering plan is the largest module the CLI can load.
 */
import type { NumbersCheck } from '@sendsms/client/numbers'

/**
 * Whether a send checks its numbers before any request: always, unless `--no-check` asks to
 * send every number as given, for the provider to judge each (its own 1003 or 1002 row).
 * A dry run checks whatever the flags say.
 *
 * @example
 * ```ts
 * shouldCheck({ 'no-check': undefined }) // true
 * shouldCheck({ 'no-check': true }) // false
 * ```
 */
export function shouldCheck(values: { 'no-check'?: boolean | undefined }): boolean {
  return values['no-check'] !== true
}

/**
 * Checks the numbers and drops repeats (by their 254 form), unless `dedupe` is false (the
 * items of a bulk file: one number may get two different messages).
 *
 * @example
 * ```ts
 * const check = await checkRecipients(['0712345678', '+254712345678', '07123'])
 * check.msisdns // ['254712345678']; check.refused[0].reason 'too-short'
 * ```
 */
export async function checkRecipients(
  numbers: readonly string[],
  options: { dedupe?: boolean } = {},
): Promise<NumbersCheck> {
  const { checkNumbers } = await import('@sendsms/client/numbers')
  return checkNumbers(numbers, { dedupe: options.dedupe ?? true })
}

/**
 * The messages of a bulk file whose number the check lets through, each number in its 254
 * form, and the check (one verdict per message, in file order; its `duplicates` emptied,
 * since one number may get two different messages and none is left out). `undefined` when a
 * message's `to` does not hold exactly one number: the client refuses that file by name.
 *
 * @example
 * ```ts
 * const checked = await checkBulkItems([{ to: '0712345678', message: 'Hi' }, { to: '07123', message: 'Yo' }])
 * checked?.items // [{ to: '254712345678', message: 'Hi' }]; checked?.check.refused[0].reason 'too-short'
 * ```
 */
export async function checkBulkItems<Item extends { to: string }>(
  items: readonly Item[],
): Promise<{ items: Item[]; check: NumbersCheck } | undefined> {
  const check = await checkRecipients(
    items.map((item) => item.to),
    { dedupe: false },
  )
  if (check.results.length !== items.length) return undefined
  const kept: Item[] = []
  check.results.forEach((verdict, index) => {
    if (verdict.valid) kept.push({ ...(items[index] as Item), to: verdict.msisdn })
  })
  return { items: kept, check: { ...check, duplicates: [] } }
}
