/**
 * @module
 * Which Kenyan mobile network a number belongs to, from the three digits after 254. The
 * provider answers each accepted number with a `networkid`; knowing it before sending lets
 * a caller route, price or report by network. The ids and names are the spec's and the
 * prefix table is `@sendsms/wire`'s, the one `@sendsms/mock-server` answers with: this
 * module only names them the client's way (lower-case names, ids as text).
 */
import { NETWORK_NAMES, type NetworkId, type NetworkName, networkIdOf } from '@sendsms/wire'

/**
 * A Kenyan mobile network the provider names by id.
 * @example
 * const network: KenyanNetwork = 'safaricom'
 */
export type KenyanNetwork = Lowercase<NetworkName>

/**
 * The provider's `networkid` of each network, as text (the client reads ids as strings).
 * @example
 * NETWORK_IDS.airtel // '2'
 */
export const NETWORK_IDS: NetworkIds = Object.freeze(
  Object.fromEntries(
    Object.entries(NETWORK_NAMES).map(([id, name]) => [name.toLowerCase(), id]),
  ) as NetworkIds,
)

// Each network with its own id as text (`safaricom: '1'`), as the spec numbers them.
type NetworkIds = {
  readonly [Id in NetworkId as Lowercase<(typeof NETWORK_NAMES)[Id]>]: `${Id}`
}

/**
 * The network of a Kenyan number in the 254 form, or undefined for a range no network
 * above is known to hold (Equitel, Faiba, newly assigned blocks): the provider answers
 * those with a `networkid` of its own.
 * @example
 * networkOf('254733123456') // 'airtel'
 * networkOf('254747123456') // undefined
 */
export function networkOf(msisdn: string): KenyanNetwork | undefined {
  const id = networkIdOf(msisdn)
  return id === undefined ? undefined : (NETWORK_NAMES[id].toLowerCase() as KenyanNetwork)
}
