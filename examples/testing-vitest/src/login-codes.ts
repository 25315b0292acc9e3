/**
 * @module
 * The application under test: it sends a login code by SMS through `@sendsms/client`. It
 * knows nothing of the tests; they hand it client options (a base URL, an in-process fetch)
 * or none at all and intercept its requests with MSW.
 */
import { assertAllAccepted, type ClientOptions, createClient } from '@sendsms/client'

/**
 * Sends login codes.
 * @example
 * const codes: LoginCodes = createLoginCodes({ apiKey, partnerId: '12345', shortcode: 'MYBRAND' })
 */
export interface LoginCodes {
  /** Sends `code` to `phone`; resolves with the message id. */
  send(phone: string, code: string): Promise<string>
}

/**
 * The login-code sender, with the client options of the environment it runs in.
 * @example
 * await createLoginCodes().send('0712345678', '4321') // '100000001'
 */
export function createLoginCodes(options: ClientOptions = {}): LoginCodes {
  const client = createClient(options)
  return {
    async send(phone, code) {
      const result = await client.sendOtp({ to: phone, message: `Your login code is ${code}` })
      assertAllAccepted(result)
      return result.accepted[0]?.messageId ?? ''
    },
  }
}
