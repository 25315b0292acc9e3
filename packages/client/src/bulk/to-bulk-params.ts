/**
 * @module
 * Builds the body of a bulk send: `count` and `smslist`, each item carrying the account's
 * credentials and sender ID as the docs show (the provider reads the first item's for all).
 */
import type { ResolvedOptions } from '../options.js'
import { type SenderParams, senderParams } from '../request/credential-params.js'
import type { SpecFields } from '../request/spec-fields.js'
import type { CheckedItem } from './check-items.js'

/**
 * One item of `smslist` on the wire.
 * @example
 * const item: BulkItemParams = { apikey: 'k', partnerID: '12345', shortcode: 'SANDBOX', clientsmsid: 1001, mobile: '254712345678', message: 'Hi' }
 */
export type BulkItemParams = SenderParams &
  SpecFields<'SendBulkItem', 'clientsmsid'> &
  Required<SpecFields<'SendBulkItem', 'mobile' | 'message'>>

/**
 * The body of a bulk send.
 * @example
 * const params: BulkParams = { count: 1, smslist: [{ mobile: '254712345678', message: 'Hi' }] }
 */
export type BulkParams = Required<SpecFields<'SendBulkRequest', 'count'>> & {
  smslist: BulkItemParams[] & Required<SpecFields<'SendBulkRequest', 'smslist'>>['smslist']
}

/**
 * The body for checked items; a `clientSmsId` goes as given, a missing one is left out.
 * @example
 * toBulkParams([{ mobile: '254712345678', message: 'Hi', clientSmsId: 1001 }], options)
 * // { count: 1, smslist: [{ apikey, partnerID, shortcode, clientsmsid: 1001, mobile: '254712345678', message: 'Hi' }] }
 */
export function toBulkParams(items: readonly CheckedItem[], options: ResolvedOptions): BulkParams {
  const sender = senderParams(options)
  return {
    count: items.length,
    smslist: items.map(({ mobile, message, clientSmsId }) => ({
      ...sender,
      ...(clientSmsId === undefined ? {} : { clientsmsid: clientSmsId }),
      mobile,
      message,
    })),
  }
}
