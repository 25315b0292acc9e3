/**
 * @module
 * The mock's built-in sandbox account, in the shapes the repository's own tests use. The
 * account is defined once, as `SANDBOX_ACCOUNT` in @sendsms/mock-server; every test
 * package reads it from here rather than writing the key, partner ID or shortcode again.
 */
import { SANDBOX_ACCOUNT } from '@sendsms/mock-server'

const [SHORTCODE = ''] = SANDBOX_ACCOUNT.shortcodes

/**
 * The sandbox credentials as the client's options name them.
 * @example
 * createClient({ baseUrl: running.url, ...SANDBOX })
 */
export const SANDBOX = Object.freeze({
  apiKey: SANDBOX_ACCOUNT.apikey,
  partnerId: SANDBOX_ACCOUNT.partnerID,
  shortcode: SHORTCODE,
})

/**
 * The sandbox credentials as the API's parameters name them.
 * @example
 * JSON.stringify({ ...SANDBOX_PARAMS, message: 'Hi', mobile: '254712345678' })
 */
export const SANDBOX_PARAMS = Object.freeze({
  apikey: SANDBOX_ACCOUNT.apikey,
  partnerID: SANDBOX_ACCOUNT.partnerID,
  shortcode: SHORTCODE,
})

/**
 * The sandbox account's starting credit, in SMS parts.
 * @example
 * expect(mock.accounts.get(SANDBOX.partnerId)?.credit).toBe(SANDBOX_CREDIT - 1)
 */
export const SANDBOX_CREDIT = SANDBOX_ACCOUNT.credit
