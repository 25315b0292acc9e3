/**
 * @module
 * SMS part counting, which is what a message costs per recipient.
 */
import { GSM_BASIC as BASIC, GSM_EXTENSION as EXTENDED } from '@sendsms/wire'
import { describe, expect, it } from 'vitest'
import { messageParts } from './message-parts.js'

// The tables themselves are checked position by position against 3GPP TS 23.038 in
// @sendsms/wire; here they are the input of the mock's charging.

describe('messageParts', () => {
  it('knows the whole basic set (127 characters) and the extension table (10)', () => {
    expect([...BASIC]).toHaveLength(127)
    expect([...EXTENDED]).toHaveLength(10)
    expect(messageParts(BASIC)).toBe(1)
    expect(messageParts(EXTENDED.repeat(8))).toBe(1)
    expect(messageParts(EXTENDED.repeat(9))).toBe(2)
  })

  it.each([
    ['one GSM-7 character', 'a', 1],
    ['160 GSM-7 characters', 'a'.repeat(160), 1],
    ['161 GSM-7 characters', 'a'.repeat(161), 2],
    ['306 GSM-7 characters', 'a'.repeat(306), 2],
    ['307 GSM-7 characters', 'a'.repeat(307), 3],
    ['80 extension characters (two septets each)', '€'.repeat(80), 1],
    ['81 extension characters', '{'.repeat(81), 2],
    ['70 UCS-2 characters', 'ж'.repeat(70), 1],
    ['71 UCS-2 characters', 'ж'.repeat(71), 2],
    ['134 UCS-2 characters', 'ж'.repeat(134), 2],
    ['135 UCS-2 characters', 'ж'.repeat(135), 3],
    ['GSM-7 text with one emoji', `${'a'.repeat(69)}😀`, 2],
    ['160 characters mixing the whole basic set', BASIC.repeat(2).slice(0, 160), 1],
    [
      'the extension table twice and 120 basic characters',
      `${EXTENDED.repeat(2)}${'a'.repeat(120)}`,
      1,
    ],
    ['one extension character past 160 septets', `€${'a'.repeat(159)}`, 2],
    [
      'an extension character whose escape would end part one (306 septets)',
      `${'a'.repeat(152)}€${'a'.repeat(152)}`,
      3,
    ],
    ['an emoji whose halves would straddle two parts', `${'ж'.repeat(66)}😀${'ж'.repeat(66)}`, 3],
    ['a GSM-7 look-alike outside the set (Greek small alpha)', 'α'.repeat(71), 2],
  ])('counts %s as %i part(s)', (_name, text, parts) => {
    expect(messageParts(text)).toBe(parts)
  })
})
