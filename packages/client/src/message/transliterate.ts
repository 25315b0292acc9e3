/**
 * @module
 * GSM-7 look-alikes for characters GSM-7 cannot carry. One curly quote, dash or
 * non-breaking space pasted from a word processor sends the whole message as UCS-2, which
 * fits 70 characters a part instead of 160: more than twice the cost for text that reads
 * the same with a straight quote.
 */
import { gsmSeptets } from '@sendsms/wire'

/**
 * Text made ready to send, and what is left outside GSM-7.
 * @example
 * const result: TextPolicyResult = { message: 'Bei ni "50"', unmapped: [] }
 */
export interface TextPolicyResult {
  /** The text to send. */
  readonly message: string
  /**
   * The distinct characters still outside GSM-7, in order of first appearance. When there
   * are any, `message` is sent as UCS-2 (70 characters a part, 67 once split).
   */
  readonly unmapped: readonly string[]
}

// Each replacement, then the characters it stands for. Kept short on purpose: it ships in
// every bundle that sends, and accented letters need no entry (see `withoutAccents`).
const LOOK_ALIKES: readonly (readonly [string, string])[] = [
  ["'", '‘’‚‛′´`'],
  ['"', '“”„‟″«»'],
  ['<', '‹'],
  ['>', '›'],
  ['-', '‐‑‒–—―−'],
  ['...', '…'],
  ['*', '•'],
  [' ', '\t\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000'],
  // Soft hyphen, zero-width space, word joiner and byte order mark: invisible, so dropped.
  ['', '\u00ad\u200b\u2060\ufeff'],
  ['i', 'ı'],
  ['l', 'ł'],
  ['L', 'Ł'],
  ['d', 'đ'],
  ['D', 'Đ'],
  ['oe', 'œ'],
  ['OE', 'Œ'],
  ['(c)', '©'],
  ['(R)', '®'],
  ['TM', '™'],
]
// Greek capitals outside the basic set that look like Latin ones (Δ, Ω … are in it).
const GREEK = 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ'
const LATIN = 'ABEZHIKMNOPTYX'

const REPLACEMENTS: ReadonlyMap<string, string> = /* @__PURE__ */ (() => {
  const map = new Map<string, string>()
  for (const [to, from] of LOOK_ALIKES) for (const char of from) map.set(char, to)
  for (const [i, greek] of [...GREEK].entries()) map.set(greek, LATIN[i] as string)
  return map
})()

function isGsm(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (gsmSeptets(text.charCodeAt(i)) === 0) return false
  return true
}

/**
 * An accented letter GSM-7 lacks as its base letter (`á` → `a`, `ş` → `s`, `ǘ` → `u`):
 * decomposed, with its combining marks dropped; a combining mark on its own is dropped.
 * `undefined` when what is left is not GSM-7 either.
 */
function withoutAccents(char: string): string | undefined {
  const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  return isGsm(base) ? base : undefined
}

/**
 * Replaces the characters GSM-7 cannot carry with GSM-7 look-alikes: curly quotes and
 * primes with straight ones, dashes with `-`, `…` with `...`, non-breaking and other
 * spaces with a space (a tab too), invisible ones with nothing, accented letters outside
 * GSM-7 with their base letter, Greek capitals with the Latin ones they look like. GSM-7
 * characters stay as they are (`é`, `ñ`, `ü`, `€`, `Ω`). What has no look-alike (emoji,
 * Cyrillic, Chinese) stays too and is listed in `unmapped`; the message then goes as UCS-2,
 * with the replacements made.
 * @example
 * transliterate('“Karibu” – café ñ')
 * // { message: '"Karibu" - café ñ', unmapped: [] } (é and ñ are GSM-7: only the quotes and the dash change)
 * transliterate('Asante 😀').unmapped // ['😀']
 */
export function transliterate(text: string): TextPolicyResult {
  const unmapped = new Set<string>()
  let message = ''
  // Composed first: an `é` typed as `e` and a combining accent (as macOS and some
  // keyboards write it) becomes the GSM-7 `é`, and the ohm and kelvin signs become Ω and K.
  for (const char of text.normalize('NFC')) {
    if (isGsm(char)) {
      message += char
      continue
    }
    const replacement = REPLACEMENTS.get(char) ?? withoutAccents(char)
    if (replacement === undefined) unmapped.add(char)
    message += replacement ?? char
  }
  return { message, unmapped: [...unmapped] }
}
