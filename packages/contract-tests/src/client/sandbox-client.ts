/**
 * @module
 * The real `@sendsms/client`, configured for the sandbox account at the Pact mock
 * server, with the same `null`-means-absent overrides as the wire fixtures, so a test's
 * client configuration and its recorded request cannot disagree.
 */
import type { V3MockServer } from '@pact-foundation/pact'
import { type ClientOptions, createClient, type SmsClient } from '@sendsms/client'
import { type CredentialOverrides, SANDBOX } from '../fixtures/sandbox.js'

/**
 * A client for the sandbox account at `mockServer.url` (pact-js calls the handle
 * `V3MockServer` in V4 too); `null` in `overrides` leaves that option out. It reads no
 * environment (`env: false`): a developer's ADVANTA_* could otherwise fill in the very
 * fields a test leaves out.
 * @example
 * await sandboxClient(mockServer, { apikey: null }).sendSms({ to: '254712345678', message: 'Hi' })
 * // rejects with InvalidRequestError('apiKey'), before any request
 */
export function sandboxClient(
  mockServer: V3MockServer,
  overrides: CredentialOverrides = {},
): SmsClient {
  const options: ClientOptions = { baseUrl: mockServer.url, env: false }
  const apiKey = overrides.apikey === undefined ? SANDBOX.apiKey : overrides.apikey
  const partnerId = overrides.partnerID === undefined ? SANDBOX.partnerId : overrides.partnerID
  const shortcode = overrides.shortcode === undefined ? SANDBOX.shortcode : overrides.shortcode
  if (apiKey !== null) options.apiKey = apiKey
  if (partnerId !== null) options.partnerId = partnerId
  if (shortcode !== null) options.shortcode = shortcode
  return createClient(options)
}
