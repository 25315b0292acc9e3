/**
 * The exit codes of `sendsms`, one per outcome, so scripts and CI pipelines can branch on
 * what happened without parsing any output.
 */

/**
 * Exit codes returned by {@link runCli} and set by the `sendsms` binary.
 *
 * | code | name | meaning |
 * |---|---|---|
 * | 0 | `ok` | every recipient accepted (or help/version printed, mock stopped cleanly) |
 * | 1 | `bug` | unexpected error inside sendsms (a stack trace is printed) |
 * | 2 | `usage` | bad usage, or input refused before anything was sent |
 * | 3 | `apiError` | the provider refused the whole request (top-level response code) |
 * | 4 | `partialFailure` | one or more recipients rejected, the others accepted |
 * | 5 | `unreachable` | no usable answer: connection failed, timed out, or the body was not the API's |
 * | 6 | `incomplete` | a send of several requests stopped part-way: some recipients accepted, the others failed or not attempted |
 * | 7 | `drift` | `sendsms drift` found a difference between the upstream's answers and the mock's |
 * | 8 | `contractBroken` | `sendsms pact verify` or `check`: an interaction failed verification or disagrees with the spec |
 * | 9 | `pactNotInstalled` | `sendsms pact`: the optional `@sendsms/pact` package is not installed |
 * | 10 | `cannotListen` | `sendsms mock` could not listen: the port is in use, or the host is not this machine's |
 *
 * @example
 * ```ts
 * import { EXIT_CODES, runCli } from '@sendsms/cli'
 *
 * const code = await runCli(['send', '--to', '254712345678', '--message', 'Hi'])
 * if (code === EXIT_CODES.partialFailure) console.warn('some numbers were rejected')
 * ```
 */
export const EXIT_CODES = {
  ok: 0,
  bug: 1,
  usage: 2,
  apiError: 3,
  partialFailure: 4,
  unreachable: 5,
  incomplete: 6,
  drift: 7,
  contractBroken: 8,
  pactNotInstalled: 9,
  cannotListen: 10,
} as const

/**
 * One of the values of {@link EXIT_CODES}.
 *
 * @example
 * ```ts
 * const code: ExitCode = EXIT_CODES.usage
 * ```
 */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES]
