/**
 * @module
 * Finding the account a request speaks for. The apikey is compared in constant time so
 * the mock never teaches a timing side channel to code that copies it.
 */
import { hash, timingSafeEqual } from 'node:crypto'
import type { MockAccount } from '../state/accounts.js'

function digest(text: string): Buffer {
  // Hashing first makes both sides the same length, which timingSafeEqual requires.
  // The one-shot hash() costs half of createHash().update().digest().
  return hash('sha256', text, 'buffer')
}

// Digests of the keys accounts hold, so a request hashes only the key it carries. Few
// distinct keys exist (one per account); the bound keeps a mock fed with ever-new
// accounts from growing it without end.
const expectedDigests = new Map<string, Buffer>()
const MAX_CACHED_DIGESTS = 1000

function expectedDigest(expected: string): Buffer {
  let found = expectedDigests.get(expected)
  if (!found) {
    if (expectedDigests.size >= MAX_CACHED_DIGESTS) expectedDigests.clear()
    found = digest(expected)
    expectedDigests.set(expected, found)
  }
  return found
}

/**
 * Whether two API keys are equal, compared in constant time.
 * @example
 * apiKeysMatch('sandbox-api-key', 'sandbox-api-key') // true
 */
export function apiKeysMatch(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), expectedDigest(expected))
}

/**
 * The account matching both partnerID and apikey, or undefined (answered with 1006).
 * @example
 * findAccount((id) => accounts.get(id), '12345', 'sandbox-api-key') // the sandbox account
 */
export function findAccount(
  lookup: (partnerID: string) => MockAccount | undefined,
  partnerID: string,
  apikey: string,
): MockAccount | undefined {
  const account = lookup(partnerID)
  // Compare even when the partner is unknown, so both failures take the same time.
  const matches = apiKeysMatch(apikey, account?.apikey ?? '')
  return account && matches ? account : undefined
}
