/**
 * @module
 * The account's credentials as wire parameters, refused before any request when one is
 * missing or blank: `apiKey` and `partnerId` for every endpoint, `shortcode` for every send.
 * Sending without them could only earn the provider's 4092/4091/1001, after a round trip and
 * in a form that does not say which option to set; the error here names the option and its
 * environment variable. A blank key is refused like a missing one, and its value is never
 * quoted (there is nothing to quote, and a key is never shown anyway).
 */
import { InvalidRequestError } from '../errors/request-errors.js'
import type { ResolvedOptions } from '../options.js'
import { ENV_VARIABLES } from '../settings/defaults.js'
import { isBlank } from '../settings/is-blank.js'
import type { SpecFields } from './spec-fields.js'

/** The settings a request cannot go without. */
type RequiredSetting = 'apiKey' | 'partnerId' | 'shortcode'

/**
 * The value of the credential `field` of `options`, or `InvalidRequestError(field)` naming
 * the option and its environment variable when it is missing or blank.
 * @example
 * requireSetting({ ...options, apiKey: undefined }, 'apiKey')
 * // throws InvalidRequestError('apiKey', 'apiKey is not set: pass the apiKey option or set ADVANTA_API_KEY')
 */
function requireSetting(options: ResolvedOptions, field: RequiredSetting): string {
  const value = options[field]
  if (isBlank(value)) {
    throw new InvalidRequestError(
      field,
      `${field} is not set: pass the ${field} option or set ${ENV_VARIABLES[field]}`,
    )
  }
  return value
}

/**
 * `apikey` and `partnerID`.
 * @example
 * const params: CredentialParams = { apikey: 'k', partnerID: '12345' }
 */
export type CredentialParams = SpecFields<'Credentials', 'apikey' | 'partnerID'>

/**
 * `apikey`, `partnerID` and `shortcode`: what a send carries.
 * @example
 * const params: SenderParams = { apikey: 'k', partnerID: '12345', shortcode: 'SANDBOX' }
 */
export type SenderParams = CredentialParams & SpecFields<'SendSmsRequest', 'shortcode'>

/**
 * The credentials of `options`, for the endpoints that take no sender ID (balance, reports).
 * Throws `InvalidRequestError('apiKey' | 'partnerId')` for a missing or blank one.
 * @example
 * credentialParams(options) // { apikey: 'k', partnerID: '12345' }
 */
export function credentialParams(options: ResolvedOptions): CredentialParams {
  return {
    apikey: requireSetting(options, 'apiKey'),
    partnerID: requireSetting(options, 'partnerId'),
  }
}

/**
 * The credentials and sender ID of `options`, in the order the docs list them. Throws
 * `InvalidRequestError('apiKey' | 'partnerId' | 'shortcode')` for a missing or blank one.
 * @example
 * senderParams(options) // { apikey: 'k', partnerID: '12345', shortcode: 'SANDBOX' }
 */
export function senderParams(options: ResolvedOptions): SenderParams {
  return {
    ...credentialParams(options),
    shortcode: requireSetting(options, 'shortcode'),
  }
}
