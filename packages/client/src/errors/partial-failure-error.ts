/**
 * @module
 * The error for a send that the provider answered row by row with at least one
 * recipient refused: a partial failure is never hidden inside an HTTP 200.
 */
import type { RecipientResult, SendSmsResult } from '../send-sms/types.js'
import { SendSmsError } from './send-sms-error.js'

const LISTED_ROWS = 5

/**
 * One or more recipients were rejected (others may have been accepted and sent).
 * Thrown by `assertAllAccepted`; `result` holds every row.
 * @example
 * try {
 *   assertAllAccepted(result)
 * } catch (error) {
 *   if (error instanceof PartialFailureError) console.error(error.rejected.length, 'rejected')
 * }
 */
export class PartialFailureError extends SendSmsError {
  override name = 'PartialFailureError'
  /** The whole result, accepted rows included. */
  readonly result: SendSmsResult
  /** The rejected rows. */
  readonly rejected: RecipientResult[]

  constructor(result: SendSmsResult) {
    // Recomputed from `results` so a hand-built result cannot make the two disagree.
    const rejected = result.results.filter((row) => !row.ok)
    super(describeRejected(rejected, result.results.length))
    this.result = result
    this.rejected = rejected
  }
}

function describeRejected(rejected: RecipientResult[], total: number): string {
  const listed = rejected
    .slice(0, LISTED_ROWS)
    .map((row) => `${row.mobile || '(no number)'} ${row.code} ${row.description}`)
  const more = rejected.length > LISTED_ROWS ? `, and ${rejected.length - LISTED_ROWS} more` : ''
  return `${rejected.length} of ${total} recipients rejected: ${listed.join('; ')}${more}`
}
