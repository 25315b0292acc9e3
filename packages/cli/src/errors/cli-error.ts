/**
 * The expected failures of a command. Commands throw these instead of printing and exiting,
 * so one top-level handler in run-cli.ts decides how they look (a line on stderr, or a JSON
 * document with --json) and which exit code they map to.
 */
import type { ExitCode } from '../exit-codes.js'
import { EXIT_CODES } from '../exit-codes.js'

/** What a failure reports besides its message; mirrors the `error` object of `--json` output. */
export interface FailureDetails {
  /** Category: `UsageError`, `InvalidRequestError`, `ApiError`, `ConnectionError`, `TimeoutError`, `UnexpectedResponseError`. */
  kind: string
  /** The exact error class, e.g. `InvalidCredentialsError` (a subclass of ApiError). */
  name?: string
  /** Provider response code, for ApiError. */
  code?: number
  /** Provider response description, for ApiError. */
  description?: string
  /** The refused input field, for InvalidRequestError. */
  field?: string
  /** HTTP status, for UnexpectedResponseError. */
  status?: number
  /** Whether the failed request may have reached the provider, for RequestAbortedError and IncompleteSendError. */
  mayHaveBeenSent?: boolean
  /** The first failure of an incomplete send: the details of the error that stopped it. */
  cause?: FailureDetails & { message: string }
}

/**
 * An expected failure with its exit code. `json` says whether the command was asked for
 * machine-readable output, so the handler prints the failure as one JSON document.
 *
 * @example
 * ```ts
 * throw new CliError('could not reach the API', EXIT_CODES.unreachable, { kind: 'ConnectionError' })
 * ```
 */
export class CliError extends Error {
  override name = 'CliError'
  readonly exitCode: ExitCode
  readonly details: FailureDetails
  readonly json: boolean
  /** A follow-up line for people, e.g. which flag to set; not part of the JSON output. */
  readonly hint: string | undefined
  /**
   * What to print on standard output for this failure instead of the JSON error document
   * (and before the error line): the per-recipient account of a send that stopped part-way,
   * which a person and a script both need to resend only the rest.
   */
  readonly stdout: string | undefined

  constructor(
    message: string,
    exitCode: ExitCode,
    details: FailureDetails,
    options: { json?: boolean; hint?: string | undefined; stdout?: string | undefined } = {},
  ) {
    super(message)
    this.exitCode = exitCode
    this.details = details
    this.json = options.json ?? false
    this.hint = options.hint
    this.stdout = options.stdout
  }
}

/**
 * Bad usage of the command line: unknown flag, missing value, unreadable `--at`. Exit code 2.
 *
 * @example
 * ```ts
 * throw new UsageError('missing --to', { hint: "Run 'sendsms help send' for usage." })
 * ```
 */
export class UsageError extends CliError {
  override name = 'UsageError'

  constructor(message: string, options: { json?: boolean; hint?: string } = {}) {
    super(message, EXIT_CODES.usage, { kind: 'UsageError' }, options)
  }
}
