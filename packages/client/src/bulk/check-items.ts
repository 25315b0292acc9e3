/**
 * @module
 * Checks a bulk send before any request: the list's length against `MAX_BULK_ITEMS` (the API
 * answers 1012 above it) and each item's number, text and id, so a mistake fails with an
 * `InvalidRequestError` naming the field and the item, and nothing is sent.
 */
import { MAX_BULK_ITEMS, splitNumbers } from '@sendsms/wire'
import { isObject } from '../answers/read-body.js'
import { InvalidRequestError } from '../errors/request-errors.js'

/**
 * The most messages one bulk send may carry, from the OpenAPI document.
 * @example
 * for (let i = 0; i < items.length; i += MAX_BULK_ITEMS) {
 *   await client.sendBulk(items.slice(i, i + MAX_BULK_ITEMS))
 * }
 */
export { MAX_BULK_ITEMS }

/** An item that passed the checks. */
export interface CheckedItem {
  mobile: string
  message: string
  clientSmsId: string | number | undefined
}

/**
 * Validates the items; throws `InvalidRequestError` for the list (`items`) or the first bad
 * field of an item (`to`, `message`, `clientSmsId`, its message naming `items[i]`).
 * @example
 * checkItems([{ to: ' 254712345678 ', message: 'Hi', clientSmsId: 7 }])
 * // [{ mobile: '254712345678', message: 'Hi', clientSmsId: 7 }]
 */
export function checkItems(items: unknown): CheckedItem[] {
  if (!Array.isArray(items)) {
    throw new InvalidRequestError('items', 'items must be an array of { to, message } objects')
  }
  if (items.length === 0) {
    throw new InvalidRequestError('items', 'items must hold at least one message')
  }
  if (items.length > MAX_BULK_ITEMS) {
    throw new InvalidRequestError(
      'items',
      `items holds ${items.length} messages; the API takes at most ${MAX_BULK_ITEMS} per request, so split the list`,
    )
  }
  return items.map(checkItem)
}

function checkItem(item: unknown, index: number): CheckedItem {
  const at = `items[${index}]`
  if (!isObject(item)) {
    throw new InvalidRequestError('items', `${at} must be a { to, message } object`)
  }
  const numbers = typeof item.to === 'string' ? splitNumbers(item.to) : []
  if (numbers.length !== 1) {
    throw new InvalidRequestError('to', `${at}.to must hold exactly one number`)
  }
  const { message, clientSmsId } = item
  if (typeof message !== 'string' || message.trim() === '') {
    throw new InvalidRequestError('message', `${at}.message must not be empty`)
  }
  if (clientSmsId !== undefined && !isClientSmsId(clientSmsId)) {
    throw new InvalidRequestError(
      'clientSmsId',
      `${at}.clientSmsId must be a non-blank string or a non-negative integer`,
    )
  }
  return { mobile: numbers[0] as string, message, clientSmsId }
}

function isClientSmsId(value: unknown): value is string | number {
  if (typeof value === 'string') return value.trim() !== ''
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}
