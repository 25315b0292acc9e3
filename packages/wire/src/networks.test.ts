/**
 * @module
 * `networkIdOf`: the network of a 254 number at each end of every range, the blocks of no
 * network the spec names, and text with no three digits after 254.
 */
import { describe, expect, expectTypeOf, it } from 'vitest'
import { NETWORK_NAMES } from './generated/api-facts.js'
import { NETWORK_ID_BY_NAME, networkIdOf } from './networks.js'

describe('networkIdOf', () => {
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
    ['254799999999', 1],
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
  ])('puts %s on network %i', (msisdn, id) => {
    expect(networkIdOf(msisdn)).toBe(id)
  })

  it.each([
    '254744000000',
    '254747000000',
    '254749000000',
    '254760000000',
    '254761000000',
    '254763000000',
    '254766000000',
    '254767000000',
    '254103000000',
    '254109000000',
    '254116000000',
    '254199000000',
    '254000000000',
    '254999000000',
  ])('gives %s no network the spec names', (msisdn) => {
    expect(networkIdOf(msisdn)).toBeUndefined()
  })

  // Characters just past '9' or before '0' must not add up to a real prefix such as 709.
  it.each(['25471/', '2547:0', '2546:9', '2548:0', '254/00', '25470', '254', '', 'abcdef'])(
    'gives the malformed %j no network',
    (msisdn) => {
      expect(networkIdOf(msisdn)).toBeUndefined()
    },
  )

  it('reads only the three digits after the first three characters', () => {
    expect(networkIdOf('254733')).toBe(2)
    expect(networkIdOf('+25473')).toBeUndefined()
  })

  it('gives every network the spec names to some prefix, and nothing else', () => {
    const ids = new Set(
      Array.from({ length: 1000 }, (_, prefix) =>
        networkIdOf(`254${String(prefix).padStart(3, '0')}000000`),
      ),
    )
    expect(ids).toEqual(new Set([1, 2, 3, undefined]))
  })
})

describe('NETWORK_ID_BY_NAME', () => {
  it('is the spec’s table the other way round', () => {
    expect(NETWORK_ID_BY_NAME).toEqual({ Safaricom: 1, Airtel: 2, Telkom: 3 })
    for (const [name, id] of Object.entries(NETWORK_ID_BY_NAME)) {
      expect(NETWORK_NAMES[id]).toBe(name)
    }
    expect(Object.isFrozen(NETWORK_ID_BY_NAME)).toBe(true)
  })

  it('types each name with its own id', () => {
    expectTypeOf(NETWORK_ID_BY_NAME.Safaricom).toEqualTypeOf<1>()
    expectTypeOf(NETWORK_ID_BY_NAME.Telkom).toEqualTypeOf<3>()
    // @ts-expect-error Airtel is 2
    expectTypeOf(NETWORK_ID_BY_NAME.Airtel).toEqualTypeOf<1>()
  })
})
