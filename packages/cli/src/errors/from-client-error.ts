/**
 * Maps the errors of @sendsms/client to CLI failures with their exit code. The client module
 * is passed in (not imported here) so that `sendsms --help` never loads it.
 */
import { EXIT_CODES } from '../exit-codes.js'
import { adviceForCode } from './advice.js'
import { CliError } from './cli-error.js'

const NO_REPORT_ADVICE =
  "The message has no report yet (try again later), or the ID is not one of this account's messages."

/** The shape of the @sendsms/client module, loaded lazily by the send command. */
export type ClientModule = typeof import('@sendsms/client')

/**
 * Turns an expected client error into a CliError; returns undefined for anything else, which
 * the top-level handler then treats as a bug.
 *
 * @example
 * ```ts
 * const client = await import('@sendsms/client')
 * const failure = failureFromClientError(error, client, { json: true, baseUrl, command: 'send' })
 * if (failure) throw failure
 * throw error
 * ```
 */
export function failureFromClientError(
  error: unknown,
  client: ClientModule,
  context: { json: boolean; baseUrl: string; command: string },
): CliError | undefined {
  const json = context.json
  if (error instanceof client.InvalidRequestError) {
    return new CliError(
      `input refused before sending: ${error.message}`,
      EXIT_CODES.usage,
      { kind: 'InvalidRequestError', name: error.name, field: error.field },
      { json, hint: `Run 'sendsms help ${context.command}' for usage.` },
    )
  }
  if (error instanceof client.NoDeliveryReportError) {
    // "No report" is the provider's answer about the message, not a refusal of the request.
    return new CliError(
      `no delivery report: ${error.code} ${error.description}`,
      EXIT_CODES.apiError,
      { kind: 'ApiError', name: error.name, code: error.code, description: error.description },
      { json, hint: NO_REPORT_ADVICE },
    )
  }
  if (error instanceof client.ApiError) {
    return new CliError(
      `the provider refused the request: ${error.code} ${error.description}`,
      EXIT_CODES.apiError,
      { kind: 'ApiError', name: error.name, code: error.code, description: error.description },
      { json, hint: adviceForCode(error.code) },
    )
  }
  // TimeoutError extends ConnectionError, so it must be tested first to keep its own kind.
  if (error instanceof client.TimeoutError || error instanceof client.ConnectionError) {
    const kind = error instanceof client.TimeoutError ? 'TimeoutError' : 'ConnectionError'
    return new CliError(
      `${lowerFirst(error.message)}; base URL ${context.baseUrl}`,
      EXIT_CODES.unreachable,
      { kind, name: error.name },
      { json, hint: 'Check --base-url (ADVANTA_BASE_URL) and your network.' },
    )
  }
  if (error instanceof client.UnexpectedResponseError) {
    return new CliError(
      `${lowerFirst(error.message)}; base URL ${context.baseUrl}`,
      EXIT_CODES.unreachable,
      { kind: 'UnexpectedResponseError', name: error.name, status: error.status },
      { json, hint: 'Check that --base-url (ADVANTA_BASE_URL) points at the SMS API.' },
    )
  }
  return undefined
}

/** The client's messages are sentences; after the "sendsms: " prefix they read better in lower case. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}
