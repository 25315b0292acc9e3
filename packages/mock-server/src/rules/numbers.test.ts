/**
 * @module
 * Number classification and the network table.
 */
import { describe, expect, it } from 'vitest'
import { classifyNumber, NETWORKS, networkOf } from './numbers.js'

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
  // The prefix table is @sendsms/wire's and tested there range by range; here, the mock's
  // answer for each network and its own id, 4, for a block of no network the spec names.
  it.each([
    ['254712345678', NETWORKS.safaricom],
    ['254110000000', NETWORKS.safaricom],
    ['254733000000', NETWORKS.airtel],
    ['254100000000', NETWORKS.airtel],
    ['254770000000', NETWORKS.telkom],
    ['254763000000', NETWORKS.other],
    ['254747000000', NETWORKS.other],
    ['254116000000', NETWORKS.other],
  ])('puts %s on network %i', (msisdn, network) => {
    expect(networkOf(msisdn)).toBe(network)
  })

  it('numbers the networks as the provider does', () => {
    expect(NETWORKS).toEqual({ safaricom: 1, airtel: 2, telkom: 3, other: 4 })
  })

  // Characters just past '9' or before '0' must not add up to a real prefix such as 709.
  it.each(['25471/', '2547:0', '2546:9', '2548:0', '254/00', '254', '', 'abcdef'])(
    'puts the malformed %j on the other network',
    (msisdn) => {
      expect(networkOf(msisdn)).toBe(4)
    },
  )
})
