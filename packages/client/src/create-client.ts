/**
 * @module
 * The entry point: `createClient()` resolves options once and returns an `SmsClient`.
 * Each method is one endpoint, in a module of its own: it checks its input, makes one call
 * through the call `bindCall` shares (transport, timeout, redaction) and reads the answer.
 *
 * Only `sendSms` is imported here. The other methods load their module with `import()` on
 * their first call, so an app that only sends SMS does not download their code: a bundler
 * puts each in a chunk of its own, 5.9 kB minified in all, which the browser bundle of
 * `createClient` + `sendSms` no longer holds (`scripts/size.mjs`: 11.9 kB gzipped before,
 * 11.0 kB after, message analysis added meanwhile; 9.4 kB once `sendSms` also left its
 * `sendAt` reading and its accounting of several requests to chunks of their own). The
 * cost is one module load on a method's first call; the runtime caches it.
 */
import type { Balance, BalanceRequest } from './balance/types.js'
import type { BulkItem, SendBulkOptions, SendBulkResult } from './bulk/types.js'
import type { DeliveryReport, DeliveryReportRequest } from './delivery/types.js'
import type { EndpointContext } from './endpoint-context.js'
import { type ClientOptions, checkClientOptions, resolveOptions } from './options.js'
import type { SendHashedRequest, SendOtpRequest } from './otp/types.js'
import { sendSms } from './send-sms/send-sms.js'
import type { AccountedSendResult, SendSmsRequest, SendSmsResult } from './send-sms/types.js'
import { bindCall } from './transport/bind-call.js'

/**
 * A client bound to one account. `sendSms` makes one request per `MAX_RECIPIENTS` numbers,
 * every other method one request (each retried only when it cannot have reached the
 * provider); each rejects with a `SendSmsError` subclass when the request as a whole failed.
 * @example
 * const client: SmsClient = createClient()
 * await client.sendSms({ to: '254712345678', message: 'Hello' })
 */
export interface SmsClient {
  /**
   * Sends one message to any number of numbers (`sendsms`, in requests of at most
   * `MAX_RECIPIENTS`). Resolves with a row per recipient (some may be rejected: check
   * `allAccepted` or call `assertAllAccepted`) and what the text cost; rejects with an
   * `IncompleteSendError` carrying every row when a later request fails.
   */
  sendSms(request: SendSmsRequest): Promise<AccountedSendResult>
  /**
   * Sends up to `MAX_BULK_ITEMS` messages, each to its own number (`sendbulk`). Resolves
   * with one row per item, each with the item's `clientSmsId` and `index`.
   */
  sendBulk(items: readonly BulkItem[], options?: SendBulkOptions): Promise<SendBulkResult>
  /** Sends an OTP or transactional message (`sendotp`); resolves as `sendSms` does. */
  sendOtp(request: SendOtpRequest): Promise<SendSmsResult>
  /**
   * Sends a transactional message to hashed Safaricom numbers (`sendotp` with
   * `hashed: true`); numbers are hashed by the client. Rows carry the hash as `mobile`.
   */
  sendHashed(request: SendHashedRequest): Promise<SendSmsResult>
  /** The account's remaining credit (`getbalance`). */
  getBalance(request?: BalanceRequest): Promise<Balance>
  /**
   * The delivery report of a sent message (`getdlr`). Rejects with `NoDeliveryReportError`
   * when there is none yet (or the id is not the account's).
   */
  getDeliveryReport(
    messageId: string | number,
    request?: DeliveryReportRequest,
  ): Promise<DeliveryReport>
}

/**
 * Creates a client. Options fall back to the ADVANTA_* variables of `options.env`, or of
 * `process.env` where it exists when no `env` is given. Never throws: bad options (an
 * unknown key among them) surface as an `InvalidRequestError` from each method.
 * @example
 * import { createClient } from '@sendsms/client'
 * const client = createClient({ baseUrl: 'http://127.0.0.1:4010', apiKey: 'sandbox-api-key', partnerId: '12345', shortcode: 'SANDBOX' })
 * const result = await client.sendSms({ to: '254712345678', message: 'Hello' })
 * console.log(result.accepted[0]?.messageId)
 */
export function createClient(options: ClientOptions = {}): SmsClient {
  const resolved = resolveOptions(options)
  const context: EndpointContext = { call: bindCall(resolved), options: resolved }
  const refusal = optionsRefusal(options)
  // Bad options reject every method before it looks at its input, so the error names the
  // options, whatever the request.
  const guard = <Result>(method: () => Promise<Result>): Promise<Result> =>
    refusal ? Promise.reject(refusal) : method()
  return {
    sendSms: (request) => guard(() => sendSms(context, request)),
    // Literal specifiers, so bundlers, Deno and the CommonJS build (a `require`) find them.
    sendBulk: (items, bulkOptions) =>
      guard(() =>
        import('./bulk/send-bulk.js').then((m) => m.sendBulk(context, items, bulkOptions)),
      ),
    sendOtp: (request) =>
      guard(() => import('./otp/send-otp.js').then((m) => m.sendOtp(context, request))),
    sendHashed: (request) =>
      guard(() => import('./otp/send-hashed.js').then((m) => m.sendHashed(context, request))),
    getBalance: (request) =>
      guard(() => import('./balance/get-balance.js').then((m) => m.getBalance(context, request))),
    getDeliveryReport: (messageId, request) =>
      guard(() =>
        import('./delivery/get-delivery-report.js').then((m) =>
          m.getDeliveryReport(context, messageId, request),
        ),
      ),
  }
}

// The error every method rejects with for these options, or `undefined` when they are fine.
function optionsRefusal(options: ClientOptions): unknown {
  try {
    checkClientOptions(options)
    return undefined
  } catch (error) {
    return error
  }
}
