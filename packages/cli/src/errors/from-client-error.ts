/**
 * Maps the errors of @sendsms/client to CLI failures with their exit code. The client module
 * is passed in (not imported here) so that `sendsms --help` never loads it.
 */
import { EXIT_CODES } from '../exit-codes.js'
import { formatHumanResult } from '../output/human.js'
import { formatJsonResult } from '../output/json.js'
import { adviceForCode } from './advice.js'
import { CliError } from './cli-error.js'

/** The flag and the words for each credential the client refuses to send without. */
const CREDENTIAL_FLAGS = {
  apiKey: { flag: 'api-key', what: 'API key' },
  partnerId: { flag: 'partner-id', what: 'partner ID' },
  shortcode: { flag: 'shortcode', what: 'sender ID (shortcode)' },
} as const

function isCredential(field: string): field is keyof typeof CREDENTIAL_FLAGS {
  return Object.hasOwn(CREDENTIAL_FLAGS, field)
}

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
  if (error instanceof client.InvalidRequestError && isCredential(error.field)) {
    // The client's message names its option; a person at a shell needs the flag.
    const { flag, what } = CREDENTIAL_FLAGS[error.field]
    return new CliError(
      `no ${what}: set --${flag} or ${client.ENV_VARIABLES[error.field]}; nothing was sent`,
      EXIT_CODES.usage,
      { kind: 'InvalidRequestError', name: error.name, field: error.field },
      { json, hint: `Run 'sendsms help ${context.command}' for the connection flags.` },
    )
  }
  if (error instanceof client.InvalidRequestError) {
    // `send` hands --at to the client's sendAt, which refuses a time in the past.
    const message =
      error.field === 'sendAt' ? error.message.replace(/^sendAt\b/, '--at') : error.message
    return new CliError(
      `input refused before sending: ${message}`,
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
  if (error instanceof client.IncompleteSendError) return incompleteSend(error, client, context)
  if (error instanceof client.RequestAbortedError) {
    // Not a ConnectionError (the client keeps a caller's abort apart from an outage), but
    // for a script it is the same outcome: no usable answer, and maybe sent.
    return new CliError(
      lowerFirst(error.message),
      EXIT_CODES.unreachable,
      { kind: 'RequestAbortedError', name: error.name, mayHaveBeenSent: error.mayHaveBeenSent },
      { json, hint: error.mayHaveBeenSent ? MAY_HAVE_BEEN_SENT_ADVICE : 'Nothing was sent.' },
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
  if (error instanceof client.UnexpectedResponseError && TOO_LARGE_FOR_GET.has(error.status)) {
    // 431 (headers too large) and 414 (URI too long): the server is the API, the request is
    // what it refused, because --get puts every number and the message in the URL.
    return new CliError(
      `${lowerFirst(error.message)}: the request is too large for GET; base URL ${context.baseUrl}`,
      EXIT_CODES.unreachable,
      { kind: 'UnexpectedResponseError', name: error.name, status: error.status },
      { json, hint: 'Send without --get: POST carries any number of recipients and any text.' },
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

/** HTTP statuses that mean a GET's URL was too long for the server. */
const TOO_LARGE_FOR_GET = new Set([414, 431])

const MAY_HAVE_BEEN_SENT_ADVICE =
  'The request may have reached the provider: check the delivery reports before sending again.'

/**
 * A send of several requests that stopped part-way: exit 6, the first failure in the message
 * and in `error.cause`, and the account of every recipient on standard output (the rows, or
 * the JSON document with them), since the accepted ones went out and must not be resent.
 */
function incompleteSend(
  error: InstanceType<ClientModule['IncompleteSendError']>,
  client: ClientModule,
  context: { json: boolean; baseUrl: string; command: string },
): CliError {
  const first = failureFromClientError(error.cause, client, { ...context, json: false })
  const cause = first
    ? { ...first.details, message: first.message }
    : { kind: 'Error', message: error.cause instanceof Error ? error.cause.message : 'unknown' }
  const message = `${lowerFirst(error.message)}; first failure: ${cause.message}`
  const details = {
    kind: 'IncompleteSendError',
    name: error.name,
    mayHaveBeenSent: error.mayHaveBeenSent,
    cause,
  }
  const maybeSent = error.result.failed.some((row) => row.mayHaveBeenSent !== false)
  const hint =
    'Resend only the numbers not attempted' +
    (maybeSent
      ? '; a failed request may have reached the provider: check the delivery reports before resending its numbers.'
      : ' and those of the failed requests, which were not sent.')
  return new CliError(message, EXIT_CODES.incomplete, details, {
    json: context.json,
    hint,
    stdout: context.json
      ? formatJsonResult(error.result, { ...details, message })
      : formatHumanResult(error.result),
  })
}

/** The client's messages are sentences; after the "sendsms: " prefix they read better in lower case. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}
