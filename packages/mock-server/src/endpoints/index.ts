/**
 * @module
 * Every provider endpoint the mock serves: one declaration each. Adding an endpoint is
 * its spec entry, a declaration here, its rules module and their tests (see the README).
 */
import type { AnyEndpoint } from '../provider/endpoint.js'
import { getBalanceEndpoint } from './get-balance.js'
import { getDlrEndpoint } from './get-dlr.js'
import { sendBulkEndpoint } from './send-bulk.js'
import { sendOtpEndpoint } from './send-otp.js'
import { sendSmsEndpoint } from './send-sms.js'

/**
 * The provider endpoints, in the spec's order.
 * @example
 * PROVIDER_ENDPOINTS.map((e) => e.name) // ['sendsms', 'sendbulk', 'getbalance', 'getdlr', 'sendotp']
 */
export const PROVIDER_ENDPOINTS: readonly AnyEndpoint[] = Object.freeze([
  sendSmsEndpoint,
  sendBulkEndpoint,
  getBalanceEndpoint,
  getDlrEndpoint,
  sendOtpEndpoint,
])
