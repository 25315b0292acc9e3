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
    expect(splitRecipients(['0712345678', 42 as unknown as string])).toEqual(['0712345678'])
  })
})
