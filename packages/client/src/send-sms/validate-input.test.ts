/**
 * @module
 * Tests of splitting `to` into numbers.
 */
import { describe, expect, it } from 'vitest'
import { splitRecipients } from './validate-input.js'

describe('splitRecipients', () => {
  it.each<[string | string[], string[]]>([
    ['254712345678', ['254712345678']],
    [' 254712345678 ', ['254712345678']],
    ['254712345678,0733123456', ['254712345678', '0733123456']],
    ['254712345678, 0733123456,', ['254712345678', '0733123456']],
    [
      ['254712345678, 0733123456', ' '],
      ['254712345678', '0733123456'],
    ],
    [
      ['0712345678', '0712345678'],
      ['0712345678', '0712345678'],
    ],
    [[',,', ''], []],
    ['', []],
    // Lists of one number per item, whether or not an item needs trimming or splitting.
    [
      ['0712345678', ' 0733123456'],
      ['0712345678', '0733123456'],
    ],
    [['0712345678\t'], ['0712345678']],
    [
      ['\u00a00712345678\u2028', '\ufeff0733123456'],
      ['0712345678', '0733123456'],
    ],
    [['0712345678', ''], ['0712345678']],
    [
      ['+254712345678', '0733123456,0744123456'],
      ['+254712345678', '0733123456', '0744123456'],
    ],
  ])('splits %j into %j', (to, expected) => {
    expect(splitRecipients(to)).toEqual(expected)
  })

  it("answers a list of its own, never the caller's array", () => {
    const to = ['0712345678', '0733123456']
    const numbers = splitRecipients(to)
    expect(numbers).toEqual(to)
    expect(numbers).not.toBe(to)
  })

  it('skips entries that are not strings', () => {
    const entries = ['0712345678', 42, null, undefined, { length: 1 }] as unknown as string[]
    expect(splitRecipients(entries)).toEqual(['0712345678'])
  })
})
