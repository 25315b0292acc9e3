/**
 * @module
 * The public shapes of the `sendotp` endpoint's two uses: an OTP or transactional message
 * to numbers, and a message to hashed Safaricom numbers.
 */
import type { RequestOptions } from '../transport/request-options.js'

/**
 * An OTP or transactional message: as a send, without scheduling.
 * @example
 * const request: SendOtpRequest = { to: '254712345678', message: 'Your code is 4821' }
 */
export interface SendOtpRequest extends RequestOptions {
  /** Numbers: one per array item, and a string may hold comma-separated numbers. At most 1000 in all. */
  to: string | string[]
  /** The text, ideally in the GSM 7-bit alphabet. Must not be empty. */
  message: string
  /** HTTP method. Default `'POST'` (JSON body); `'GET'` sends a query string. */
  method?: 'GET' | 'POST'
}

/**
 * A transactional message to hashed Safaricom numbers, sent with `hashed: true`.
 * @example
 * const request: SendHashedRequest = { to: ['0712345678', await hashMsisdn('0733123456')], message: 'Payment received' }
 */
export interface SendHashedRequest extends RequestOptions {
  /**
   * Kenyan numbers in any usual form (`07…`, `2547…`, `+2547…`, `01…`), which the client
   * hashes (SHA-256 of the 254 form), or values already hashed (64 hexadecimal digits), sent
   * as they are. As for a send, a string may hold several, comma-separated; at most 1000.
   */
  to: string | string[]
  /** The text, ideally in the GSM 7-bit alphabet. Must not be empty. */
  message: string
}
