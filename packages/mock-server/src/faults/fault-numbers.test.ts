import { describe, expect, it } from 'vitest'
import { MAGIC_NUMBERS } from '../state/deliveries-magic.js'
import { faultOfHeader } from './fault-header.js'
import { FAULT_NUMBERS, faultOfNumbers } from './fault-numbers.js'

describe('faultOfNumbers', () => {
  it.each([
    '254799999503',
    '0799999503',
    '+254799999503',
    '+254 799 999 503',
    '0799-999-503',
    '0 7 9 9 9 9 9 5 0 3',
    '07-9-9-9-9-9-5-0-3',
  ])('finds the fault of %j', (mobile) => {
    expect(faultOfNumbers({ mobile })).toEqual({ kind: 'http', status: 503, reached: false })
  })

  it('finds the first fault number of a list, and one given as a JSON number', () => {
    expect(faultOfNumbers({ mobile: '0712345678, 0799999520,0799999503' })).toEqual({
      kind: 'reset',
      reached: true,
    })
    expect(faultOfNumbers({ mobile: 254799999511 })).toEqual({ kind: 'hang', reached: false })
  })

  it('finds one in any sendbulk item', () => {
    const smslist = [{ mobile: '0712345678' }, null, { mobile: 7 }, { mobile: '0799999530' }]
    expect(faultOfNumbers({ smslist })).toEqual({ kind: 'truncated', reached: true })
  })

  it.each<[string, Record<string, unknown>]>([
    ['an ordinary number', { mobile: '0712345678' }],
    ['a number of the range without a fault', { mobile: '0799999501' }],
    ['a number one digit off', { mobile: '079999950' }],
    ['a delivery magic number', { mobile: '0700000002' }],
    ['no number', {}],
    ['a mobile that is not text', { mobile: true }],
    ['a bulk list of ordinary numbers', { smslist: [{ mobile: '0712345678' }] }],
    ['a bulk list that is not a list', { smslist: 'x' }],
  ])('finds none for %s', (_name, params) => {
    expect(faultOfNumbers(params)).toBeUndefined()
  })

  it('names a readable fault for every number, none a delivery magic number', () => {
    const magic = new Set(MAGIC_NUMBERS.map((m) => m.msisdn))
    for (const { msisdn, fault } of FAULT_NUMBERS) {
      expect(faultOfHeader(fault), fault).toBeDefined()
      expect(msisdn).toMatch(/^2547999995\d\d$/)
      expect(magic.has(msisdn)).toBe(false)
    }
    expect(new Set(FAULT_NUMBERS.map((n) => n.msisdn)).size).toBe(FAULT_NUMBERS.length)
  })
})
