/**
 * @module
 * The GSM 03.38 tables, checked position by position against 3GPP TS 23.038 § 6.2.1
 * rather than against a second copy of the alphabet: the septet value of a character is
 * its index in `GSM_BASIC`, counting the escape at 0x1B.
 */
import { describe, expect, it } from 'vitest'
import { GSM_BASIC, GSM_EXTENSION, gsmSeptets } from './gsm-alphabet.js'

const ESCAPE = 0x1b

/** The septet value of a basic-set character, from its index in the table. */
function septetOf(char: string): number {
  const index = GSM_BASIC.indexOf(char)
  return index < ESCAPE ? index : index + 1
}

describe('GSM_BASIC', () => {
  it('holds 127 distinct characters: 128 positions less the escape', () => {
    expect([...GSM_BASIC]).toHaveLength(127)
    expect(new Set(GSM_BASIC).size).toBe(127)
  })

  it.each([
    ['@', 0x00],
    ['£', 0x01],
    ['Ç', 0x09],
    ['\n', 0x0a],
    ['\r', 0x0d],
    ['Δ', 0x10],
    ['_', 0x11],
    ['Ξ', 0x1a],
    ['Æ', 0x1c],
    ['É', 0x1f],
    [' ', 0x20],
    ['¤', 0x24],
    ['0', 0x30],
    ['?', 0x3f],
    ['¡', 0x40],
    ['A', 0x41],
    ['Z', 0x5a],
    ['§', 0x5f],
    ['¿', 0x60],
    ['a', 0x61],
    ['z', 0x7a],
    ['à', 0x7f],
  ])('puts %j at septet %i', (char, septet) => {
    expect(septetOf(char)).toBe(septet)
  })

  it('runs the digits and both alphabets in ASCII order', () => {
    for (const [first, last] of [
      ['0', '9'],
      ['A', 'Z'],
      ['a', 'z'],
    ] as const) {
      for (let code = first.charCodeAt(0); code <= last.charCodeAt(0); code++) {
        const char = String.fromCharCode(code)
        expect(septetOf(char) - septetOf(first)).toBe(code - first.charCodeAt(0))
      }
    }
  })

  it('has the ten Greek capitals of positions 0x10 to 0x1A, and no small Greek letter', () => {
    expect(GSM_BASIC.slice(0x10, 0x1b).replace('_', '')).toHaveLength(10)
    expect([...'ΔΦΓΛΩΠΨΣΘΞ'].every((char) => GSM_BASIC.includes(char))).toBe(true)
    expect([...'αβΑΒ'].some((char) => GSM_BASIC.includes(char))).toBe(false)
  })

  it('leaves out ASCII characters GSM-7 has no place for: backtick, tab, and the extension table', () => {
    for (const char of ['`', '\t', ...GSM_EXTENSION]) expect(GSM_BASIC.includes(char)).toBe(false)
  })
})

describe('GSM_EXTENSION', () => {
  // 3GPP TS 23.038 § 6.2.1.1: the character after the escape, with the septet that follows it.
  it.each([
    ['\f', 0x0a],
    ['^', 0x14],
    ['{', 0x28],
    ['}', 0x29],
    ['\\', 0x2f],
    ['[', 0x3c],
    ['~', 0x3d],
    [']', 0x3e],
    ['|', 0x40],
    ['€', 0x65],
  ])('holds %j (the escape, then septet %i)', (char) => {
    expect(GSM_EXTENSION.includes(char)).toBe(true)
  })

  it('holds those ten characters and nothing else', () => {
    expect([...GSM_EXTENSION]).toHaveLength(10)
  })
})

describe('gsmSeptets', () => {
  it.each([
    ['a basic character', 'a', 1],
    ['a Greek capital of the basic set', 'Ω', 1],
    ['a line feed', '\n', 1],
    ['an extension character', '€', 2],
    ['a backslash', '\\', 2],
    ['a Cyrillic letter', 'ж', 0],
    ['a tab', '\t', 0],
    ['a Turkish letter of the single-shift table', 'ş', 0],
    ['a Spanish ç of the single-shift table', 'ç', 0],
    ['half a surrogate pair', '😀'.slice(0, 1), 0],
  ])('costs %s (%j) %i septet(s)', (_name, char, septets) => {
    expect(gsmSeptets(char.charCodeAt(0))).toBe(septets)
  })

  it('costs 0 for a code outside UTF-16', () => {
    expect(gsmSeptets(0x10000)).toBe(0)
    expect(gsmSeptets(-1)).toBe(0)
  })
})
