/**
 * @module
 * `checkNumber`: every Kenyan form read to the 254 and E.164 forms with its network, and
 * every refusal with its reason and the sentence a person reads.
 */
import { describe, expect, it } from 'vitest'
import { checkNumber } from './check-number.js'
import { normalizeNumber } from './normalize-number.js'

const COUNT = 'a Kenyan mobile number has 9 digits after 254 or the leading 0, this one'
const ALLOWED = 'a number holds only digits, spaces, dashes, dots, brackets and a leading +'
const ABROAD = 'the provider sends only to Kenyan networks and answers 1002 (Network not allowed)'

describe('checkNumber', () => {
  it.each([
    '0712345678',
    '712345678',
    '254712345678',
    '+254712345678',
    '00254712345678',
    '000254712345678',
    '+2540712345678',
    '2540712345678',
    '+254 (0) 712 345 678',
    '(0712) 345-678',
    '0712.345.678',
    '0712-345-678',
    '\t0712 345 678 ',
  ])('reads %j as 254712345678 on Safaricom', (input) => {
    expect(checkNumber(input, 3)).toEqual({
      valid: true,
      input: input.trim(),
      index: 3,
      msisdn: '254712345678',
      e164: '+254712345678',
      network: 'safaricom',
      networkId: '1',
      duplicateOf: undefined,
    })
  })

  it.each([
    ['0733123456', '254733123456', 'airtel', '2'],
    ['0100123456', '254100123456', 'airtel', '2'],
    ['0770123456', '254770123456', 'telkom', '3'],
    ['0112345678', '254112345678', 'safaricom', '1'],
    ['0747123456', '254747123456', undefined, undefined],
  ])('reads %j as %s, network %s (%s)', (input, msisdn, network, networkId) => {
    expect(checkNumber(input)).toMatchObject({ valid: true, index: 0, msisdn, network, networkId })
  })

  it.each([
    ['07123', 'too-short', `'07123' is too short: ${COUNT} 4`],
    ['071234567', 'too-short', `'071234567' is too short: ${COUNT} 8`],
    ['+2541234', 'too-short', `'+2541234' is too short: ${COUNT} 4`],
    ['7', 'too-short', `'7' is too short: ${COUNT} 1`],
    ['+7', 'too-short', `'+7' is too short: ${COUNT} 1`],
    ['020123', 'too-short', `'020123' is too short: ${COUNT} 5`],
    ['07123456789', 'too-long', `'07123456789' is too long: ${COUNT} 10`],
    ['2547123456789', 'too-long', `'2547123456789' is too long: ${COUNT} 10`],
    ['02012345678901', 'too-long', `'02012345678901' is too long: ${COUNT} 13`],
    ['0109123456', 'unassigned', `'0109123456' is in no range assigned to a Kenyan mobile network`],
    [
      '+254190123456',
      'unassigned',
      `'+254190123456' is in no range assigned to a Kenyan mobile network`,
    ],
    [
      '0201234567',
      'landline',
      `'0201234567' is a Kenyan landline number, which cannot receive SMS`,
    ],
    [
      '0411234567',
      'landline',
      `'0411234567' is a Kenyan landline number, which cannot receive SMS`,
    ],
    [
      '0511234567',
      'landline',
      `'0511234567' is a Kenyan landline number, which cannot receive SMS`,
    ],
    [
      '0611234567',
      'landline',
      `'0611234567' is a Kenyan landline number, which cannot receive SMS`,
    ],
    [
      '0311234567',
      'not-mobile',
      `'0311234567' is not a Kenyan mobile number (those start with 07 or 01)`,
    ],
    [
      '0800123456',
      'not-mobile',
      `'0800123456' is not a Kenyan mobile number (those start with 07 or 01)`,
    ],
    [
      '0911234567',
      'not-mobile',
      `'0911234567' is not a Kenyan mobile number (those start with 07 or 01)`,
    ],
    ['O712345678', 'letters', `'O712345678' contains 'O': ${ALLOWED}`],
    ['0712 345 678 ext 9', 'letters', `'0712 345 678 ext 9' contains 'e': ${ALLOWED}`],
    ['0712#345678', 'symbols', `'0712#345678' contains '#': ${ALLOWED}`],
    ['+254712345678;ext=1', 'symbols', `'+254712345678;ext=1' contains ';': ${ALLOWED}`],
    ['٠٧١٢٣٤٥٦٧٨', 'symbols', `'٠٧١٢٣٤٥٦٧٨' contains '٠': ${ALLOWED}`],
    ['254+712345678', 'symbols', `'254+712345678' has a + that does not lead the number`],
    ['++254712345678', 'symbols', `'++254712345678' has a + that does not lead the number`],
    ['', 'empty', `'' has no digits`],
    ['+', 'empty', `'+' has no digits`],
    [' ( ) - ', 'empty', `'( ) -' has no digits`],
  ])('refuses %j as %s', (input, reason, message) => {
    expect(checkNumber(input, 2)).toEqual({
      valid: false,
      input: input.trim(),
      index: 2,
      reason,
      message,
      country: undefined,
    })
  })

  it.each([
    ['+255712345678', 'TZ', `'+255712345678' is not a Kenyan number (+255, TZ): ${ABROAD}`],
    ['255712345678', 'TZ', `'255712345678' is not a Kenyan number (+255, TZ): ${ABROAD}`],
    ['00256772123456', 'UG', `'00256772123456' is not a Kenyan number (+256, UG): ${ABROAD}`],
    ['+1 202 555 0143', 'US', `'+1 202 555 0143' is not a Kenyan number (+1, US): ${ABROAD}`],
    ['+44 7700 900123', undefined, `'+44 7700 900123' is not a Kenyan number (+44): ${ABROAD}`],
  ])('refuses %j as another country’s number (%s)', (input, country, message) => {
    expect(checkNumber(input, 1)).toEqual({
      valid: false,
      input,
      index: 1,
      reason: 'foreign',
      message,
      country,
    })
  })

  it.each([
    [254712345678, '254712345678 is not a string'],
    [undefined, 'undefined is not a string'],
    [null, 'null is not a string'],
  ])('refuses %j, which is not a string, without throwing', (value, message) => {
    expect(checkNumber(value)).toEqual({
      valid: false,
      input: String(value),
      index: 0,
      reason: 'not-text',
      message,
      country: undefined,
    })
  })
})

describe('normalizeNumber', () => {
  it('gives the 254 form of a Kenyan mobile number', () => {
    expect(normalizeNumber('+254 (0) 733-123-456')).toBe('254733123456')
  })

  it.each(['0201234567', '+255712345678', '07123', 'O712345678'])(
    'gives undefined for %j',
    (input) => {
      expect(normalizeNumber(input)).toBeUndefined()
    },
  )
})
