/**
 * @module
 * `sendotp`: one-time passwords and transactional messages, to numbers or (with
 * `hashed`) to hashed Safaricom numbers. Its paths, methods and parameters are the spec's;
 * its rules are rules/send-otp.ts.
 */
import { declareEndpoint } from '../provider/endpoint.js'
import { sendOtpRules } from '../rules/send-otp.js'

/**
 * The `sendotp` endpoint.
 * @example
 * sendOtpEndpoint.paths // ['/api/services/sendotp', '/api/services/sendotp/']
 */
export const sendOtpEndpoint = declareEndpoint('sendotp', sendOtpRules)
