/**
 * @module
 * The entry point: `createClient()` resolves options once and returns an `SmsClient`
 * whose `sendSms` checks input, sends through openapi-fetch and reads the answer.
 */
import createFetchClient from 'openapi-fetch'
import { InvalidRequestError } from './errors/request-errors.js'
import type { paths } from './generated/schema.js'
import { type ClientOptions, resolveOptions } from './options.js'
import { callApi } from './send-sms/call-api.js'
import { readAnswer } from './send-sms/read-answer.js'
import { toWireParams } from './send-sms/to-params.js'
import type { SendSmsRequest, SendSmsResult } from './send-sms/types.js'
import { checkSend, checkTransport } from './send-sms/validate-input.js'
import { sendWire, WireRequest } from './send-sms/wire-request.js'

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
 * Creates a client. Options fall back to ADVANTA_* environment variables where
 * `process.env` exists. Never throws: bad options surface as an
 * `InvalidRequestError` from `sendSms`.
 * @example
 * import { createClient } from '@sendsms/client'
 * const client = createClient({ baseUrl: 'http://127.0.0.1:4010', apiKey: 'sandbox-api-key', partnerId: '12345', shortcode: 'SANDBOX' })
 * const result = await client.sendSms({ to: '254712345678', message: 'Hello' })
 * console.log(result.accepted[0]?.messageId)
 */
export function createClient(options: ClientOptions = {}): SmsClient {
  const resolved = resolveOptions(options)
  const api = createFetchClient<paths>({
    baseUrl: resolved.baseUrl,
    // openapi-fetch builds its request with this class; a WireRequest is only the URL and
    // init, so the global fetch gets the body as a string (see wire-request.ts).
    Request: WireRequest as unknown as typeof Request,
    // Looked up per call so a fetch installed or spied on after createClient() is used.
    fetch: async (request) => sendWire(request, resolved.fetch),
  })
  return {
    async sendSms(request) {
      checkTransport(resolved)
      const method = request.method ?? 'POST'
      if (method !== 'GET' && method !== 'POST') {
        throw new InvalidRequestError('method', "method must be 'GET' or 'POST'")
      }
      const send = checkSend(request)
      const answer = await callApi(api, {
        method,
        params: toWireParams(send, resolved),
        timeoutMs: resolved.timeoutMs,
        signal: request.signal,
      })
      return readAnswer(answer.status, answer.text)
    },
  }
}
