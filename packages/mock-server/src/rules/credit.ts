/**
 * @module
 * How many SMS parts a message costs: GSM-7 text fits 160 characters in one part and
 * 153 per part when split; anything outside GSM-7 is sent as UCS-2 (70, or 67 per part).
 */

// The GSM 03.38 basic character set. Each costs one septet.
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
)
// The extension table: each costs two septets (an escape plus the character).
const GSM_EXTENDED = new Set('\f^{}\\[~]|€')

/**
 * The number of parts (and so credits per recipient) a message costs.
 * @example
 * messageParts('Hello') // 1
 * messageParts('a'.repeat(161)) // 2
 * messageParts('Habari 😀') // 1 (UCS-2)
 */
export function messageParts(text: string): number {
  let septets = 0
  for (const char of text) {
    if (GSM_BASIC.has(char)) septets += 1
    else if (GSM_EXTENDED.has(char)) septets += 2
    else return ucs2Parts(text)
  }
  return septets <= 160 ? 1 : Math.ceil(septets / 153)
}

function ucs2Parts(text: string): number {
  // UCS-2 is counted in UTF-16 code units, so an emoji costs two.
  return text.length <= 70 ? 1 : Math.ceil(text.length / 67)
}
