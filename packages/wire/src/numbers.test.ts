import { describe, expect, it } from 'vitest'
import { integerText, splitNumbers } from './numbers.js'

describe('splitNumbers', () => {
  it.each([
    ['one number', '254712345678', ['254712345678']],
    ['a list with blanks', ' 254712345678 , 0733123456 ', ['254712345678', '0733123456']],
    ['a trailing comma and an empty item', '0712345678,,0733123456,', ['0712345678', '0733123456']],
    ['duplicates, kept in order', '07,08,07', ['07', '08', '07']],
    ['nothing', '', []],
    ['only commas and blanks', ' , ,', []],
    ['a leading comma', ',0712345678', ['0712345678']],
    ['a tab after a comma', '0712345678 ,\t0733123456', ['0712345678', '0733123456']],
  ])('splits %s', (_name, list, expected) => {
    expect(splitNumbers(list)).toEqual(expected)
  })
})

describe('integerText', () => {
  it.each([
    0,
    7,
    999_999_999,
    1_000_000_000,
    254712345678,
    254700000000,
    100000001,
    2 ** 53 - 1,
    -5,
    1.5,
    2 ** 53 + 2,
  ])('prints %d as String does', (n) => {
    expect(integerText(n)).toBe(String(n))
  })

  it('prints all the digits of an integer that String would write with an exponent', () => {
    expect(integerText(1e21)).toBe('1000000000000000000000')
  })
})
