/**
 * @module
 * The public shapes of a send: what callers pass in and the normalised result they
 * get back, independent of the drifting wire format.
 */
import type { MessageAnalysis } from '@sendsms/wire'
import type { TextPolicy } from '../message/text-policy.js'

/**
 * One send: the same message to one or more numbers, split into requests of at most
 * `MAX_RECIPIENTS` numbers when there are more.
 * @example
 * const request: SendSmsRequest = { to: ['254712345678', '0733123456'], message: 'Hello' }
 */
export interface SendSmsRequest {
  /**
   * Numbers: one per array item, and a string may hold comma-separated numbers. Any count
   * from one: more than `MAX_RECIPIENTS` are sent in several requests.
   */
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
  /**
   * Aborts the send: no new request starts, and the requests in flight are aborted. A send
   * of one request then fails with the transport's error; a send with accepted recipients
   * fails with an `IncompleteSendError`.
   */
  signal?: AbortSignal
  /**
   * Requests in flight at once when the send needs more than one. A positive integer.
   * Default `DEFAULT_SEND_CONCURRENCY` (4).
   */
  concurrency?: number
  /**
   * Called after each request of the send has settled (answered or failed), with the
   * counts so far. If it throws, no new request starts and the send rejects with an
   * `IncompleteSendError` whose `cause` is that error and whose `result` accounts for
   * every recipient.
   */
  onProgress?: (progress: SendSmsProgress) => void
  /**
   * Time limit of each request of this send, overriding the client's `timeoutMs`.
   * @unit milliseconds
   */
  timeoutMs?: number
  /**
   * What to do with a message GSM-7 cannot carry (it then goes as UCS-2: 70 characters a
   * part instead of 160): `'send'` it as written (the default), `'refuse'` it before any
   * request (an `InvalidRequestError` naming the characters), or `'transliterate'` the
   * look-alikes (curly quotes, dashes, non-breaking spaces…) to GSM-7 first. The result's
   * `message`, `encoding` and `parts` say what was sent.
   */
  nonGsm?: TextPolicy
}

/**
 * Where a recipient of `sendSms` stands: `accepted` or `rejected` by the provider in its row,
 * `failed` when the request that carried it failed as a whole, `not-attempted` when its
 * request never started.
 * @example
 * const status: RecipientStatus = 'not-attempted'
 */
export type RecipientStatus = 'accepted' | 'rejected' | 'failed' | 'not-attempted'

/**
 * Why a recipient was not attempted: an earlier request of the send failed, the caller's
 * signal aborted the send, or `onProgress` threw.
 * @example
 * const reason: NotAttemptedReason = 'earlier-request-failed'
 */
export type NotAttemptedReason = 'earlier-request-failed' | 'aborted' | 'on-progress-threw'

/**
 * The counts `onProgress` receives after each request of a send has settled.
 * @example
 * const progress: SendSmsProgress = { done: 1000, total: 2500, accepted: 998, rejected: 2, failed: 0, batchesDone: 1, batches: 3 }
 */
export interface SendSmsProgress {
  /** Recipients whose request has settled: `accepted + rejected + failed`. */
  done: number
  /** Recipients in the send. */
  total: number
  /** Rows the provider accepted so far. */
  accepted: number
  /** Rows the provider rejected so far. */
  rejected: number
  /** Recipients of requests that failed as a whole so far. */
  failed: number
  /** Requests settled so far. */
  batchesDone: number
  /** Requests the send is split into. */
  batches: number
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
  /**
   * Where the recipient stands: `accepted` or `rejected` on every answered row, of every
   * method; a row of `sendSms` may also be `failed` or `not-attempted`.
   */
  status?: RecipientStatus
  /** On a `failed` row: the error of the request that carried it. */
  error?: unknown
  /** On a `failed` row: whether that request may have reached the provider (then the SMS may go out). */
  mayHaveBeenSent?: boolean
  /** On a `not-attempted` row: why its request never started. */
  reason?: NotAttemptedReason
}

/**
 * Every row of an answer, split by status. For `sendSms`: one row per recipient, in input
 * order (requests in order, each request's rows in the provider's order).
 * @example
 * const result = await client.sendSms({ to: '254712345678,07123', message: 'Hi' })
 * if (!result.allAccepted) console.warn(result.rejected.map((r) => r.mobile))
 */
export interface SendSmsResult {
  /** All rows, in order. */
  results: RecipientResult[]
  /** Rows with `ok === true`. */
  accepted: RecipientResult[]
  /** Rows the provider rejected (`ok === false`, with its code). */
  rejected: RecipientResult[]
  /** `true` when every row was accepted. */
  allAccepted: boolean
  /** `sendSms`: rows of requests that failed as a whole (empty unless an `IncompleteSendError` carries the result). */
  failed?: RecipientResult[]
  /** `sendSms`: rows whose request never started (empty unless an `IncompleteSendError` carries the result). */
  notAttempted?: RecipientResult[]
  /** `sendSms`: the number of requests the send was split into. */
  batches?: number
  /** `sendSms`: the text sent (the caller's, or its transliteration under `nonGsm`). */
  message?: string
  /** `sendSms`: how the text is encoded, `GSM-7` or `UCS-2` (see `analyzeMessage`). */
  encoding?: MessageAnalysis['encoding']
  /** `sendSms`: the parts each recipient is charged for the text. */
  parts?: number
}

/**
 * A row of `sendSms`, whose `status` is always set.
 * @example
 * const row: AccountedRow = { mobile: '254712345678', messageId: '100000001', networkId: '1', code: 200, description: 'Success', ok: true, status: 'accepted' }
 */
export type AccountedRow = RecipientResult & { status: RecipientStatus }

/**
 * A `SendSmsResult` with every accounting field set and a `status` on every row: what
 * `sendSms` resolves with, and what an `IncompleteSendError` carries. It is a
 * `SendSmsResult`, so code written for the other methods' results reads it too.
 * @example
 * const retry = (error as IncompleteSendError).result.notAttempted.map((row) => row.mobile)
 */
export interface AccountedSendResult extends Required<SendSmsResult> {
  results: AccountedRow[]
  accepted: AccountedRow[]
  rejected: AccountedRow[]
  failed: AccountedRow[]
  notAttempted: AccountedRow[]
}
