/**
 * @module
 * SMS part counting, which is what a message costs per recipient.
 */
import { describe, expect, it } from 'vitest'
import { messageParts } from './credit.js'

describe('messageParts', () => {
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
  ])('counts %s as %i part(s)', (_name, text, parts) => {
    expect(messageParts(text)).toBe(parts)
  })
})
