/**
 * @module
 * `@sendsms/client`: a typed client for every endpoint of the Advanta SMS API (send, bulk
 * send, OTP and hashed sends, balance, delivery reports and the delivery callback),
 * generated from the project's OpenAPI document. Works in Node 20+, browsers and edge
 * runtimes.
 */
export { analyzeMessage, formatProviderTime, type MessageAnalysis } from '@sendsms/wire'
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
export type {
  ClientHooks,
  RequestEvent,
  ResponseEvent,
  RetryEvent,
} from './hooks/types.js'
export { applyTextPolicy, type TextPolicy } from './message/text-policy.js'
export { type TextPolicyResult, transliterate } from './message/transliterate.js'
export { type ClientOptions, DEFAULT_MAX_RETRIES, type FetchFunction } from './options.js'
export { hashMsisdn, isHashedMsisdn } from './otp/hash-msisdn.js'
export type { SendHashedRequest, SendOtpRequest } from './otp/types.js'
export { BACKOFF_BASE_MS, BACKOFF_CAP_MS } from './retry/backoff.js'
export type { Clock } from './retry/clock.js'
export { NO_PROVIDER_CODE } from './send-sms/account-send.js'
export { DEFAULT_SEND_CONCURRENCY } from './send-sms/check-batching.js'
export type {
  AccountedRow,
  AccountedSendResult,
  NotAttemptedReason,
  RecipientResult,
  RecipientStatus,
  SendSmsProgress,
  SendSmsRequest,
  SendSmsResult,
} from './send-sms/types.js'
export { MAX_RECIPIENTS } from './send-sms/validate-input.js'
export * from './settings/index.js'
export type { RequestOptions } from './transport/request-options.js'
export { USER_AGENT } from './transport/user-agent.js'
