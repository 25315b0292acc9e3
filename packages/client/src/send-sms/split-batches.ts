/**
 * @module
 * Splits the numbers of a send into the requests that carry them: consecutive slices of at
 * most `MAX_RECIPIENTS`, in input order, so each number is in exactly one request.
 */
import { MAX_RECIPIENTS } from '@sendsms/wire'

/**
 * The numbers in consecutive batches of at most `size` (the API's `MAX_RECIPIENTS` unless
 * given); every batch but the last is full.
 * @example
 * splitBatches(['a', 'b', 'c'], 2) // [['a', 'b'], ['c']]
 */
export function splitBatches(mobiles: readonly string[], size = MAX_RECIPIENTS): string[][] {
  const batches: string[][] = []
  for (let start = 0; start < mobiles.length; start += size) {
    batches.push(mobiles.slice(start, start + size))
  }
  return batches
}
