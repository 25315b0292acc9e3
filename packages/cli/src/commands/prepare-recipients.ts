/**
 * What `send` and `otp` do before their request: read the recipients and the message, check
 * the numbers when that is asked or the list was read from a file (reporting the refused ones
 * on standard error), and stop with bad usage when nothing is left to send. A dry run gets
 * its plan here, so both commands print it alike.
 */
import type { NumbersCheck } from '@sendsms/client/numbers'
import type { ResolvedIo } from '../cli-io.js'
import { CliError, UsageError } from '../errors/cli-error.js'
import { EXIT_CODES, type ExitCode } from '../exit-codes.js'
import { checkRecipients, shouldCheck } from '../input/check-recipients.js'
import { readMessage } from '../input/message.js'
import { readRecipients } from '../input/recipient-sources.js'
import { formatJsonError } from '../output/json.js'
import { formatNumberReport, numberReportJson } from '../output/number-report.js'
import { runDryRun } from './dry-run.js'
import type { ClientFlags } from './with-client.js'

/** The flags this step reads. */
export type RecipientValues = ClientFlags & {
  to?: string[] | undefined
  csv?: string | undefined
  column?: string | undefined
  message?: string | undefined
  check?: boolean | undefined
  'no-check'?: boolean | undefined
  'dry-run'?: boolean | undefined
}

/** The numbers to send, the check's findings (when checked), the message, and the dry run. */
export interface PreparedSend {
  to: string[]
  check: NumbersCheck | undefined
  message: string
  /** With --dry-run: prints the plan (given the number of requests) and returns exit 0. */
  dryRun: ((requests: number) => Promise<ExitCode>) | undefined
}

/**
 * Reads and checks. Missing `--to`/`--message`, both read from standard input, or no valid
 * number left are UsageErrors (exit 2), before any request.
 *
 * @example
 * ```ts
 * const { to, message, check } = await prepareRecipients(values, io, { json, hint })
 * ```
 */
export async function prepareRecipients(
  values: RecipientValues,
  io: ResolvedIo,
  context: {
    json: boolean
    hint: string
    command?: string
    /** Tells the hashes of `otp --hashed`: sent as given, never checked or reported. */
    isHash?: ((value: string) => boolean) | undefined
  },
): Promise<PreparedSend> {
  const { json, hint } = context
  const recipients = await readRecipients(values, io, context)
  if (recipients.numbers.length === 0) {
    throw new UsageError('missing --to (one or more numbers) or --csv FILE', { json, hint })
  }
  if (values.message === undefined) throw new UsageError('missing --message', { json, hint })
  if (values.message === '-' && recipients.stdin) {
    throw new UsageError(
      'standard input can hold the numbers (--to -) or the message (--message -), not both',
      { json, hint },
    )
  }
  const message = await readMessage(values.message, io)
  const sendsChecked = shouldCheck(values)
  const dryRun = values['dry-run'] === true
  // The dry run checks even with --no-check, and says how many the real send would send.
  const { isHash } = context
  const toCheck = isHash ? recipients.numbers.filter((value) => !isHash(value)) : recipients.numbers
  const check = sendsChecked || dryRun ? await checkRecipients(toCheck) : undefined
  const to =
    check === undefined || !sendsChecked
      ? recipients.numbers
      : isHash
        ? inGivenOrder(recipients.numbers, isHash, check)
        : [...check.msisdns]
  const command = context.command ?? 'send'
  if (dryRun && check !== undefined) {
    return {
      to,
      check,
      message,
      dryRun: (requests) =>
        runDryRun(
          {
            check,
            messages: [message],
            sent: to.length,
            requests,
            hashes: recipients.numbers.length - toCheck.length,
          },
          values,
          io,
          { json, command },
        ),
    }
  }
  if (check !== undefined && !json) io.stderr(formatNumberReport(check))
  if (to.length === 0) throw noValidNumber(check, { json, hint })
  return { to, check, message, dryRun: undefined }
}

// Every hash, and each valid number once (in its 254 form, where it
// first came), in the order given. The check judged the other values in their order, one
// number each (readRecipients has split the lists), so its `index` counts them.
function inGivenOrder(
  values: readonly string[],
  isHash: (value: string) => boolean,
  check: NumbersCheck,
): string[] {
  const msisdnAt = new Map<number, string>()
  for (const number of check.valid) msisdnAt.set(number.index, number.msisdn)
  const to: string[] = []
  let index = 0
  for (const value of values) {
    if (isHash(value)) to.push(value)
    else {
      // Absent for a refused number and for a repeat, which the check left out.
      const msisdn = msisdnAt.get(index++)
      if (msisdn !== undefined) to.push(msisdn)
    }
  }
  return to
}

/**
 * The bad usage (exit 2) of a send whose every number the check refused: nothing is sent,
 * and `--json` prints the error with the check's report.
 *
 * @example
 * ```ts
 * if (to.length === 0) throw noValidNumber(check, { json, hint })
 * ```
 */
export function noValidNumber(
  check: NumbersCheck | undefined,
  context: { json: boolean; hint: string },
): CliError {
  const { json, hint } = context
  const text = 'no valid number to send to; nothing was sent'
  const stdout =
    check !== undefined && json
      ? `${JSON.stringify({ ...JSON.parse(formatJsonError({ kind: 'UsageError' }, text)), ...numberReportJson(check) })}\n`
      : undefined
  return new CliError(text, EXIT_CODES.usage, { kind: 'UsageError' }, { json, hint, stdout })
}
