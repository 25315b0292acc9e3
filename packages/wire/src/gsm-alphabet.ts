/**
 * @module
 * The GSM 03.38 (3GPP TS 23.038) default alphabet: the one copy of its tables in
 * sendsms-kit. The client's message analysis, its transliteration and the mock's part
 * counting all read these, so they can never disagree on what a character costs.
 */

/**
 * The basic character set in septet order: index 0x00 is `@`, 0x7F is `à`. Position 0x1B
 * is the escape to the extension table, not a character, so it is left out and the string
 * holds 127 characters; each costs one septet. The Greek capitals at 0x10–0x1A are part
 * of it, so `Δ` or `Ω` keep a message in GSM-7 (`α` does not).
 * @example
 * GSM_BASIC.includes('Ω') // true
 */
export const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà'

/**
 * The extension table's characters: each is sent as the escape septet and its own, so it
 * costs two septets. The national single-shift and locking-shift tables (Turkish, Spanish,
 * Portuguese, Indian languages) are not used: the provider does not say it sends the
 * header that selects them, so `ş` or `ç` make a message UCS-2.
 * @example
 * GSM_EXTENSION.includes('€') // true
 */
export const GSM_EXTENSION = '\f^{}\\[~]|€'

/**
 * Septets per UTF-16 code unit: 1 for the basic set, 2 for the extension table, 0 for
 * anything else (the message goes as UCS-2). Every send of the mock reads its message, and
 * one typed-array lookup per character is the cheapest test there is.
 */
const SEPTETS = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x10000)
  for (const char of GSM_BASIC) table[char.charCodeAt(0)] = 1
  for (const char of GSM_EXTENSION) table[char.charCodeAt(0)] = 2
  return table
})()

/**
 * What one UTF-16 code unit costs in GSM-7: 1 septet (basic set), 2 (extension table), or
 * 0 when GSM-7 cannot carry it. Every code unit of a surrogate pair is 0.
 * @example
 * gsmSeptets('a'.charCodeAt(0)) // 1
 * gsmSeptets('€'.charCodeAt(0)) // 2
 * gsmSeptets('ж'.charCodeAt(0)) // 0
 */
export function gsmSeptets(codeUnit: number): number {
  return SEPTETS[codeUnit] ?? 0
}
