/**
 * @module
 * The verdict on one number. libphonenumber-js (its `mobile` metadata, which holds the
 * mobile ranges of every country and nothing else) parses the number, strips the trunk 0
 * and tells whether it is a Kenyan mobile number; the rules here only give a refused
 * number a reason a person can act on.
 */
import { RESPONSE_CODES } from '@sendsms/wire'
import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/mobile'
import { NETWORK_IDS, networkOf } from './networks.js'
import type { NumberRefusal, NumberVerdict, RefusedNumber } from './types.js'

// Kenya's country calling code, and the digits of a mobile number after it: the provider's
// docs write its numbers 2547XXXXXXXX and 2541XXXXXXXX.
const KENYA = '254'
const MOBILE_DIGITS = 9
// What people write between digits; removed before parsing.
const SEPARATORS = /[\s().-]/g
const FOREIGN_CODE = 1002

/**
 * The verdict on one number, given in any Kenyan form (`0712345678`, `712345678`,
 * `+254712345678`, `254712345678`, `00254712345678`, `+254 (0) 712-345-678`) or in
 * international form for another country. `index` is copied into the verdict.
 * @example
 * checkNumber('0712 345 678') // { valid: true, msisdn: '254712345678', e164: '+254712345678', network: 'safaricom', networkId: '1', … }
 * checkNumber('0201234567') // { valid: false, reason: 'landline', message: "'0201234567' is a Kenyan landline number, which cannot receive SMS", … }
 */
export function checkNumber(value: unknown, index = 0): NumberVerdict {
  if (typeof value !== 'string') {
    return refused(String(value), index, 'not-text', `${String(value)} is not a string`)
  }
  const input = value.trim()
  const quoted = `'${input}'`
  const odd = /[^\d\s().+-]/u.exec(input)?.[0]
  if (odd !== undefined) {
    const reason = /\p{L}/u.test(odd) ? 'letters' : 'symbols'
    const allowed = 'a number holds only digits, spaces, dashes, dots, brackets and a leading +'
    return refused(input, index, reason, `${quoted} contains '${odd}': ${allowed}`)
  }
  const compact = input.replace(SEPARATORS, '')
  if (compact.lastIndexOf('+') > 0) {
    return refused(input, index, 'symbols', `${quoted} has a + that does not lead the number`)
  }
  if (compact.replace('+', '') === '') {
    return refused(input, index, 'empty', `${quoted} has no digits`)
  }
  // 00 is how most of the world dials abroad; Kenya dials 000, which the parser knows.
  const text = /^00[1-9]/.test(compact) ? `+${compact.slice(2)}` : compact
  const phone = parsePhoneNumberFromString(text, 'KE')
  if (phone !== undefined && phone.countryCallingCode !== KENYA) {
    return foreign(input, index, phone.countryCallingCode, phone.country)
  }
  if (phone?.isValid()) {
    const msisdn = `${KENYA}${phone.nationalNumber}`
    const network = networkOf(msisdn)
    return {
      valid: true,
      input,
      index,
      msisdn,
      e164: phone.number,
      network,
      networkId: network === undefined ? undefined : NETWORK_IDS[network],
      duplicateOf: undefined,
    }
  }
  // Another country's number written without its +, the way the provider writes 254…
  // (A text that already has its +, or starts with 0, parses as nothing.)
  const abroad = parsePhoneNumberFromString(`+${text}`)
  if (abroad?.isValid()) return foreign(input, index, abroad.countryCallingCode, abroad.country)
  // The parser keeps the trunk 0 of a number too short to read; count what follows it.
  const national = (phone?.nationalNumber ?? text.replace('+', '')).replace(/^0/, '')
  const reason = kenyanRefusal(national, text, phone?.isPossible() === true)
  return refused(input, index, reason, kenyanMessage(quoted, reason, national.length))
}

// Why a number read as Kenyan is not a mobile number. `national` is what follows 254 or 0.
function kenyanRefusal(national: string, text: string, possible: boolean): NumberRefusal {
  if (/^[17]/.test(national)) {
    if (national.length < MOBILE_DIGITS) return 'too-short'
    return national.length > MOBILE_DIGITS ? 'too-long' : 'unassigned'
  }
  if (!possible)
    return validatePhoneNumberLength(text, 'KE') === 'TOO_LONG' ? 'too-long' : 'too-short'
  // Kenya's geographic (fixed-line) numbers start with 2, 4, 5 or 6 after the trunk 0 (020 is
  // Nairobi); the mobile metadata holds no fixed-line ranges, and the full one is about 60 % larger.
  return /^[2456]/.test(national) ? 'landline' : 'not-mobile'
}

function kenyanMessage(quoted: string, reason: NumberRefusal, digits: number): string {
  const count = `a Kenyan mobile number has ${MOBILE_DIGITS} digits after 254 or the leading 0, this one ${digits}`
  if (reason === 'too-short') return `${quoted} is too short: ${count}`
  if (reason === 'too-long') return `${quoted} is too long: ${count}`
  if (reason === 'unassigned') return `${quoted} is in no range assigned to a Kenyan mobile network`
  if (reason === 'landline')
    return `${quoted} is a Kenyan landline number, which cannot receive SMS`
  return `${quoted} is not a Kenyan mobile number (those start with 07 or 01)`
}

function foreign(
  input: string,
  index: number,
  callingCode: string,
  country: string | undefined,
): RefusedNumber {
  const where = country === undefined ? `+${callingCode}` : `+${callingCode}, ${country}`
  const answer = `${FOREIGN_CODE} (${RESPONSE_CODES[FOREIGN_CODE]})`
  const message = `'${input}' is not a Kenyan number (${where}): the provider sends only to Kenyan networks and answers ${answer}`
  return { valid: false, input, index, reason: 'foreign', message, country }
}

function refused(
  input: string,
  index: number,
  reason: NumberRefusal,
  message: string,
): RefusedNumber {
  return { valid: false, input, index, reason, message, country: undefined }
}
