/**
 * @module
 * The sends of several requests (more than `MAX_RECIPIENTS` numbers) or with `onProgress`:
 * the batches run a few at a time, every recipient is accounted for whatever happens
 * part-way, and the send rejects with the first failure when nothing was accepted, else
 * with an `IncompleteSendError` carrying the accounted result. Loaded by `sendSms` with
 * `import()` when a send needs it.
 */
import { IncompleteSendError } from '../errors/incomplete-send-error.js'
import { accountSend, mayHaveBeenSent } from './account-send.js'
import type { SentText } from './message-text.js'
import type { SentBatch } from './read-answer.js'
import { type BatchOutcome, type BatchRun, runBatches } from './run-batches.js'
import type { AccountedSendResult, SendSmsProgress } from './types.js'

/**
 * The batches of one send and how to send each.
 * @example
 * const plan: BatchedSend = { batches, concurrency: 4, signal: undefined, send: sendBatch, onProgress: undefined }
 */
export interface BatchedSend {
  /** The numbers of each request, in input order. */
  batches: readonly (readonly string[])[]
  concurrency: number
  signal: AbortSignal | undefined
  /** Sends batch `index` and reads its answer. */
  send: (index: number) => Promise<SentBatch>
  onProgress: ((progress: SendSmsProgress) => void) | undefined
}

/**
 * Runs the batches and accounts for every recipient; `text` is what the message cost.
 * @example
 * const result = await sendBatches({ batches, concurrency: 4, signal, send, onProgress }, text)
 */
export async function sendBatches(plan: BatchedSend, text: SentText): Promise<AccountedSendResult> {
  const { batches, onProgress } = plan
  const total = batches.reduce((sum, batch) => sum + batch.length, 0)
  const run = await runBatches({
    count: batches.length,
    concurrency: plan.concurrency,
    signal: plan.signal,
    send: plan.send,
    settled: onProgress && progressReporter(batches, total, onProgress),
  })
  const result: AccountedSendResult = { ...accountSend(batches, run.outcomes), ...text }
  const failure = failureOf(run, result)
  if (failure !== undefined) throw failure
  return result
}

// What the send rejects with, or `undefined` when every batch was answered.
function failureOf(run: BatchRun<SentBatch>, result: AccountedSendResult): unknown {
  const { stop } = run
  if (stop === undefined) return undefined
  // The first failure alone tells the whole story when nothing was accepted and no other
  // failed request may have reached the provider: then it is thrown as it is, exactly as
  // a send of one request throws it (a 1006 stays an InvalidCredentialsError).
  const othersMayHaveBeenSent = run.outcomes.some(
    (outcome) =>
      outcome.kind === 'failed' && outcome.error !== stop.error && mayHaveBeenSent(outcome.error),
  )
  const alone =
    stop.reason !== 'on-progress-threw' && result.accepted.length === 0 && !othersMayHaveBeenSent
  return alone ? stop.error : new IncompleteSendError(result, stop.error)
}

// Counts settled batches and hands `onProgress` a fresh copy of the counts after each.
function progressReporter(
  batches: readonly (readonly string[])[],
  total: number,
  onProgress: (progress: SendSmsProgress) => void,
): (index: number, outcome: BatchOutcome<SentBatch>) => void {
  const counts: SendSmsProgress = {
    done: 0,
    total,
    accepted: 0,
    rejected: 0,
    failed: 0,
    batchesDone: 0,
    batches: batches.length,
  }
  return (index, outcome) => {
    if (outcome.kind === 'done') {
      counts.accepted += outcome.value.accepted.length
      counts.rejected += outcome.value.rejected.length
    } else {
      counts.failed += batches[index]?.length ?? 0
    }
    counts.done = counts.accepted + counts.rejected + counts.failed
    counts.batchesDone++
    onProgress({ ...counts })
  }
}
