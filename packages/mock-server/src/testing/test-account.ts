/**
 * @module
 * The credentials a test hands to `@sendsms/client`: the mock's first account (the sandbox
 * account unless the test gave its own), in the client's option names.
 */
import type { MockAccount } from '../state/accounts.js'
import { SANDBOX_ACCOUNT } from '../state/accounts.js'

/**
 * An account as `createClient` takes it: `createClient({ ...sms.account, baseUrl: sms.url })`.
 * @example
 * const account: TestAccount = { apiKey: 'sandbox-api-key', partnerId: '12345', shortcode: 'SANDBOX' }
 */
export interface TestAccount {
  apiKey: string
  partnerId: string
  /** The account's first sender ID. */
  shortcode: string
}

/**
 * The client-side credentials of the first of `accounts` (the sandbox account when none).
 * @example
 * testAccountOf(undefined) // { apiKey: 'sandbox-api-key', partnerId: '12345', shortcode: 'SANDBOX' }
 */
export function testAccountOf(accounts: readonly MockAccount[] | undefined): TestAccount {
  const account = accounts?.[0] ?? SANDBOX_ACCOUNT
  return {
    apiKey: account.apikey,
    partnerId: account.partnerID,
    shortcode: account.shortcodes[0] ?? '',
  }
}
