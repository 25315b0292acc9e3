/**
 * @module
 * A message as a handset receives it: the texts of its parts, split as `analyzeMessage`
 * (`@sendsms/wire`) counts them: 160 septets (GSM-7) or 70 code units (UCS-2) in one part,
 * 153 or 67 per part once split, no character straddling two parts (an extension
 * character's escape and the character, or the two halves of a surrogate pair, travel
 * together). The inbox's phone view shows one bubble per part.
 */
import { gsmSeptets } from '@sendsms/wire'

/**
 * The most parts split for display; a longer message shows its first ones and says how
 * many it has (its journal entry counts them all).
 * @example
 * partTexts('a'.repeat(1e6), 'GSM-7').length // MAX_SHOWN_PARTS
 */
export const MAX_SHOWN_PARTS = 40

/**
 * The texts of the first `MAX_SHOWN_PARTS` parts of `text` in `encoding`.
 * @example
 * partTexts('a'.repeat(161), 'GSM-7').map((part) => part.length) // [153, 8]
 * partTexts('Habari', 'GSM-7') // ['Habari']
 */
export function partTexts(text: string, encoding: 'GSM-7' | 'UCS-2'): string[] {
  const ucs2 = encoding === 'UCS-2'
  // Code units a character takes in the text, and units it takes in a part.
  const width = (i: number): number => (ucs2 && (text.codePointAt(i) as number) > 0xffff ? 2 : 1)
  const units = (i: number): number =>
    ucs2 ? width(i) : Math.max(gsmSeptets(text.charCodeAt(i)), 1)
  const single = ucs2 ? 70 : 160
  let total = 0
  for (let i = 0; i < text.length && total <= single; i += width(i)) total += units(i)
  if (total <= single) return [text]
  const each = ucs2 ? 67 : 153
  const parts: string[] = []
  let from = 0
  let used = 0
  for (let i = 0; i < text.length; i += width(i)) {
    const cost = units(i)
    if (used + cost > each) {
      parts.push(text.slice(from, i))
      if (parts.length === MAX_SHOWN_PARTS) return parts
      from = i
      used = 0
    }
    used += cost
  }
  parts.push(text.slice(from))
  return parts
}
