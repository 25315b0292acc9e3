/**
 * @module
 * What a message costs before it is sent: its encoding, its parts and what is left in the
 * last one, counted the way handsets and SMS centres split a long message.
 */
import { gsmSeptets } from './gsm-alphabet.js'

/**
 * How a message will be sent and what it costs.
 * @example
 * const analysis: MessageAnalysis = analyzeMessage('Habari')
 * // { encoding: 'GSM-7', parts: 1, units: 6, perPart: 160, remaining: 154, nonGsm: [], extended: [] }
 */
export interface MessageAnalysis {
  /** `GSM-7` when every character is in the GSM 03.38 tables, otherwise `UCS-2`. */
  readonly encoding: 'GSM-7' | 'UCS-2'
  /** SMS parts, which is what one recipient is charged. An empty message is one part. */
  readonly parts: number
  /** Septets (GSM-7; an extension character is two) or UTF-16 code units (UCS-2; an emoji is two). */
  readonly units: number
  /** Units that fit a part: 160 or 70 for one part, 153 or 67 per part once split (the rest carries the part header). */
  readonly perPart: number
  /** Units still free in the last part before the message needs another. */
  readonly remaining: number
  /** The distinct characters that force UCS-2, in order of first appearance (an emoji is one entry). */
  readonly nonGsm: readonly string[]
  /** The distinct extension-table characters (`€ [ ] { } \ ^ ~ |` and form feed), each two septets in GSM-7. */
  readonly extended: readonly string[]
}

/** Units of one part, then of each part of a split message (the user data header takes the rest). */
const GSM7_LIMITS = [160, 153] as const
const UCS2_LIMITS = [70, 67] as const

/**
 * Only the parts of a message: what `analyzeMessage(text).parts` gives, without listing
 * characters. The mock charges every message it is sent with this, hostile megabyte ones
 * included, so it stops reading at the first character outside GSM-7 and only looks for
 * surrogate pairs, natively, when a UCS-2 text needs more than one part.
 * @example
 * messageParts('a'.repeat(161)) // 2
 * messageParts('Habari 😀') // 1
 */
export function messageParts(text: string): number {
  let septets = 0
  let wide = false
  for (let i = 0; i < text.length; i++) {
    const cost = gsmSeptets(text.charCodeAt(i))
    if (cost === 0) {
      return splitParts(
        text,
        true,
        text.length,
        text.length > UCS2_LIMITS[0] && SURROGATE.test(text),
      ).parts
    }
    if (cost === 2) wide = true
    septets += cost
  }
  return splitParts(text, false, septets, wide).parts
}

// Any surrogate code unit: a pair (or a lone half) that may not be split between parts.
const SURROGATE = /[\uD800-\uDFFF]/

/**
 * Splits `units` into parts: with no two-unit character (`wide` false) by division, else
 * character by character so that none straddles a boundary.
 */
function splitParts(
  text: string,
  ucs2: boolean,
  units: number,
  wide: boolean,
): { parts: number; perPart: number; used: number } {
  const [single, each] = ucs2 ? UCS2_LIMITS : GSM7_LIMITS
  if (units <= single) return { parts: 1, perPart: single, used: units }
  if (!wide) {
    // Every character is one unit, so none can straddle a boundary.
    const parts = Math.ceil(units / each)
    return { parts, perPart: each, used: units - (parts - 1) * each }
  }
  let parts = 1
  let used = 0
  for (let i = 0; i < text.length; i++) {
    // A character's units travel together: the escape and its character, or the two
    // halves of a surrogate pair.
    const size = ucs2
      ? (text.codePointAt(i) as number) > 0xffff
        ? 2
        : 1
      : gsmSeptets(text.charCodeAt(i))
    if (size === 2 && ucs2) i++
    if (used + size > each) {
      parts++
      used = 0
    }
    used += size
  }
  return { parts, perPart: each, used }
}

/**
 * Analyses a message the way it will be sent. A long message is split so that no
 * character straddles two parts: an extension character's escape and the character itself,
 * or the two halves of a surrogate pair, move together to the next part, as phones and
 * SMS centres do (a part ending in a lone escape or half an emoji would show the wrong
 * character). So `parts` can be one more than `units / perPart` rounded up.
 * @example
 * analyzeMessage('a'.repeat(161)).parts // 2
 * analyzeMessage('Bei ni €5').extended // ['€']
 * analyzeMessage('Karibu 😀').encoding // 'UCS-2'
 */
export function analyzeMessage(text: string): MessageAnalysis {
  // Indexed loops over code units, and Sets of code points turned into strings once at
  // the end: the mock reads every message it is sent, hostile megabyte ones included, and
  // iterating a string by code point costs a new string per character. The Sets keep the
  // order of first appearance and stay linear on text of many distinct characters.
  const nonGsm = new Set<number>()
  const extended = new Set<number>()
  let septets = 0
  let pairs = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const cost = gsmSeptets(code)
    septets += cost
    if (cost === 2) extended.add(code)
    if (cost === 0) {
      // A surrogate's code unit is never in the tables; a whole pair is one character
      // (an emoji is one entry of `nonGsm`), a lone surrogate is one on its own.
      const point = text.codePointAt(i) as number
      nonGsm.add(point)
      if (point > 0xffff) {
        pairs++
        i++
      }
    }
  }
  const ucs2 = nonGsm.size > 0
  const units = ucs2 ? text.length : septets
  const { parts, perPart, used } = splitParts(
    text,
    ucs2,
    units,
    ucs2 ? pairs > 0 : extended.size > 0,
  )
  return {
    encoding: ucs2 ? 'UCS-2' : 'GSM-7',
    parts,
    units,
    perPart,
    remaining: perPart - used,
    nonGsm: Array.from(nonGsm, (point) => String.fromCodePoint(point)),
    extended: Array.from(extended, (code) => String.fromCharCode(code)),
  }
}
