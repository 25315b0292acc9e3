/**
 * @module
 * The public shapes of a send: what callers pass in and the normalised result they
 * get back, independent of the drifting wire format.
 */

/**
 * One send: the same message to one or more numbers.
 * @example
 * const request: SendSmsRequest = { to: ['254712345678', '0733123456'], message: 'Hello' }
 */
export interface SendSmsRequest {
  /** Numbers: one per array item, and a string may hold comma-separated numbers. At most 1000 in all. */
  to: string | string[]
  /** The text, ideally in the GSM 7-bit alphabet. Must not be empty. */
  message: string
  /**
   * Schedule instead of sending now. A `Date` is sent as `YYYY-MM-DD HH:mm` in East Africa
   * Time (UTC+3); a number is a unix time in seconds (milliseconds from 10^12 up), sent as
   * seconds; a string is read as the provider reads it (unix digits, `YYYY-MM-DD HH:mm[:ss]`
   * or ISO 8601; without an offset it means East Africa Time), else refused.
   */
  sendAt?: Date | number | string
  /** HTTP method. Default `'POST'` (JSON body); `'GET'` sends a query string. */
  method?: 'GET' | 'POST'
  /** Aborts the request; the send then fails with a `ConnectionError` (or `TimeoutError`). */
  signal?: AbortSignal
}

/**
 * The outcome for one recipient, with the wire's drifting types made uniform.
 * @example
 * const row: RecipientResult = { mobile: '254712345678', messageId: '100000001', networkId: '1', code: 200, description: 'Success', ok: true }
 */
export interface RecipientResult {
  /** The number as the provider reports it (usually the 254 form). */
  mobile: string
  /** Present when accepted. */
  messageId: string | undefined
  /** Network of the number (1 Safaricom, 2 Airtel, 3 Telkom) when reported. */
  networkId: string | undefined
  /** The row's code: 200 accepted, 1003 invalid number, 1002 network not allowed, … */
  code: number
  /** The row's description, such as `Success` or `Invalid mobile number`. */
  description: string
  /** `true` when `code === 200`. */
  ok: boolean
}

/**
 * Every row of an answer, split into accepted and rejected.
 * @example
 * const result = await client.sendSms({ to: '254712345678,07123', message: 'Hi' })
 * if (!result.allAccepted) console.warn(result.rejected.map((r) => r.mobile))
 */
export interface SendSmsResult {
  /** All rows, in the provider's order. */
  results: RecipientResult[]
  /** Rows with `ok === true`. */
  accepted: RecipientResult[]
  /** Rows with `ok === false`. */
  rejected: RecipientResult[]
  /** `true` when no row was rejected. */
  allAccepted: boolean
}
