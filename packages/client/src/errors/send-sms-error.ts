/**
 * @module
 * The base class of every error the client throws, so callers can catch them all
 * with one `instanceof` while still telling the kinds apart, and can ask any of them
 * whether the message may have gone out.
 */

/**
 * Options of a client error: the usual `cause`, and whether the request may have reached
 * the provider.
 * @example
 * const options: SendSmsErrorOptions = { cause: new TypeError('fetch failed'), mayHaveBeenSent: false }
 */
export interface SendSmsErrorOptions extends ErrorOptions {
  /** @default true (not knowing means "may have") */
  mayHaveBeenSent?: boolean
}

/**
 * Base of every error thrown by `@sendsms/client`. `mayHaveBeenSent` is `false` only when
 * the client knows the provider did not act on the request (refused before sending, the
 * connection never opened, or the provider answered that it refused it); otherwise a
 * message may have gone out and a blind retry may send it twice.
 * @example
 * try {
 *   await client.sendSms({ to: '254712345678', message: 'Hi' })
 * } catch (error) {
 *   if (error instanceof SendSmsError) console.error(error.name, error.message, error.mayHaveBeenSent)
 * }
 */
export class SendSmsError extends Error {
  override name = 'SendSmsError'
  /** Whether the request may have reached the provider (so a message may have been sent). */
  readonly mayHaveBeenSent: boolean

  constructor(message?: string, options?: SendSmsErrorOptions) {
    super(message, options)
    this.mayHaveBeenSent = options?.mayHaveBeenSent ?? true
  }
}
