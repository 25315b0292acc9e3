/**
 * @module
 * The parts of a message as a handset receives them: split where `analyzeMessage` counts
 * its parts, no character cut in two.
 */
import { analyzeMessage } from '@sendsms/wire'
import { describe, expect, it } from 'vitest'
import { MAX_SHOWN_PARTS, partTexts } from './message-part-texts.js'

const split = (text: string) => partTexts(text, analyzeMessage(text).encoding)

describe('partTexts', () => {
  it.each([
    ['one GSM-7 part of 160', 'a'.repeat(160), [160]],
    ['two GSM-7 parts of 153 and 8', 'a'.repeat(161), [153, 8]],
    ['one UCS-2 part of 70', 'ж'.repeat(70), [70]],
    ['two UCS-2 parts of 67 and 4', 'ж'.repeat(71), [67, 4]],
    ['an empty message as one part', '', [0]],
  ])('%s', (_name, text, lengths) => {
    expect(split(text).map((part) => part.length)).toEqual(lengths)
  })

  it('counts an extension character as two septets, and keeps it whole', () => {
    // 152 septets, then € (two) would straddle the boundary at 153: it opens part 2.
    const text = `${'a'.repeat(152)}€${'b'.repeat(10)}`
    const parts = split(text)
    expect(parts).toEqual(['a'.repeat(152), `€${'b'.repeat(10)}`])
    expect(parts.length).toBe(analyzeMessage(text).parts)
  })

  it('never cuts an emoji in two', () => {
    const text = `${'ж'.repeat(66)}😀${'ж'.repeat(3)}`
    const parts = split(text)
    expect(parts[0]).toBe('ж'.repeat(66))
    expect(parts[1]?.startsWith('😀')).toBe(true)
    expect(parts.join('')).toBe(text)
    expect(parts.length).toBe(analyzeMessage(text).parts)
  })

  it('splits as many parts as analyzeMessage counts, and joins back to the text', () => {
    for (const text of ['x'.repeat(1000), `Habari ${'😀'.repeat(100)}`, '[]{}'.repeat(100)]) {
      const parts = split(text)
      expect(parts.length).toBe(analyzeMessage(text).parts)
      expect(parts.join('')).toBe(text)
    }
  })

  it('shows at most MAX_SHOWN_PARTS parts of a very long message', () => {
    expect(split('a'.repeat(1_000_000))).toHaveLength(MAX_SHOWN_PARTS)
  })
})
