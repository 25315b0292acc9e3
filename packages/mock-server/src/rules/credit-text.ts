/**
 * @module
 * Credit as the provider writes it: two decimals (`545.00`), in a balance and in the
 * low-credit row alike.
 */

/**
 * The credit with two decimals.
 * @example
 * creditText(545) // '545.00'
 * creditText(0) // '0.00'
 */
export function creditText(credit: number): string {
  return credit.toFixed(2)
}
