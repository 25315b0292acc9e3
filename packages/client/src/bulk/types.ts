/**
 * @module
 * The public shapes of `sendBulk`: up to `MAX_BULK_ITEMS` messages, each to its own number,
 * and the rows the provider answers, each matched back to its item.
 */
import type { RecipientResult } from '../send-sms/types.js'
import type { RequestOptions } from '../transport/request-options.js'

/**
 * One message of a bulk send.
 * @example
 * const item: BulkItem = { to: '254712345678', message: 'Your order 1001 has shipped', clientSmsId: 1001 }
 */
export interface BulkItem {
  /** One number, in any Kenyan form; the provider judges it. */
  to: string
  /** The text, ideally in the GSM 7-bit alphabet. Must not be empty. */
  message: string
  /**
   * Your own id for this message (`clientsmsid`), echoed in its row: the one handle to
   * reconcile what was sent. A non-blank string or a non-negative integer.
   */
  clientSmsId?: string | number
}

/**
 * Options of `sendBulk`.
 * @example
 * const options: SendBulkOptions = { signal: AbortSignal.timeout(10_000) }
 */
export interface SendBulkOptions extends RequestOptions {}

/**
 * The outcome of one item of a bulk send.
 * @example
 * const row: BulkRecipientResult = { mobile: '254712345678', messageId: '100000001', networkId: '1', code: 200, description: 'Success', ok: true, clientSmsId: '1001', index: 0 }
 */
export interface BulkRecipientResult extends RecipientResult {
  /** The item's `clientSmsId` as text, as echoed by the provider (else as given). */
  clientSmsId: string | undefined
  /** The position of the row's item in the list given to `sendBulk`; `undefined` if none matches. */
  index: number | undefined
}

/**
 * Every row of a bulk send, split into accepted and rejected, as for `sendSms`.
 * @example
 * const result = await client.sendBulk(items)
 * for (const row of result.rejected) console.warn(items[row.index ?? -1], row.description)
 */
export interface SendBulkResult {
  /** All rows, in the provider's order. */
  results: BulkRecipientResult[]
  /** Rows with `ok === true`. */
  accepted: BulkRecipientResult[]
  /** Rows with `ok === false`. */
  rejected: BulkRecipientResult[]
  /** `true` when no row was rejected. */
  allAccepted: boolean
}
