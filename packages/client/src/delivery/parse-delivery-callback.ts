/**
 * @module
 * `parseDeliveryCallback`: checks a payload the provider POSTed to an application's callback
 * URL (the spec's `webhooks.deliveryReport`, schema `DeliveryCallback`) and reads it as a
 * typed report. Unlike the reading of answers it is strict: a webhook is open to anyone who
 * finds its URL, so what the spec refuses is refused here too, naming the field.
 */
import { parseProviderTime } from '@sendsms/wire'
import { isObject } from '../answers/read-body.js'
import { InvalidCallbackError } from '../errors/invalid-callback-error.js'
import { statusNamed } from './delivery-statuses.js'
import { turnaroundSeconds } from './turnaround.js'
import type { DeliveryCallbackReport } from './types.js'

/**
 * Reads a delivery callback: the parsed JSON body, or its text. Throws
 * `InvalidCallbackError` naming the field when the payload is not a JSON object, when
 * `description` is not a status of the spec (spelled as the spec does), when `messageid` is
 * not a non-empty string, when `timestamp` is not a provider time, or when a `timeTaken` is
 * not a number of seconds.
 * @example
 * import { parseDeliveryCallback } from '@sendsms/client'
 * const report = parseDeliveryCallback(await request.text())
 * // { messageId: '1889191', status: 'DeliveredToTerminal', statusCode: 32, final: true, timeTaken: 22, timestamp: 2025-09-12T07:16:10.000Z }
 */
export function parseDeliveryCallback(body: unknown): DeliveryCallbackReport {
  const payload = typeof body === 'string' ? parseJson(body) : body
  if (!isObject(payload)) {
    throw new InvalidCallbackError('body', 'A delivery callback must be a JSON object')
  }
  const { description, messageid, timeTaken, timestamp } = payload
  const entry = typeof description === 'string' ? statusNamed(description) : undefined
  if (!entry) {
    throw new InvalidCallbackError(
      'description',
      'A delivery callback needs a description that is a delivery status of the spec, such as DeliveredToTerminal',
    )
  }
  if (typeof messageid !== 'string' || messageid.trim() === '') {
    throw new InvalidCallbackError('messageid', 'A delivery callback needs messageid as a string')
  }
  const at = typeof timestamp === 'string' ? parseProviderTime(timestamp) : undefined
  if (!at) {
    throw new InvalidCallbackError(
      'timestamp',
      "A delivery callback needs a timestamp such as '2025-09-12 10:16:10' (East Africa Time)",
    )
  }
  const seconds = typeof timeTaken === 'string' ? turnaroundSeconds(timeTaken) : undefined
  if (timeTaken !== undefined && seconds === undefined) {
    throw new InvalidCallbackError(
      'timeTaken',
      "A delivery callback's timeTaken must be a number of seconds such as '22s'",
    )
  }
  return {
    messageId: messageid,
    status: entry.description,
    statusCode: entry.status,
    final: entry.final,
    timeTaken: seconds,
    timestamp: at,
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new InvalidCallbackError('body', 'A delivery callback must be JSON')
  }
}
