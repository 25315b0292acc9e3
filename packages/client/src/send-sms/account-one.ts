/**
 * @module
 * The accounting of a send made in one request: the answer's rows are every recipient,
 * each `accepted` or `rejected`, and nothing failed or went unattempted (a failure of the
 * one request is the send's error). The same fields, in the same order, as `accountSend`
 * gives for one answered batch.
 */
import type { SentText } from './message-text.js'
import type { SentBatch } from './read-answer.js'
import type { AccountedSendResult } from './types.js'

/**
 * The result of a send whose one request was answered with rows.
 * @example
 * accountOne(readAnswer(200, text, numbers)) // { results, accepted, rejected, allAccepted, failed: [], notAttempted: [], batches: 1 }
 */
export function accountOne(batch: SentBatch): Omit<AccountedSendResult, keyof SentText> {
  const { results, accepted, rejected } = batch
  return {
    results,
    accepted,
    rejected,
    allAccepted: rejected.length === 0,
    failed: [],
    notAttempted: [],
    batches: 1,
  }
}
