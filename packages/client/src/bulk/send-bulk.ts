/**
 * @module
 * `sendBulk`: up to `MAX_BULK_ITEMS` messages, each to its own number, in one request
 * (`sendbulk`, POST only).
 */
import { ENDPOINTS } from '@sendsms/wire'
import type { EndpointContext } from '../endpoint-context.js'
import { rejectUnknownKeys } from '../request/known-keys.js'
import { REQUEST_OPTION_KEYS } from '../transport/request-options.js'
import { checkItems } from './check-items.js'
import { readBulkAnswer } from './read-bulk-answer.js'
import { toBulkParams } from './to-bulk-params.js'
import type { BulkItem, SendBulkOptions, SendBulkResult } from './types.js'

/**
 * Checks the items, makes one POST and reads its rows, each matched to its item. An unknown
 * key in `options` is refused (`InvalidRequestError('request')`) before anything is sent.
 * @example
 * const result = await sendBulk(context, [{ to: '254712345678', message: 'Hi', clientSmsId: 1 }], {})
 */
export async function sendBulk(
  context: EndpointContext,
  items: readonly BulkItem[],
  options: SendBulkOptions = {},
): Promise<SendBulkResult> {
  rejectUnknownKeys(options, REQUEST_OPTION_KEYS, 'request')
  const checked = checkItems(items)
  const answer = await context.call({
    path: ENDPOINTS.sendbulk.path,
    method: 'POST',
    params: toBulkParams(checked, context.options),
    signal: options.signal,
    timeoutMs: options.timeoutMs,
  })
  return readBulkAnswer(answer.status, answer.text, checked)
}
