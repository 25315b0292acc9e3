/**
 * @module
 * The placeholders every page shares, filled as a developer with the mock's sandbox
 * account would fill them: the mock's address and the account's credentials and sender id.
 */
import { SANDBOX_ACCOUNT } from '@sendsms/mock-server'
import type { ExampleValues } from './fill-placeholders.js'

/** The shared placeholders, each of them present. */
export interface SandboxValues extends ExampleValues {
  apikey: string
  partnerID: string
  shortcode: string
}

/**
 * `{{url}}`, `{{apikey}}`, `{{partnerID}}` and `{{shortcode}}` for the mock at `baseUrl`.
 * @example
 * fillPlaceholders(source, { ...sandboxValues(server.url), mobile: '254712345678', message: 'Hi' })
 */
export function sandboxValues(baseUrl: string): SandboxValues {
  const [shortcode] = SANDBOX_ACCOUNT.shortcodes
  if (shortcode === undefined) throw new Error('The sandbox account has no shortcode')
  return {
    baseUrl,
    apikey: SANDBOX_ACCOUNT.apikey,
    partnerID: SANDBOX_ACCOUNT.partnerID,
    shortcode,
  }
}
