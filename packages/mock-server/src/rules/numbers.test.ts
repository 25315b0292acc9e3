/**
 * @module
 * Number classification and the network table.
 */
import { describe, expect, it } from 'vitest'
import { classifyNumber, networkOf } from './numbers.js'

describe('classifyNumber', () => {
  it.each([
    ['254712345678', '254712345678'],
    ['+254712345678', '254712345678'],
    ['0712345678', '254712345678'],
    ['0112345678', '254112345678'],
    ['254112345678', '254112345678'],
    ['+254 712 345 678', '254712345678'],
    ['254 712 345 678', '254712345678'],
    ['0712-345-678', '254712345678'],
  ])('accepts the Kenyan number %s as %s', (given, msisdn) => {
    expect(classifyNumber(given)).toMatchObject({ kind: 'kenyan', msisdn })
  })

  it.each([
    '+255712345678',
    '256712345678',
    '14155550123',
    '+447911123456',
    '+255 712 345 678',
    '+255725412345',
    '2557123456',
    '+255712345678901',
  ])('refuses the foreign number %s as another network', (given) => {
    expect(classifyNumber(given).kind).toBe('foreign')
  })

  it.each([
    '07123',
    '0812345678',
    '2547123456789',
    '25471234567',
    '+2548123456789',
    'abc',
    '071234567x',
    '712345678',
    '254812345678',
    '25471',
    '2547abcdefgh',
    '00255712345678',
    '+2557123456789012',
    '255712345',
  ])('refuses %s as invalid', (given) => {
    expect(classifyNumber(given).kind).toBe('invalid')
  })
})

describe('networkOf', () => {
  it.each([
    ['254700000000', 1],
    ['254712345678', 1],
    ['254729999999', 1],
    ['254740000000', 1],
    ['254743000000', 1],
    ['254745000000', 1],
    ['254746000000', 1],
    ['254748000000', 1],
    ['254757000000', 1],
    ['254759000000', 1],
    ['254768000000', 1],
    ['254769000000', 1],
    ['254790000000', 1],
    ['254799000000', 1],
    ['254110000000', 1],
    ['254115000000', 1],
    ['254730000000', 2],
    ['254739000000', 2],
    ['254750000000', 2],
    ['254756000000', 2],
    ['254762000000', 2],
    ['254780000000', 2],
    ['254789000000', 2],
    ['254100000000', 2],
    ['254102000000', 2],
    ['254770000000', 3],
    ['254779000000', 3],
    ['254763000000', 4],
    ['254766000000', 4],
    ['254747000000', 4],
    ['254744000000', 4],
    ['254116000000', 4],
    ['254103000000', 4],
    ['254760000000', 4],
  ])('puts %s on network %i', (msisdn, network) => {
    expect(networkOf(msisdn)).toBe(network)
  })

  // Characters just past '9' or before '0' must not add up to a real prefix such as 709.
  it.each(['25471/', '2547:0', '2546:9', '2548:0', '254/00', '254', '', 'abcdef'])(
    'puts the malformed %j on the other network',
    (msisdn) => {
      expect(networkOf(msisdn)).toBe(4)
    },
  )
})
