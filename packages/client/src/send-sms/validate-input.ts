/**
 * @module
 * Checks a send before any request is made, so mistakes the client can see fail
 * fast with an `InvalidRequestError` naming the field, and nothing is sent.
 */
import { MAX_RECIPIENTS, splitNumbers } from '@sendsms/wire'
import { InvalidRequestError } from '../errors/request-errors.js'
import type { SendSmsRequest } from './types.js'

/**
 * The API's limit of comma-separated numbers per request (it answers 1104 above), from
 * the OpenAPI document. `sendSms` splits a longer list into requests of at most this many.
 * @example
 * const requests = Math.ceil(numbers.length / MAX_RECIPIENTS) // what sendSms({ to: numbers }) makes
 */
export { MAX_RECIPIENTS }

/** A send that passed the checks, ready to be turned into wire parameters. */
export interface CheckedSend {
  mobiles: string[]
  message: string
  timeToSend: string | number | undefined
}

/**
 * Splits each string of `to` on commas, trims each number and drops empty entries.
 * @example
 * splitRecipients(['254712345678, 0733123456', ' ']) // ['254712345678', '0733123456']
 */
export function splitRecipients(to: string | string[]): string[] {
  if (typeof to === 'string') return splitNumbers(to)
  const numbers: string[] = []
  // A plain loop: a flatMap chain allocated arrays per send of 1000 numbers and was a
  // sixth of the client's CPU (see bench/README.md).
  for (const part of to) {
    if (typeof part !== 'string') continue
    // One number per item is the usual list: read without the list of splitNumbers, which
    // was an array per recipient on a send of 100 000 (see bench/README.md).
    if (part.indexOf(',') === -1) {
      const number = part.trim()
      if (number !== '') numbers.push(number)
      continue
    }
    for (const number of splitNumbers(part)) numbers.push(number)
  }
  return numbers
}

/**
 * The text of a message, or throws `InvalidRequestError('message')` when it is empty or blank.
 * @example
 * checkMessage('Hi') // 'Hi'
 */
export function checkMessage(message: unknown): string {
  if (typeof message !== 'string' || message.trim() === '') {
    throw new InvalidRequestError('message', 'message must not be empty')
  }
  return message
}

/**
 * The numbers of `to`, or throws `InvalidRequestError('to')` for none. Any count from one:
 * `sendSms` splits more than `MAX_RECIPIENTS` into several requests.
 * @example
 * listRecipients(['254712345678, 0733123456']) // ['254712345678', '0733123456']
 */
export function listRecipients(to: string | string[]): string[] {
  const mobiles = splitRecipients(to)
  if (mobiles.length === 0) {
    throw new InvalidRequestError('to', 'to must hold at least one number')
  }
  return mobiles
}

/**
 * The numbers of `to` for one request, or throws `InvalidRequestError('to')` for none or
 * more than `MAX_RECIPIENTS` (the OTP endpoints, which take one request per call).
 * @example
 * checkRecipients('254712345678, 0733123456') // ['254712345678', '0733123456']
 */
export function checkRecipients(to: string | string[]): string[] {
  const mobiles = listRecipients(to)
  if (mobiles.length > MAX_RECIPIENTS) {
    throw new InvalidRequestError(
      'to',
      `to holds ${mobiles.length} numbers; the API takes at most ${MAX_RECIPIENTS} per request, so split the list`,
    )
  }
  return mobiles
}

/**
 * The HTTP method of a send, `POST` unless given; throws `InvalidRequestError('method')`
 * for anything but GET or POST.
 * @example
 * checkMethod(undefined) // 'POST'
 */
export function checkMethod(method: unknown): 'GET' | 'POST' {
  if (method === undefined) return 'POST'
  if (method !== 'GET' && method !== 'POST') {
    throw new InvalidRequestError('method', "method must be 'GET' or 'POST'")
  }
  return method
}

/**
 * Validates a send of any number of recipients; rejects with `InvalidRequestError` for the
 * first bad field. The reading of `sendAt` (its forms, East Africa Time) loads with
 * `import()` when a send has one, so a bundle of `sendSms` holds it only as a chunk fetched
 * by the first scheduled send.
 * @example
 * await checkSend({ to: '254712345678', message: 'Hi' }) // { mobiles: ['254712345678'], message: 'Hi', timeToSend: undefined }
 */
export async function checkSend(request: SendSmsRequest): Promise<CheckedSend> {
  const message = checkMessage(request.message)
  const mobiles = listRecipients(request.to)
  const timeToSend =
    request.sendAt === undefined
      ? undefined
      : (await import('../send-at.js')).toTimeToSend(request.sendAt)
  return { mobiles, message, timeToSend }
}
