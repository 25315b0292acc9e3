/**
 * The end of `send`, `otp` and `bulk`: the result printed on standard output (one JSON
 * document with `--json`, the check's report added; else a line per recipient and the
 * summary), and the exit code, which counts the numbers the check refused as not sent.
 */
import type { SendSmsResult } from '@sendsms/client'
import type { NumbersCheck } from '@sendsms/client/numbers'
import type { ResolvedIo } from '../cli-io.js'
import { EXIT_CODES, type ExitCode } from '../exit-codes.js'
import { paintFor } from '../output/colors.js'
import { formatHumanResult } from '../output/human.js'
import { formatJsonResult } from '../output/json.js'
import { withNumberReport } from '../output/number-report.js'

/**
 * Prints a send's result and returns 0 when every recipient was accepted and none refused
 * by the check, else 4.
 *
 * @example
 * ```ts
 * return printSendResult(result, check, io, { json })
 * ```
 */
export async function printSendResult(
  result: SendSmsResult,
  check: NumbersCheck | undefined,
  io: ResolvedIo,
  options: { json: boolean; scheduledFor?: string | undefined },
): Promise<ExitCode> {
  const refused = check?.refused.length ?? 0
  if (options.json) {
    const text = formatJsonResult(result)
    io.stdout(check === undefined ? text : withNumberReport(text, check))
  } else {
    const paint = await paintFor(io, 'stdout')
    io.stdout(formatHumanResult(result, { scheduledFor: options.scheduledFor, paint, refused }))
  }
  return result.allAccepted && refused === 0 ? EXIT_CODES.ok : EXIT_CODES.partialFailure
}
