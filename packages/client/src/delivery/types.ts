/**
 * @module
 * The public shapes of delivery reports: the one `getDeliveryReport` asks for, and the one
 * the provider pushes to an account's callback URL (`parseDeliveryCallback`). Both name the
 * status as the provider does and add what its table says of it.
 */
import type { RequestOptions } from '../transport/request-options.js'
import type { DeliveryStatus } from './delivery-statuses.js'

/**
 * Options of `getDeliveryReport`.
 * @example
 * const options: DeliveryReportRequest = { method: 'GET', signal: AbortSignal.timeout(5_000) }
 */
export interface DeliveryReportRequest extends RequestOptions {
  /** HTTP method. Default `'POST'` (JSON body); `'GET'` sends a query string. */
  method?: 'GET' | 'POST'
}

/**
 * The delivery report of one message, with the wire's drifting types made uniform.
 * @example
 * const report: DeliveryReport = {
 *   messageId: '100000001', status: 'DeliveredToTerminal', statusCode: 32, final: true,
 *   turnaround: '00:02:30', turnaroundSeconds: 150, networkId: '1',
 *   deliveredAt: new Date('2024-11-01T08:15:32Z'),
 * }
 */
export interface DeliveryReport {
  /** The message's id (`message-id`), as a string. */
  messageId: string
  /** The status as the provider words it (`delivery-description`), e.g. `DeliveredToTerminal`. */
  status: DeliveryStatus
  /** The status's number as sent (`delivery-status`), else the spec's number for `status`. */
  statusCode: number
  /** `false` while the message may still move on (`Scheduled`, `SentToNetwork`), else `true`. */
  final: boolean
  /** The turnaround from send to report as sent (`delivery-tat`, e.g. `"00:02:30"`). */
  turnaround: string | undefined
  /** The same turnaround in seconds (`150`), when it could be read. */
  turnaroundSeconds: number | undefined
  /** Network of the number (1 Safaricom, 2 Airtel, 3 Telkom) when reported. */
  networkId: string | undefined
  /** When the report arrived (`delivery-time`, read in East Africa Time). */
  deliveredAt: Date | undefined
}

/**
 * A delivery report pushed to an account's callback URL, as `parseDeliveryCallback` reads it.
 * @example
 * const report: DeliveryCallbackReport = {
 *   messageId: '1889191', status: 'DeliveredToTerminal', statusCode: 32, final: true,
 *   timeTaken: 22, timestamp: new Date('2025-09-12T07:16:10Z'),
 * }
 */
export interface DeliveryCallbackReport {
  /** The message's id (`messageid`). */
  messageId: string
  /** The status as the provider words it (`description`). */
  status: DeliveryStatus
  /** The spec's number for `status`, as `getDeliveryReport` reports it in `statusCode`. */
  statusCode: number
  /** `false` while the message may still move on, else `true`. */
  final: boolean
  /** The turnaround from send to report in seconds (`timeTaken: "22s"` is `22`), when sent. */
  timeTaken: number | undefined
  /** When the report arrived (`timestamp`, read in East Africa Time). */
  timestamp: Date
}
