/**
 * @module
 * Message analysis through its public shape: encoding, parts, units, what is left, and
 * which characters force UCS-2 or cost two septets. The boundaries are those of 3GPP
 * TS 23.040 (140 octets a part, 6 of them the concatenation header once split).
 */
import { describe, expect, it } from 'vitest'
import { analyzeMessage, type MessageAnalysis, messageParts } from './analyze-message.js'
import { GSM_BASIC, GSM_EXTENSION } from './gsm-alphabet.js'

const a = (n: number) => 'a'.repeat(n)
const zh = (n: number) => 'ж'.repeat(n)

describe('analyzeMessage', () => {
  it('counts empty text as one empty GSM-7 part', () => {
    expect(analyzeMessage('')).toEqual<MessageAnalysis>({
      encoding: 'GSM-7',
      parts: 1,
      units: 0,
      perPart: 160,
      remaining: 160,
      nonGsm: [],
      extended: [],
    })
  })

  it.each([
    ['160 GSM-7 characters', a(160), 'GSM-7', 1, 160, 160, 0],
    ['161 GSM-7 characters', a(161), 'GSM-7', 2, 161, 153, 145],
    ['306 GSM-7 characters (153·2)', a(306), 'GSM-7', 2, 306, 153, 0],
    ['307 GSM-7 characters', a(307), 'GSM-7', 3, 307, 153, 152],
    ['459 GSM-7 characters (153·3)', a(459), 'GSM-7', 3, 459, 153, 0],
    ['460 GSM-7 characters', a(460), 'GSM-7', 4, 460, 153, 152],
    ['70 UCS-2 characters', zh(70), 'UCS-2', 1, 70, 70, 0],
    ['71 UCS-2 characters', zh(71), 'UCS-2', 2, 71, 67, 63],
    ['134 UCS-2 characters (67·2)', zh(134), 'UCS-2', 2, 134, 67, 0],
    ['135 UCS-2 characters', zh(135), 'UCS-2', 3, 135, 67, 66],
    ['80 extension characters', '€'.repeat(80), 'GSM-7', 1, 160, 160, 0],
    ['81 extension characters (76 pairs fill part one)', '{'.repeat(81), 'GSM-7', 2, 162, 153, 143],
    ['one extension character past 160 septets', `€${a(159)}`, 'GSM-7', 2, 161, 153, 145],
  ])('splits %s', (_name, text, encoding, parts, units, perPart, remaining) => {
    expect(analyzeMessage(text)).toMatchObject({ encoding, parts, units, perPart, remaining })
  })

  it('never splits an escape from its character: an extension character at septet 153 opens the next part', () => {
    // 152 + 2 + 152 = 306 septets would fill two parts exactly, but the escape would end
    // part one and the euro start part two; phones send the pair in part two instead.
    expect(analyzeMessage(`${a(152)}€${a(152)}`)).toMatchObject({
      units: 306,
      parts: 3,
      remaining: 152,
    })
    // One septet earlier it fits: the pair ends part one.
    expect(analyzeMessage(`${a(151)}€${a(153)}`)).toMatchObject({ units: 306, parts: 2 })
  })

  it('never splits a surrogate pair: an emoji at code unit 67 opens the next part', () => {
    expect(analyzeMessage(`${zh(66)}😀${zh(66)}`)).toMatchObject({
      encoding: 'UCS-2',
      units: 134,
      parts: 3,
      remaining: 66,
    })
    expect(analyzeMessage(`${zh(65)}😀${zh(67)}`)).toMatchObject({ units: 134, parts: 2 })
  })

  it('counts an emoji as two UTF-16 units and one non-GSM character', () => {
    expect(analyzeMessage('Karibu 😀')).toEqual<MessageAnalysis>({
      encoding: 'UCS-2',
      parts: 1,
      units: 9,
      perPart: 70,
      remaining: 61,
      nonGsm: ['😀'],
      extended: [],
    })
    expect(analyzeMessage(`${a(68)}😀`)).toMatchObject({ parts: 1, remaining: 0 })
    expect(analyzeMessage(`${a(69)}😀`)).toMatchObject({ parts: 2, units: 71 })
  })

  it('lists the distinct non-GSM characters in order of first appearance', () => {
    expect(analyzeMessage('“Habari” ya leo ж “ok” 😀ж').nonGsm).toEqual(['“', '”', 'ж', '😀'])
  })

  it('lists the distinct extension characters and charges two septets for each', () => {
    expect(analyzeMessage('[x] €5 {€}')).toMatchObject({
      encoding: 'GSM-7',
      units: 16,
      extended: ['[', ']', '€', '{', '}'],
    })
  })

  it('keeps listing extension characters of a UCS-2 message, which then cost one unit each', () => {
    expect(analyzeMessage('€ж')).toMatchObject({
      encoding: 'UCS-2',
      units: 2,
      nonGsm: ['ж'],
      extended: ['€'],
    })
  })

  it('counts \\r\\n as two septets and \\n as one', () => {
    expect(analyzeMessage('a\r\nb')).toMatchObject({ encoding: 'GSM-7', units: 4 })
    expect(analyzeMessage('a\nb')).toMatchObject({ encoding: 'GSM-7', units: 3 })
  })

  it('keeps the Greek capitals of the basic set in GSM-7, and sends small Greek as UCS-2', () => {
    expect(analyzeMessage('ΔΦΓΛΩΠΨΣΘΞ')).toMatchObject({ encoding: 'GSM-7', units: 10 })
    expect(analyzeMessage('Ωα')).toMatchObject({ encoding: 'UCS-2', nonGsm: ['α'] })
  })

  it('uses no national shift table: Turkish ş and Spanish ç make a message UCS-2', () => {
    expect(analyzeMessage('Teşekkürler')).toMatchObject({ encoding: 'UCS-2', nonGsm: ['ş'] })
    expect(analyzeMessage('Barça')).toMatchObject({ encoding: 'UCS-2', nonGsm: ['ç'] })
  })

  it('treats a lone surrogate as one non-GSM unit', () => {
    const lone = '😀'.slice(0, 1)
    expect(analyzeMessage(`a${lone}`)).toMatchObject({
      encoding: 'UCS-2',
      units: 2,
      nonGsm: [lone],
    })
  })

  it('stays linear on text of many distinct characters', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('')
    const analysis = analyzeMessage(text)
    expect(analysis.nonGsm).toHaveLength(20_000)
    expect(analysis.parts).toBe(Math.ceil(20_000 / 67))
  })
})

