/**
 * @module
 * `@sendsms/client`: a typed client for every endpoint of the Advanta SMS API (send, bulk
 * send, OTP and hashed sends, balance, delivery reports and the delivery callback),
 * generated from the project's OpenAPI document. Works in Node 20+, browsers and edge
 * runtimes.
 */
export { formatProviderTime } from '@sendsms/wire'
export { assertAllAccepted } from './assert-all-accepted.js'
export type { Balance, BalanceRequest } from './balance/types.js'
export { MAX_BULK_ITEMS } from './bulk/check-items.js'
export type {
  BulkItem,
  BulkRecipientResult,
  SendBulkOptions,
  SendBulkResult,
} from './bulk/types.js'
export { createClient, type SmsClient } from './create-client.js'
export {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  type DeliveryStatusEntry,
} from './delivery/delivery-statuses.js'
export { parseDeliveryCallback } from './delivery/parse-delivery-callback.js'
export type {
  DeliveryCallbackReport,
  DeliveryReport,
  DeliveryReportRequest,
} from './delivery/types.js'
export * from './errors/index.js'
export type { components, operations, paths, webhooks } from './generated/schema.js'
export type { ClientOptions, FetchFunction } from './options.js'
export { hashMsisdn } from './otp/hash-msisdn.js'
export type { SendHashedRequest, SendOtpRequest } from './otp/types.js'
export type { RecipientResult, SendSmsRequest, SendSmsResult } from './send-sms/types.js'
export { MAX_RECIPIENTS } from './send-sms/validate-input.js'
export * from './settings/index.js'
