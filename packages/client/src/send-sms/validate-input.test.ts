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
  ])('splits %j into %j', (to, expected) => {
    expect(splitRecipients(to)).toEqual(expected)
  })

  it('skips entries that are not strings', () => {
    const entries = ['0712345678', 42, null, undefined, { length: 1 }] as unknown as string[]
    expect(splitRecipients(entries)).toEqual(['0712345678'])
  })
})