describe('messageParts', () => {
  const texts = [
    '',
    'Habari',
    'a'.repeat(160),
    'a'.repeat(161),
    'a'.repeat(306),
    'a'.repeat(307),
    `${'a'.repeat(152)}€${'a'.repeat(152)}`,
    '€'.repeat(80),
    '€'.repeat(81),
    'я'.repeat(70),
    'я'.repeat(71),
    `${'a'.repeat(66)}😀${'a'.repeat(66)}`,
    `${'a'.repeat(66)}\ud83d${'a'.repeat(66)}`,
    '😀'.repeat(35),
    '😀'.repeat(36),
    `${'a'.repeat(200)}😀`,
    `😀${'€'.repeat(100)}`,
  ]
  it.each(texts.map((text) => [text.length, text]))(
    'gives the parts analyzeMessage gives, for a text of %i units',
    (_, text) => {
      expect(messageParts(text)).toBe(analyzeMessage(text).parts)
    },
  )

  it('reads every character of both GSM tables as GSM-7, and its neighbours outside them as UCS-2', () => {
    for (const char of GSM_BASIC + GSM_EXTENSION) {
      const text = char.repeat(161)
      expect([char, messageParts(text)]).toEqual([char, analyzeMessage(text).parts])
      const code = char.charCodeAt(0)
      for (const near of [code - 1, code + 1]) {
        const other = `${text}${String.fromCharCode(near)}`
        expect([near, messageParts(other)]).toEqual([near, analyzeMessage(other).parts])
      }
    }
  })

  it('counts a UCS-2 text with a pair at a boundary one part more than a division', () => {
    // 66 + 2 would straddle the first 67-unit part: the emoji moves to the second.
    expect(messageParts(`${'a'.repeat(66)}😀${'a'.repeat(66)}`)).toBe(3)
    expect(messageParts(`${'a'.repeat(66)}я${'a'.repeat(67)}`)).toBe(2)
  })
})
