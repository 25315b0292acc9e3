/**
 * @module
 * Which Kenyan mobile network a number belongs to, from the three digits after 254: the
 * `networkid` the provider answers with each accepted number. The ids and their names are
 * the spec's (`NETWORK_NAMES`, generated from the `networkid` descriptions). Which prefixes
 * belong to which network the provider does not document, so the ranges are written here,
 * once: the mock answers with them and `@sendsms/client/numbers` tells a caller before
 * sending, both through `networkIdOf`.
 */
import { NETWORK_NAMES, type NetworkId } from './generated/api-facts.js'

/**
 * A network's name as the spec writes it.
 * @example
 * const name: NetworkName = 'Safaricom'
 */
export type NetworkName = (typeof NETWORK_NAMES)[NetworkId]

/**
 * The id of each network the spec names, by name: `NETWORK_NAMES` the other way round.
 * @example
 * NETWORK_ID_BY_NAME.Telkom // 3
 */
export const NETWORK_ID_BY_NAME: NetworkIdByName = Object.freeze(
  Object.fromEntries(
    Object.entries(NETWORK_NAMES).map(([id, name]) => [name, Number(id)]),
  ) as NetworkIdByName,
)

// Each name typed with its own id (`Safaricom: 1`), not any id.
type NetworkIdByName = { readonly [Id in NetworkId as (typeof NETWORK_NAMES)[Id]]: Id }

// [first, last, network] over the three digits after 254. The provider's pages show only
// `"networkid": 1` in their examples and list no prefixes (send-sms.md, bulk-sms.md,
// delivery.md); these are the operators' blocks of the Communications Authority of Kenya's
// numbering plan as sendsms-kit's mock has answered them since its first release. A block
// not listed (Equitel 763–766, Faiba 747, blocks assigned later) has no id the spec names.
// Named, not numbered, so each id is written once, in the spec.
const PREFIX_RANGES: ReadonlyArray<readonly [number, number, NetworkName]> = [
  [700, 729, 'Safaricom'],
  [740, 743, 'Safaricom'],
  [745, 746, 'Safaricom'],
  [748, 748, 'Safaricom'],
  [757, 759, 'Safaricom'],
  [768, 769, 'Safaricom'],
  [790, 799, 'Safaricom'],
  [110, 115, 'Safaricom'],
  [730, 739, 'Airtel'],
  [750, 756, 'Airtel'],
  [762, 762, 'Airtel'],
  [780, 789, 'Airtel'],
  [100, 102, 'Airtel'],
  [770, 779, 'Telkom'],
]

// The ranges unrolled into a table indexed by prefix, built once: the mock looks up the
// network of every number of every send, and an index is one load where a scan of the
// ranges is fourteen comparisons. 0 stands for no network, so the table holds small
// integers only and V8 keeps it a packed array of them.
const NETWORK_BY_PREFIX: readonly number[] = (() => {
  const table = new Array<number>(1000).fill(0)
  for (const [first, last, name] of PREFIX_RANGES) {
    table.fill(NETWORK_ID_BY_NAME[name], first, last + 1)
  }
  return table
})()

/**
 * The `networkid` of a Kenyan number in the 254 form (`254712345678`), from the three
 * digits after 254, or undefined for a block of no network the spec names (Equitel,
 * Faiba, unassigned blocks) and for text that has no three digits there.
 * @example
 * networkIdOf('254733123456') // 2
 * networkIdOf('254747123456') // undefined
 */
export function networkIdOf(msisdn: string): NetworkId | undefined {
  // The three digits after 254, read without slicing a string. A character that is not a
  // digit makes the prefix NaN, which indexes nothing.
  const prefix = digitAt(msisdn, 3) * 100 + digitAt(msisdn, 4) * 10 + digitAt(msisdn, 5)
  return (NETWORK_BY_PREFIX[prefix] || undefined) as NetworkId | undefined
}

// The digit at `index`, or NaN for anything else (a missing character included).
function digitAt(text: string, index: number): number {
  const digit = text.charCodeAt(index) - 48
  return digit >= 0 && digit <= 9 ? digit : Number.NaN
}
