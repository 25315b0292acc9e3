/**
 * @module
 * The public shapes of `getBalance`: its options and the account's balance, read the same
 * whatever types the provider used on the wire.
 */

/**
 * Options of `getBalance`.
 * @example
 * const options: BalanceRequest = { signal: AbortSignal.timeout(5_000) }
 */
export interface BalanceRequest {
  /** HTTP method. Default `'POST'` (JSON body); `'GET'` sends a query string. */
  method?: 'GET' | 'POST'
  /** Aborts the request; it then fails with a `ConnectionError` (or `TimeoutError`). */
  signal?: AbortSignal
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
