/**
 * Splits the numbers of `--to` values and of number lists (a file, standard input). Numbers
 * may be separated by commas, semicolons, newlines or tabs, and by spaces where every
 * space-separated part is a whole number: `0712345678 0733123456` is two numbers, while
 * `254 772 123 456` (a number written in groups, as people write them) stays one.
 */

// The shortest whole number: 9 digits, 712345678, without its 0 or 254.
const DIGITS_OF_A_NUMBER = 9

/**
 * The numbers of one text, trimmed, empty items (a trailing comma, a blank line) dropped.
 *
 * @example
 * ```ts
 * splitRecipientText('0712345678 0733123456\n254 772 123 456,')
 * // ['0712345678', '0733123456', '254 772 123 456']
 * ```
 */
export function splitRecipientText(text: string): string[] {
  return text
    .split(/[,;\r\n\t]+/)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '')
    .flatMap((piece) => {
      const parts = piece.split(/\s+/)
      const whole = parts.every((part) => digitCount(part) >= DIGITS_OF_A_NUMBER)
      return parts.length > 1 && whole ? parts : [piece]
    })
}

/**
 * Splits and trims the values of all `--to` flags, so `--to a,b --to c` and `--to a --to b,c`
 * mean the same three recipients.
 *
 * @example
 * ```ts
 * collectRecipients(['254712345678, 254733123456', '0712345678'])
 * // ['254712345678', '254733123456', '0712345678']
 * ```
 */
export function collectRecipients(values: readonly string[]): string[] {
  return values.flatMap(splitRecipientText)
}

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length
}
