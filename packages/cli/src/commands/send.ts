/**
 * `sendsms send`: reads the recipients (typed, from a file, standard input or a CSV column)
 * and the flags, checks the numbers when asked or when they were read from a list, sends one
 * message through @sendsms/client (any number of recipients, in requests of at most 1000,
 * with a progress bar on a terminal) and prints the outcome per recipient (readable lines,
 * or one JSON document with --json). `--dry-run` prints the plan and sends nothing.
 */
import { MAX_RECIPIENTS } from '@sendsms/wire'
import type { ResolvedIo } from '../cli-io.js'
import type { ExitCode } from '../exit-codes.js'
import { EXIT_CODES } from '../exit-codes.js'
import { parseFlags } from '../input/parse-flags.js'
import { readSendAt } from '../input/send-at.js'
import { startProgress } from '../output/progress.js'
import { CONNECTION_FLAGS, type FlagSpec } from './connection-flags.js'
import { helpText } from './help.js'
import { prepareRecipients } from './prepare-recipients.js'
import { printSendResult } from './print-send-result.js'
import { RECIPIENT_FLAGS } from './send-flags.js'
import { withClient } from './with-client.js'

/** The flags of `send`, for parsing and completion. */
export const SEND_FLAGS = {
  ...RECIPIENT_FLAGS,
  at: { type: 'string', help: "schedule: unix seconds, 'YYYY-MM-DD HH:mm' or ISO 8601" },
  get: { type: 'boolean', help: 'send with GET instead of POST' },
  ...CONNECTION_FLAGS,
} as const satisfies Record<string, FlagSpec>

/**
 * Runs `sendsms send` and returns its exit code: 0 all accepted, 4 some rejected (by the
 * provider, or refused by the check and not sent). Expected failures are thrown as CliError
 * (usage 2, provider 3, unreachable 5, incomplete 6) for the top-level handler to print.
 *
 * @example
 * ```ts
 * const code = await runSend(['--to', '254712345678', '--message', 'Hi'], io)
 * ```
 */
export async function runSend(argv: readonly string[], io: ResolvedIo): Promise<ExitCode> {
  // --json is looked for before parsing so that even a parse error comes out as JSON.
  const json = argv.includes('--json')
  const { values } = parseFlags(argv, SEND_FLAGS, { command: 'send', json })
  if (values.help) {
    io.stdout(await helpText('send'))
    return EXIT_CODES.ok
  }
  const hint = "Run 'sendsms help send' for usage."
  const prepared = await prepareRecipients(values, io, { json, hint })
  const sendAt = values.at === undefined ? undefined : readSendAt(values.at, { json })
  const { to, check, message } = prepared
  if (prepared.dryRun !== undefined) return prepared.dryRun(Math.ceil(to.length / MAX_RECIPIENTS))

  const bar = await startProgress(io, {
    total: to.length,
    requests: Math.ceil(to.length / MAX_RECIPIENTS),
    json,
    quiet: values.quiet,
  })
  const result = await withClient(values, io, { json, command: 'send', sends: true }, (sms) =>
    sms
      .sendSms({
        to,
        message,
        method: values.get ? 'GET' : 'POST',
        ...(sendAt === undefined ? {} : { sendAt }),
        ...(bar === undefined ? {} : { onProgress: bar.update }),
      })
      .finally(() => bar?.stop()),
  )
  return printSendResult(result, check, io, { json, scheduledFor: sendAt })
}
