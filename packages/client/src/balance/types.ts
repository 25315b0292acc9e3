/**
 * @module
 * The public shapes of `getBalance`: its options and the account's balance, read the same
 * whatever types the provider used on the wire.
 */
import type { RequestOptions } from '../transport/request-options.js'

/**
 * Options of `getBalance`.
 * @example
 * const options: BalanceRequest = { signal: AbortSignal.timeout(5_000) }
 */
export interface BalanceRequest extends RequestOptions {
  /** HTTP method. Default `'POST'` (JSON body); `'GET'` sends a query string. */
  method?: 'GET' | 'POST'
}

/**
 * The account's remaining credit.
 * @example
 * const balance: Balance = { credit: 545, creditText: '545.00', partnerId: '12345' }
 */
export interface Balance {
  /** The credit as a number: `545` for the provider's `"545.00"`. */
  credit: number
  /** The credit as the provider wrote it (`"545.00"`); a JSON number is written with two decimals. */
  creditText: string
  /** The account's partner ID as the provider answered it (`partner-id`), else the one sent. */
  partnerId: string
}
