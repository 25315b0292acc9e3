/**
 * @module
 * Tests of how the journal reads a message id: the digits the mock writes, the same with
 * blanks around them, and what is not an id.
 */
import { describe, expect, it } from 'vitest'
import { idNumber } from './journal.js'

describe('idNumber', () => {
  it.each<[string | number, number | undefined]>([
    ['100000001', 100000001],
    ['0', 0],
    [' 100000001 ', 100000001],
    ['\t42\n', 42],
    ['9007199254740991', 9007199254740991],
    ['9007199254740993', undefined],
    ['12345678901234567', undefined],
    ['', undefined],
    [' ', undefined],
    ['12a', undefined],
    ['-1', undefined],
    ['1.5', undefined],
    ['１２', undefined],
    [100000001, 100000001],
    [-1, undefined],
    [1.5, undefined],
  ])('reads %j as %j', (given, expected) => {
    expect(idNumber(given)).toBe(expected)
  })
})
