/**
 * @module
 * GSM-7 look-alikes: every kind of character replaced, what GSM-7 already has left alone,
 * and what has no look-alike reported.
 */
import { analyzeMessage } from '@sendsms/wire'
import { describe, expect, it } from 'vitest'
import { transliterate } from './transliterate.js'

describe('transliterate', () => {
  it.each([
    ['curly single quotes', '‘ok’ ‚x‛', "'ok' 'x'"],
    ['a prime, an acute accent and a backtick', '5′ ´a` ', "5' 'a' "],
    ['curly double quotes', '“Karibu” „x‟', '"Karibu" "x"'],
    ['a double prime and guillemets', '5″ «oui»', '5" "oui"'],
    ['single guillemets', '‹a›', '<a>'],
    ['hyphens and dashes', 'a‐b‑c‒d–e—f―g−h', 'a-b-c-d-e-f-g-h'],
    ['an ellipsis', 'Subiri…', 'Subiri...'],
    ['a bullet', '• one', '* one'],
    ['a tab and non-breaking spaces', 'a\tb\u00a0c\u202fd', 'a b c d'],
    [
      'the other spaces',
      '\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u205f\u3000',
      ' '.repeat(11),
    ],
    ['invisible characters', 'a\u00adb\u200bc\u2060d\ufeff', 'abcd'],
    ['accented letters GSM-7 lacks', 'áíóú âêîôû ãõ ş ğ ç Á Ő', 'aiou aeiou ao s g c A O'],
    ['letters with two accents', 'ǘ ế', 'u e'],
    ['a combining accent on a letter without a composed form', 'x\u0301', 'x'],
    ['an e with a combining acute (composed into the GSM-7 é)', 'cafe\u0301', 'café'],
    ['the ohm and kelvin signs', '\u2126 \u212a', 'Ω K'],
    ['a dotless i', 'Kapı', 'Kapi'],
    ['letters without a decomposition', 'ł Ł đ Đ', 'l L d D'],
    ['ligatures', 'œuvre Œ', 'oeuvre OE'],
    ['signs', '© ® ™', '(c) (R) TM'],
    ['Greek capitals outside the basic set', 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ', 'ABEZHIKMNOPTYX'],
  ])('replaces %s', (_name, text, message) => {
    expect(transliterate(text)).toEqual({ message, unmapped: [] })
    expect(analyzeMessage(message).encoding).toBe('GSM-7')
  })

  it('leaves GSM-7 text as it is, the extension table and the Greek of the basic set included', () => {
    const text = 'é è ù ì ò Ç ñ ü Å Ø ß € [ ] { } ^ ~ | \\ Δ Ω Σ\r\n'
    expect(transliterate(text)).toEqual({ message: text, unmapped: [] })
  })

  it('keeps what has no look-alike, lists it once in order, and still replaces the rest', () => {
    expect(transliterate('“Привет” 😀 – ж 😀')).toEqual({
      message: '"Привет" 😀 - ж 😀',
      unmapped: ['П', 'р', 'и', 'в', 'е', 'т', '😀', 'ж'],
    })
  })

  it('keeps small Greek, which GSM-7 lacks and has no look-alike for', () => {
    expect(transliterate('Ωα')).toEqual({ message: 'Ωα', unmapped: ['α'] })
  })

  it('turns text GSM-7 cannot carry into a message of fewer parts', () => {
    const text = `“${'a'.repeat(150)}” – ok`
    expect(analyzeMessage(text).parts).toBe(3)
    expect(analyzeMessage(transliterate(text).message).parts).toBe(1)
  })
})
