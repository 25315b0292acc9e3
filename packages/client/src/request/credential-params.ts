/**
 * @module
 * The account's credentials as wire parameters. A missing one is left out rather than sent
 * empty, so the provider answers its own 4091/4092/1001 and the caller gets the typed error.
 */
import type { ResolvedOptions } from '../options.js'
import type { SpecFields } from './spec-fields.js'

/**
 * `apikey` and `partnerID`, each only when set.
 * @example
 * const params: CredentialParams = { apikey: 'k', partnerID: '12345' }
 */
export type CredentialParams = SpecFields<'Credentials', 'apikey' | 'partnerID'>

/**
 * `apikey`, `partnerID` and `shortcode`, each only when set: what a send carries.
 * @example
 * const params: SenderParams = { apikey: 'k', partnerID: '12345', shortcode: 'SANDBOX' }
 */
export type SenderParams = CredentialParams & SpecFields<'SendSmsRequest', 'shortcode'>

/**
 * The credentials of `options`, for the endpoints that take no sender ID (balance, reports).
 * @example
 * credentialParams(options) // { apikey: 'k', partnerID: '12345' }
 */
export function credentialParams(options: ResolvedOptions): CredentialParams {
  const { apiKey, partnerId } = options
  return {
    ...(apiKey === undefined ? {} : { apikey: apiKey }),
    ...(partnerId === undefined ? {} : { partnerID: partnerId }),
  }
}

/**
 * The credentials and sender ID of `options`, in the order the docs list them.
 * @example
 * senderParams(options) // { apikey: 'k', partnerID: '12345', shortcode: 'SANDBOX' }
 */
export function senderParams(options: ResolvedOptions): SenderParams {
  const { apiKey, partnerId, shortcode } = options
  return {
    ...(apiKey === undefined ? {} : { apikey: apiKey }),
    ...(partnerId === undefined ? {} : { partnerID: partnerId }),
    ...(shortcode === undefined ? {} : { shortcode }),
  }
}
