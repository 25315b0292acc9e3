/**
 * @module
 * Every error class of the client and the factory that picks one for a provider code.
 */
export * from './api-errors.js'
export { errorFromCode } from './error-from-code.js'
export { IncompleteSendError } from './incomplete-send-error.js'
export { type CallbackField, InvalidCallbackError } from './invalid-callback-error.js'
export { PartialFailureError } from './partial-failure-error.js'
export type { InvalidField } from './request-errors.js'
export {
  ConnectionError,
  InvalidRequestError,
  RequestAbortedError,
  TimeoutError,
  UnexpectedResponseError,
} from './request-errors.js'
export { describeCode, RESPONSE_CODES, type ResponseCode } from './response-codes.js'
export { SendSmsError, type SendSmsErrorOptions } from './send-sms-error.js'
