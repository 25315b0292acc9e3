/**
 * @module
 * `networkOf` and `NETWORK_IDS`: the spec's networks under the client's names, ids as text,
 * for a number of each network and of a block no network the spec names holds.
 */
import { describe, expect, expectTypeOf, it } from 'vitest'
import { type KenyanNetwork, NETWORK_IDS, networkOf } from './networks.js'

describe('networkOf', () => {
  it.each([
    ['254712345678', 'safaricom'],
    ['254110123456', 'safaricom'],
    ['254733123456', 'airtel'],
    ['254100123456', 'airtel'],
    ['254770123456', 'telkom'],
  ])('puts %s on %s', (msisdn, network) => {
    expect(networkOf(msisdn)).toBe(network)
  })

  it.each(['254747123456', '254763123456', '254190123456', '254', ''])(
    'gives %j no network',
    (msisdn) => {
      expect(networkOf(msisdn)).toBeUndefined()
    },
  )
})

describe('NETWORK_IDS', () => {
  it('gives the provider’s networkid of each network as text', () => {
    expect(NETWORK_IDS).toEqual({ safaricom: '1', airtel: '2', telkom: '3' })
    expect(Object.isFrozen(NETWORK_IDS)).toBe(true)
  })

  it('names every network networkOf gives', () => {
    const networks = Array.from({ length: 1000 }, (_, prefix) =>
      networkOf(`254${String(prefix).padStart(3, '0')}123456`),
    )
    expect(new Set(networks)).toEqual(new Set([...Object.keys(NETWORK_IDS), undefined]))
  })

  it('types each network with its own id', () => {
    expectTypeOf(NETWORK_IDS.safaricom).toEqualTypeOf<'1'>()
    expectTypeOf(NETWORK_IDS.telkom).toEqualTypeOf<'3'>()
    expectTypeOf<KenyanNetwork>().toEqualTypeOf<'safaricom' | 'airtel' | 'telkom'>()
  })
})
