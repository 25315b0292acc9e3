/**
 * @module
 * Request-wide errors answered by the provider (a top-level `response-code` in an
 * HTTP 200 body): one class per documented code, so callers can `instanceof` them.
 */
import { SendSmsError } from './send-sms-error.js'

/**
 * The provider refused the whole request; no message was sent (`mayHaveBeenSent` is
 * `false`). Subclasses name the reason; an undocumented code stays a plain `ApiError`.
 * @example
 * if (error instanceof ApiError) console.error(error.code, error.description)
 */
export class ApiError extends SendSmsError {
  override name = 'ApiError'
  /** The provider's `response-code`. */
  readonly code: number
  /** The provider's `response-description`. */
  readonly description: string

  constructor(code: number, description: string) {
    super(`${description} (code ${code})`, { mayHaveBeenSent: false })
    this.code = code
    this.description = description
  }
}

/**
 * 1001: the shortcode (sender ID) is not assigned to the account; it is case-sensitive.
 * @example
 * if (error instanceof InvalidSenderIdError) console.error('check ADVANTA_SHORTCODE')
 */
export class InvalidSenderIdError extends ApiError {
  override name = 'InvalidSenderIdError'
}

/**
 * 1002: the network of the number is not allowed.
 * @example
 * if (error instanceof NetworkNotAllowedError) console.error(error.description)
 */
export class NetworkNotAllowedError extends ApiError {
  override name = 'NetworkNotAllowedError'
}

/**
 * 1003: the mobile number is invalid (usually a per-row code; this is its top-level form).
 * @example
 * if (error instanceof InvalidMobileNumberError) console.error(error.description)
 */
export class InvalidMobileNumberError extends ApiError {
  override name = 'InvalidMobileNumberError'
}

/**
 * 1004: the account has too little credit for this send.
 * @example
 * if (error instanceof LowCreditError) alertOps('top up the SMS account')
 */
export class LowCreditError extends ApiError {
  override name = 'LowCreditError'
}

/**
 * 1005 or 1007: "Failed. System error" on the provider's side; `code` tells which.
 * @example
 * if (error instanceof SystemError) console.error(`provider failure ${error.code}`)
 */
export class SystemError extends ApiError {
  override name = 'SystemError'
}

/**
 * 1006: the apikey and partnerID do not match an account.
 * @example
 * if (error instanceof InvalidCredentialsError) console.error('check ADVANTA_API_KEY and ADVANTA_PARTNER_ID')
 */
export class InvalidCredentialsError extends ApiError {
  override name = 'InvalidCredentialsError'
}

/**
 * 1008 (the code table's "No Delivery Report"), or 1009 "No dlr" as the docs' example of
 * `getdlr` words it: the message has no report yet, or the account never sent it. `code`
 * tells which the provider answered.
 * @example
 * if (error instanceof NoDeliveryReportError) setTimeout(pollAgain, 60_000)
 */
export class NoDeliveryReportError extends ApiError {
  override name = 'NoDeliveryReportError'
}

/**
 * 1009: the body or `timeToSend` could not be read.
 * @example
 * if (error instanceof UnsupportedDataTypeError) console.error(error.description)
 */
export class UnsupportedDataTypeError extends ApiError {
  override name = 'UnsupportedDataTypeError'
}

/**
 * 1010: the HTTP method is not GET or POST.
 * @example
 * if (error instanceof UnsupportedRequestTypeError) console.error(error.description)
 */
export class UnsupportedRequestTypeError extends ApiError {
  override name = 'UnsupportedRequestTypeError'
}

/**
 * 1012: more than 1000 messages in one bulk send (the client refuses this before sending).
 * @example
 * if (error instanceof TooManyMessagesOnSmsListError) console.error('split the list into batches of 1000')
 */
export class TooManyMessagesOnSmsListError extends ApiError {
  override name = 'TooManyMessagesOnSmsListError'
}

/**
 * 1104: more than 1000 comma-separated numbers (the client refuses this before sending).
 * @example
 * if (error instanceof TooManyContactsError) console.error('split the list into batches of 1000')
 */
export class TooManyContactsError extends ApiError {
  override name = 'TooManyContactsError'
}

/**
 * 4090: the provider asks to try again after 5 minutes.
 * @example
 * if (error instanceof TryLaterError) setTimeout(retry, error.retryAfterSeconds * 1000)
 */
export class TryLaterError extends ApiError {
  override name = 'TryLaterError'
  /** How long the provider asks the caller to wait, per its description. */
  readonly retryAfterSeconds = 300
}

/**
 * 4091: no partnerID was sent (set `partnerId` or ADVANTA_PARTNER_ID).
 * @example
 * if (error instanceof NoPartnerIdError) console.error('set ADVANTA_PARTNER_ID')
 */
export class NoPartnerIdError extends ApiError {
  override name = 'NoPartnerIdError'
}

/**
 * 4092: no apikey was sent (set `apiKey` or ADVANTA_API_KEY).
 * @example
 * if (error instanceof NoApiKeyError) console.error('set ADVANTA_API_KEY')
 */
export class NoApiKeyError extends ApiError {
  override name = 'NoApiKeyError'
}

/**
 * 4093: required details (such as the message text) were missing.
 * @example
 * if (error instanceof DetailsNotFoundError) console.error(error.description)
 */
export class DetailsNotFoundError extends ApiError {
  override name = 'DetailsNotFoundError'
}
