/**
 * @module
 * The base class of every error the client throws, so callers can catch them all
 * with one `instanceof` while still telling the kinds apart.
 */

/**
 * Base of every error thrown by `@sendsms/client`.
 * @example
 * try {
 *   await client.sendSms({ to: '254712345678', message: 'Hi' })
 * } catch (error) {
 *   if (error instanceof SendSmsError) console.error(error.name, error.message)
 * }
 */
export class SendSmsError extends Error {
  override name = 'SendSmsError'
}
