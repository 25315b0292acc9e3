/**
 * @module
 * The body the mock POSTs to an account's callback URL when a report arrives, as the
 * provider's delivery page shows it (`webhooks.deliveryReport` in the spec): the status,
 * the message id as a string, the seconds it took and when, in East Africa Time.
 */
import type { DeliveryStatus } from '@sendsms/wire'
import { reportTime, secondsTaken } from '../state/deliveries-times.js'

/**
 * A delivery callback's body.
 * @example
 * const body: DeliveryCallbackBody = { description: 'DeliveredToTerminal', messageid: '1889191', timeTaken: '22s', timestamp: '2025-09-12 10:16:10' }
 */
export interface DeliveryCallbackBody {
  description: DeliveryStatus
  messageid: string
  timeTaken: string
  timestamp: string
}

/**
 * The body for a message's report: it went to the network at `sentAt` and its report
 * came at `reportAt` (both ms since the epoch).
 * @example
 * callbackBody(1889191, 'DeliveredToTerminal', sentAt, sentAt + 22_000)
 * // { description: 'DeliveredToTerminal', messageid: '1889191', timeTaken: '22s', timestamp: '…' }
 */
export function callbackBody(
  messageId: number,
  description: DeliveryStatus,
  sentAt: number,
  reportAt: number,
): DeliveryCallbackBody {
  return {
    description,
    messageid: String(messageId),
    timeTaken: secondsTaken(reportAt - sentAt),
    timestamp: reportTime(reportAt),
  }
}
