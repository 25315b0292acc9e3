/**
 * @module
 * `checkNumbers`: verdicts in input order, comma-separated strings split as `sendSms`
 * splits them, repeats reported and, with `dedupe`, dropped.
 */
import { describe, expect, it } from 'vitest'
import { checkNumbers } from './check-numbers.js'

describe('checkNumbers', () => {
  it('gives a verdict per number, in input order, and the numbers to send', () => {
    const check = checkNumbers(['0712345678', '07123', '+254733123456', '0201234567'])
    expect(check.results.map((verdict) => [verdict.index, verdict.input, verdict.valid])).toEqual([
      [0, '0712345678', true],
      [1, '07123', false],
      [2, '+254733123456', true],
      [3, '0201234567', false],
    ])
    expect(check.valid.map((number) => number.index)).toEqual([0, 2])
    expect(check.refused.map((number) => [number.index, number.reason])).toEqual([
      [1, 'too-short'],
      [3, 'landline'],
    ])
    expect(check.msisdns).toEqual(['254712345678', '254733123456'])
    expect(check.duplicates).toEqual([])
    expect(check.allValid).toBe(false)
  })

  it('splits a comma-separated string and drops empty entries, as sendSms does', () => {
    const check = checkNumbers('0712345678, ,0733123456,')
    expect(check.msisdns).toEqual(['254712345678', '254733123456'])
    expect(check.results.map((verdict) => verdict.index)).toEqual([0, 1])
    expect(check.allValid).toBe(true)
  })

  it('splits each string of an array and counts indexes over all the numbers', () => {
    const check = checkNumbers(['0712345678,0733123456', '0770123456'])
    expect(check.results.map((verdict) => [verdict.index, verdict.input])).toEqual([
      [0, '0712345678'],
      [1, '0733123456'],
      [2, '0770123456'],
    ])
  })

  it('reports a number given twice in different forms and keeps both by default', () => {
    const check = checkNumbers(['0712345678', '0733123456', '+254 712 345 678'])
    expect(check.results.map((verdict) => verdict.valid && verdict.duplicateOf)).toEqual([
      undefined,
      undefined,
      0,
    ])
    expect(check.duplicates).toEqual([check.results[2]])
    expect(check.duplicates[0]).toMatchObject({
      index: 2,
      input: '+254 712 345 678',
      duplicateOf: 0,
    })
    expect(check.msisdns).toEqual(['254712345678', '254733123456', '254712345678'])
    expect(checkNumbers(['0712345678', '712345678'], { dedupe: false }).msisdns).toHaveLength(2)
  })

  it('drops repeats with dedupe and still reports them', () => {
    const check = checkNumbers(['0712345678', '0712345678', '07123', '254712345678'], {
      dedupe: true,
    })
    expect(check.results.map((verdict) => verdict.index)).toEqual([0, 2])
    expect(check.valid.map((number) => number.index)).toEqual([0])
    expect(check.msisdns).toEqual(['254712345678'])
    expect(check.duplicates.map((number) => [number.index, number.duplicateOf])).toEqual([
      [1, 0],
      [3, 0],
    ])
  })

  it('does not count a refused number given twice as a repeat', () => {
    const check = checkNumbers(['07123', '07123'], { dedupe: true })
    expect(check.refused.map((number) => number.index)).toEqual([0, 1])
    expect(check.duplicates).toEqual([])
  })

  it('refuses values that are not strings instead of throwing', () => {
    const check = checkNumbers([42, '0712345678'] as unknown as string[])
    expect(check.results.map((verdict) => verdict.valid)).toEqual([false, true])
    expect(check.refused[0]).toMatchObject({ index: 0, input: '42', reason: 'not-text' })
    expect(checkNumbers(undefined as unknown as string).refused[0]?.reason).toBe('not-text')
  })

  it('gives nothing for no numbers', () => {
    expect(checkNumbers([])).toEqual({
      results: [],
      valid: [],
      refused: [],
      duplicates: [],
      msisdns: [],
      allValid: true,
    })
  })
})
