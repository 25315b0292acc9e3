/**
 * @module
 * Checks how a send is to be split and run (`concurrency`, `onProgress`, `timeoutMs`) and
 * refuses keys a send does not know, before any request, so a mistake there fails with an
 * `InvalidRequestError` and nothing is sent.
 */
import { InvalidRequestError } from '../errors/request-errors.js'
import { rejectUnknownKeys } from '../request/known-keys.js'
import { checkTimeoutMs } from '../transport/check-transport.js'
import { REQUEST_OPTION_KEYS } from '../transport/request-options.js'
import type { SendSmsProgress, SendSmsRequest } from './types.js'

/**
 * Requests of one send in flight at once, unless the send says otherwise. Four overlap the
 * round trips of a large send (each request of 1000 numbers waits on the provider) while
 * keeping one account's load modest, and bound what is in flight when a request fails:
 * at most three others, whose outcomes are still counted. The provider documents no rate
 * limit; lower it if yours has one.
 * @example
 * await client.sendSms({ to: numbers, message: 'Hi', concurrency: DEFAULT_SEND_CONCURRENCY * 2 })
 */
export const DEFAULT_SEND_CONCURRENCY = 4

/**
 * The keys of a `SendSmsRequest`.
 * @example
 * SEND_SMS_KEYS.includes('concurrency') // true
 */
export const SEND_SMS_KEYS: readonly (keyof SendSmsRequest)[] = [
  'to',
  'message',
  'sendAt',
  'method',
  ...REQUEST_OPTION_KEYS,
  'concurrency',
  'onProgress',
  'nonGsm',
]

/** How a checked send runs its requests. */
export interface CheckedBatching {
  concurrency: number
  onProgress: ((progress: SendSmsProgress) => void) | undefined
  timeoutMs: number | undefined
}

/**
 * Checks the batching fields of a send; throws `InvalidRequestError` (`request` for a key
 * a send does not know, a `concurrency` that is not a positive integer or an `onProgress`
 * that is not a function; `timeoutMs` for a time limit that is not positive).
 * @example
 * checkBatching({ to: '254712345678', message: 'Hi' }) // { concurrency: 4, onProgress: undefined, timeoutMs: undefined }
 */
export function checkBatching(request: SendSmsRequest): CheckedBatching {
  rejectUnknownKeys(request, SEND_SMS_KEYS, 'request')
  const { concurrency = DEFAULT_SEND_CONCURRENCY, onProgress, timeoutMs } = request
  if (!Number.isSafeInteger(concurrency) || concurrency < 1) {
    throw new InvalidRequestError('request', 'concurrency must be a positive integer')
  }
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new InvalidRequestError('request', 'onProgress must be a function')
  }
  if (timeoutMs !== undefined) checkTimeoutMs(timeoutMs)
  return { concurrency, onProgress, timeoutMs }
}
