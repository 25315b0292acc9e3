/**
 * @module
 * Reading the items of a `sendbulk` list: each item's number, message and `clientsmsid`,
 * and the first item's credentials and shortcode, which speak for every item (the docs:
 * "Any mismatch will default to using credentials in the first object"). An item field
 * of a type the API does not take (an object, an array, a boolean; a `clientsmsid` that is
 * neither text nor a whole number) makes the request unreadable, as the same field at the
 * top level of any endpoint does.
 */
import type { ParamItem, ParamValue } from '../provider/endpoint.js'
import { textOf } from './param-text.js'

/**
 * One item as the rules read it.
 * @example
 * const item: BulkItem = { mobile: '0712345678', message: 'Hi', clientsmsid: 7 }
 */
export interface BulkItem {
  /** The number as sent (a JSON number as its digits); `''` when the item has none. */
  mobile: string
  /** The text; undefined when the item has none. */
  message: string | undefined
  /** The caller's own id, as sent. */
  clientsmsid: string | number | undefined
}

/**
 * The first item's credentials and shortcode, which speak for every item.
 * @example
 * const sender: BulkSender = { apikey: 'sandbox-api-key', partnerID: 12345, shortcode: 'SANDBOX' }
 */
export interface BulkSender {
  apikey: ParamValue | undefined
  partnerID: ParamValue | undefined
  shortcode: ParamValue | undefined
}

// Absent, or `null`, is no value (as at the top level); a wrong type is unreadable.
const UNREADABLE = Symbol('unreadable')

function paramOf(value: unknown): ParamValue | undefined | typeof UNREADABLE {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) {
    return value
  }
  return UNREADABLE
}

function clientIdOf(value: unknown): string | number | undefined | typeof UNREADABLE {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string' || Number.isSafeInteger(value)) return value as string | number
  return UNREADABLE
}

/**
 * The items, in order, or undefined when one of them is unreadable (answered 1009).
 * @example
 * readBulkItems([{ mobile: 254712345678, message: 'Hi', clientsmsid: 1 }])
 * // [{ mobile: '254712345678', message: 'Hi', clientsmsid: 1 }]
 */
export function readBulkItems(list: readonly ParamItem[]): BulkItem[] | undefined {
  const items: BulkItem[] = new Array(list.length)
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as ParamItem
    const mobile = paramOf(item.mobile)
    const message = paramOf(item.message)
    const clientsmsid = clientIdOf(item.clientsmsid)
    if (mobile === UNREADABLE || message === UNREADABLE || clientsmsid === UNREADABLE) {
      return undefined
    }
    items[i] = { mobile: textOf(mobile) ?? '', message: textOf(message), clientsmsid }
  }
  return items
}

/**
 * The first item's credentials and shortcode, or undefined when one is unreadable.
 * @example
 * readBulkSender({ apikey: 'sandbox-api-key', partnerID: '12345', shortcode: 'SANDBOX' })
 */
export function readBulkSender(first: ParamItem): BulkSender | undefined {
  const apikey = paramOf(first.apikey)
  const partnerID = paramOf(first.partnerID)
  const shortcode = paramOf(first.shortcode)
  if (apikey === UNREADABLE || partnerID === UNREADABLE || shortcode === UNREADABLE) {
    return undefined
  }
  return { apikey, partnerID, shortcode }
}
