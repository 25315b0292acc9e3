/**
 * @module
 * The entry point: `createClient()` resolves options once and returns an `SmsClient`.
 * Each method is one endpoint, in a module of its own: it checks its input, makes one call
 * through the call `bindCall` shares (transport, timeout, redaction) and reads the answer.
 */
import { getBalance } from './balance/get-balance.js'
import type { Balance, BalanceRequest } from './balance/types.js'
import { sendBulk } from './bulk/send-bulk.js'
import type { BulkItem, SendBulkOptions, SendBulkResult } from './bulk/types.js'
import { getDeliveryReport } from './delivery/get-delivery-report.js'
import type { DeliveryReport, DeliveryReportRequest } from './delivery/types.js'
import type { EndpointContext } from './endpoint-context.js'
import { type ClientOptions, resolveOptions } from './options.js'
import { sendHashed } from './otp/send-hashed.js'
import { sendOtp } from './otp/send-otp.js'
import type { SendHashedRequest, SendOtpRequest } from './otp/types.js'
import { sendSms } from './send-sms/send-sms.js'
import type { SendSmsRequest, SendSmsResult } from './send-sms/types.js'
import { bindCall } from './transport/bind-call.js'

/**
 * A client bound to one account. Every method makes at most one request; each rejects
 * with a `SendSmsError` subclass when the request as a whole failed.
 * @example
 * const client: SmsClient = createClient()
 * await client.sendSms({ to: '254712345678', message: 'Hello' })
 */
export interface SmsClient {
  /**
   * Sends one message to one or more numbers (`sendsms`). Resolves with per-recipient rows
   * (some may be rejected: check `allAccepted` or call `assertAllAccepted`).
   */
  sendSms(request: SendSmsRequest): Promise<SendSmsResult>
  /**
   * Sends up to `MAX_BULK_ITEMS` messages, each to its own number (`sendbulk`). Resolves
   * with one row per item, each with the item's `clientSmsId` and `index`.
   */
  sendBulk(items: readonly BulkItem[], options?: SendBulkOptions): Promise<SendBulkResult>
  /** Sends an OTP or transactional message (`sendotp`); resolves as `sendSms` does. */
  sendOtp(request: SendOtpRequest): Promise<SendSmsResult>
  /**
   * Sends a transactional message to hashed Safaricom numbers (`sendotp` with
   * `hashed: true`); numbers are hashed by the client. Rows carry the hash as `mobile`.
   */
  sendHashed(request: SendHashedRequest): Promise<SendSmsResult>
  /** The account's remaining credit (`getbalance`). */
  getBalance(request?: BalanceRequest): Promise<Balance>
  /**
   * The delivery report of a sent message (`getdlr`). Rejects with `NoDeliveryReportError`
   * when there is none yet (or the id is not the account's).
   */
  getDeliveryReport(
    messageId: string | number,
    request?: DeliveryReportRequest,
  ): Promise<DeliveryReport>
}

/**
 * Creates a client. Options fall back to the ADVANTA_* variables of `options.env`, or of
 * `process.env` where it exists when no `env` is given. Never throws: bad options surface
 * as an `InvalidRequestError` from each method.
 * @example
 * import { createClient } from '@sendsms/client'
 * const client = createClient({ baseUrl: 'http://127.0.0.1:4010', apiKey: 'sandbox-api-key', partnerId: '12345', shortcode: 'SANDBOX' })
 * const result = await client.sendSms({ to: '254712345678', message: 'Hello' })
 * console.log(result.accepted[0]?.messageId)
 */
export function createClient(options: ClientOptions = {}): SmsClient {
  const resolved = resolveOptions(options)
  const context: EndpointContext = { call: bindCall(resolved), options: resolved }
  return {
    sendSms: (request) => sendSms(context, request),
    sendBulk: (items, bulkOptions) => sendBulk(context, items, bulkOptions),
    sendOtp: (request) => sendOtp(context, request),
    sendHashed: (request) => sendHashed(context, request),
    getBalance: (request) => getBalance(context, request),
    getDeliveryReport: (messageId, request) => getDeliveryReport(context, messageId, request),
  }
}
