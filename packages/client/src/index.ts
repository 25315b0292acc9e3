/**
 * @module
 * `@sendsms/client`: a typed client for the Advanta SMS API (send SMS), generated
 * from the project's OpenAPI document. Works in Node 20+, browsers and edge runtimes.
 */
export { formatProviderTime } from '@sendsms/wire'
export { assertAllAccepted } from './assert-all-accepted.js'
export { createClient, type SmsClient } from './create-client.js'
export * from './errors/index.js'
export type { components, operations, paths } from './generated/schema.js'
export type { ClientOptions, FetchFunction } from './options.js'
export type { RecipientResult, SendSmsRequest, SendSmsResult } from './send-sms/types.js'
export { MAX_RECIPIENTS } from './send-sms/validate-input.js'
export * from './settings/index.js'
