/**
 * @module
 * The entry point: `createClient()` resolves options once and returns an `SmsClient`.
 * Each method is one endpoint: it checks its input, makes one call through the transport
 * and reads the answer; the transport (`transport/`) is shared by all of them.
 */
import { ENDPOINTS } from '@sendsms/wire'
import { InvalidRequestError } from './errors/request-errors.js'
import { type ClientOptions, resolveOptions } from './options.js'
import { readAnswer } from './send-sms/read-answer.js'
import { toSendParams } from './send-sms/to-params.js'
import type { SendSmsRequest, SendSmsResult } from './send-sms/types.js'
import { checkSend } from './send-sms/validate-input.js'
import { type ApiCall, callApi, type RawAnswer } from './transport/call-api.js'
import { checkTransport } from './transport/check-transport.js'
import { createApi } from './transport/create-api.js'

/**
 * A client bound to one account.
 * @example
 * const client: SmsClient = createClient()
 * await client.sendSms({ to: '254712345678', message: 'Hello' })
 */
export interface SmsClient {
  /**
   * Sends one message to one or more numbers. Resolves with per-recipient rows (some
   * may be rejected: check `allAccepted` or call `assertAllAccepted`); rejects with a
   * `SendSmsError` subclass when the request as a whole failed.
   */
  sendSms(request: SendSmsRequest): Promise<SendSmsResult>
}

/**
 * Creates a client. Options fall back to the ADVANTA_* variables of `options.env`, or of
 * `process.env` where it exists when no `env` is given. Never throws: bad options surface
 * as an `InvalidRequestError` from `sendSms`.
 * @example
 * import { createClient } from '@sendsms/client'
 * const client = createClient({ baseUrl: 'http://127.0.0.1:4010', apiKey: 'sandbox-api-key', partnerId: '12345', shortcode: 'SANDBOX' })
 * const result = await client.sendSms({ to: '254712345678', message: 'Hello' })
 * console.log(result.accepted[0]?.messageId)
 */
export function createClient(options: ClientOptions = {}): SmsClient {
  const resolved = resolveOptions(options)
  const api = createApi(resolved)
  // What every endpoint's call shares: the timeout, and the key no error may show.
  const call = (request: Omit<ApiCall, 'timeoutMs' | 'secrets'>): Promise<RawAnswer> => {
    checkTransport(resolved)
    return callApi(api, { ...request, timeoutMs: resolved.timeoutMs, secrets: [resolved.apiKey] })
  }
  return {
    async sendSms(request) {
      const method = request.method ?? 'POST'
      if (method !== 'GET' && method !== 'POST') {
        throw new InvalidRequestError('method', "method must be 'GET' or 'POST'")
      }
      const send = checkSend(request)
      const answer = await call({
        path: ENDPOINTS.sendsms.path,
        method,
        params: toSendParams(send, resolved),
        signal: request.signal,
      })
      return readAnswer(answer.status, answer.text)
    },
  }
}
