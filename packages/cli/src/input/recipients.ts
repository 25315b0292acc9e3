/**
 * Collects the numbers of every `--to` flag. Each flag may hold comma-separated numbers, so
 * `--to a,b --to c` and `--to a --to b,c` mean the same three recipients.
 */
import { splitNumbers } from '@sendsms/wire'

/**
 * Splits and trims the values of all `--to` flags, dropping empty items (a trailing comma),
 * as the client and the mock split a `mobile` list.
 *
 * @example
 * ```ts
 * collectRecipients(['254712345678, 254733123456', '0712345678'])
 * // ['254712345678', '254733123456', '0712345678']
 * ```
 */
export function collectRecipients(values: readonly string[]): string[] {
  return values.flatMap(splitNumbers)
}
