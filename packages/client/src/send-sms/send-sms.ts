/**
 * @module
 * `sendSms`: one message to any number of recipients, now or scheduled (`sendsms`). More
 * than `MAX_RECIPIENTS` are split into several requests, run a few at a time, and every
 * recipient is accounted for, whatever happens part-way.
 */
import { ENDPOINTS } from '@sendsms/wire'
import type { EndpointContext } from '../endpoint-context.js'
import { IncompleteSendError } from '../errors/incomplete-send-error.js'
import { accountSend, mayHaveBeenSent, type SentBatch } from './account-send.js'
import { checkBatching } from './check-batching.js'
import { prepareText } from './message-text.js'
import { readAnswer } from './read-answer.js'
import { type BatchOutcome, type BatchRun, runBatches } from './run-batches.js'
import { splitBatches } from './split-batches.js'
import { toSendParams } from './to-params.js'
import type { AccountedSendResult, SendSmsProgress, SendSmsRequest } from './types.js'
import { checkMethod, checkSend } from './validate-input.js'

/**
 * Checks the send, makes one call per batch of at most `MAX_RECIPIENTS` numbers and reads
 * their rows. Resolves when every batch was answered; otherwise rejects with the first
 * failure when no recipient was accepted (as a send of one request always did), else with
 * an `IncompleteSendError` carrying the accounted result.
 * @example
 * const result = await sendSms(context, { to: numbers, message: 'Hello', concurrency: 2 })
 */
export async function sendSms(
  context: EndpointContext,
  request: SendSmsRequest,
): Promise<AccountedSendResult> {
  const method = checkMethod(request.method)
  const send = checkSend(request)
  const { concurrency, onProgress, timeoutMs } = checkBatching(request)
  const text = await prepareText(send.message, request.nonGsm)
  // Built once, so missing credentials are refused before any batch, and each batch only
  // puts its own numbers into the same parameters.
  const params = toSendParams({ ...send, message: text.message, mobiles: [] }, context.options)
  const batches = splitBatches(send.mobiles)
  const sendBatch = async (index: number): Promise<SentBatch> => {
    const batch = batches[index] ?? []
    const answer = await context.call({
      path: ENDPOINTS.sendsms.path,
      method,
      params: { ...params, mobile: batch.join(',') },
      signal: request.signal,
      timeoutMs,
    })
    return readAnswer(answer.status, answer.text, batch)
  }
  const run = await runBatches({
    count: batches.length,
    concurrency,
    signal: request.signal,
    send: sendBatch,
    settled: onProgress && progressReporter(batches, send.mobiles.length, onProgress),
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
