/**
 * @module
 * The single factory that turns a top-level provider code into its error class, so
 * the mapping lives in one table (also the source of the README's code table).
 */
import {
  ApiError,
  DetailsNotFoundError,
  InvalidCredentialsError,
  InvalidMobileNumberError,
  InvalidSenderIdError,
  LowCreditError,
  NetworkNotAllowedError,
  NoApiKeyError,
  NoDeliveryReportError,
  NoPartnerIdError,
  SystemError,
  TooManyContactsError,
  TooManyMessagesOnSmsListError,
  TryLaterError,
  UnsupportedDataTypeError,
  UnsupportedRequestTypeError,
} from './api-errors.js'
import { describeCode } from './response-codes.js'

type ApiErrorClass = new (code: number, description: string) => ApiError

const CLASS_BY_CODE: ReadonlyMap<number, ApiErrorClass> = new Map<number, ApiErrorClass>([
  [1001, InvalidSenderIdError],
  [1002, NetworkNotAllowedError],
  [1003, InvalidMobileNumberError],
  [1004, LowCreditError],
  [1005, SystemError],
  [1006, InvalidCredentialsError],
  [1007, SystemError],
  [1008, NoDeliveryReportError],
  [1009, UnsupportedDataTypeError],
  [1010, UnsupportedRequestTypeError],
  [1012, TooManyMessagesOnSmsListError],
  [1104, TooManyContactsError],
  [4090, TryLaterError],
  [4091, NoPartnerIdError],
  [4092, NoApiKeyError],
  [4093, DetailsNotFoundError],
])

/**
 * The error for a request-wide provider code. Codes without a class of their own
 * (undocumented ones) give a plain `ApiError`. Without a description the
 * documented one is used.
 * @example
 * const error = errorFromCode(1006, 'Invalid credentials')
 * error instanceof InvalidCredentialsError // true
 * error.message // 'Invalid credentials (code 1006)'
 */
export function errorFromCode(code: number, description?: string): ApiError {
  const text = description?.trim() || describeCode(code) || 'Unknown error'
  const ErrorClass = CLASS_BY_CODE.get(code) ?? ApiError
  return new ErrorClass(code, text)
}
