/**
 * @module
 * Finding the account a request speaks for. The apikey is compared in constant time so
 * the mock never teaches a timing side channel to code that copies it.
 */
import type { MockAccount } from '../state/accounts.js'

/**
 * Whether two API keys are equal, compared in constant time: no early exit, every
 * character of the given key is compared, so the time depends on its length (which its
 * sender knows) and never on how much of it is right. A plain loop rather than
 * `crypto.timingSafeEqual`, which needs equal lengths and so a hash of both sides: the
 * hash was a tenth of the CPU of a send under load (bench/README.md), and the loop keeps
 * the mock free of `node:crypto`.
 * @example
 * apiKeysMatch('sandbox-api-key', 'sandbox-api-key') // true
 */
export function apiKeysMatch(given: string, expected: string): boolean {
  let difference = given.length ^ expected.length
  for (let i = 0; i < given.length; i++) {
    // Past the end of `expected`, charCodeAt gives NaN, which `| 0` turns into 0.
    difference |= given.charCodeAt(i) ^ (expected.charCodeAt(i) | 0)
  }
  return difference === 0
}

/**
 * The account matching both partnerID and apikey, or undefined (answered with 1006).
 * @example
 * findAccount((id) => accounts.get(id), '12345', 'sandbox-api-key') // the sandbox account
 */
export function findAccount(
  lookup: (partnerID: string) => Readonly<MockAccount> | undefined,
  partnerID: string,
  apikey: string,
): Readonly<MockAccount> | undefined {
  const account = lookup(partnerID)
  // Compare even when the partner is unknown, so both failures take the same time.
  const matches = apiKeysMatch(apikey, account?.apikey ?? '')
  return account && matches ? account : undefined
}
