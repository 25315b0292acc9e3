/**
 * @module
 * `sendSms`: one message to any number of recipients, now or scheduled (`sendsms`). More
 * than `MAX_RECIPIENTS` are split into several requests, run a few at a time, and every
 * recipient is accounted for, whatever happens part-way.
 */
import { ENDPOINTS } from '@sendsms/wire'
import type { EndpointContext } from '../endpoint-context.js'
import { accountOne } from './account-one.js'
import { checkBatching } from './check-batching.js'
import { prepareText } from './message-text.js'
import { readAnswer, type SentBatch } from './read-answer.js'
import { splitBatches } from './split-batches.js'
import { toSendParams } from './to-params.js'
import type { AccountedSendResult, SendSmsRequest } from './types.js'
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
  const send = await checkSend(request)
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
  // One request and no progress to report (every send up to MAX_RECIPIENTS numbers): its
  // rows are the result and its error is the send's error, exactly what the accounting of
  // several requests gives for one. That accounting loads with `import()` only for the
  // sends that need it, so a bundle of `sendSms` holds it as a chunk of its own.
  if (batches.length === 1 && onProgress === undefined) {
    return { ...accountOne(await sendBatch(0)), ...text }
  }
  const { sendBatches } = await import('./send-batches.js')
  return sendBatches(
    { batches, concurrency, signal: request.signal, send: sendBatch, onProgress },
    text,
  )
}
