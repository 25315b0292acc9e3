/**
 * `sendsms status <messageId>`: prints the delivery report of one sent message (readable, or
 * one JSON document with --json).
 */
import type { ResolvedIo } from '../cli-io.js'
import { UsageError } from '../errors/cli-error.js'
import type { ExitCode } from '../exit-codes.js'
import { EXIT_CODES } from '../exit-codes.js'
import { parseFlags } from '../input/parse-flags.js'
import { formatHumanReport, formatJsonReport } from '../output/report.js'
import { CONNECTION_FLAGS } from './connection-flags.js'
import { helpText } from './help.js'
import { withClient } from './with-client.js'

/** The flags of this command, for parsing and completion. */
export const STATUS_FLAGS = {
  get: { type: 'boolean', help: 'ask with GET instead of POST' },
  ...CONNECTION_FLAGS,
} as const

/**
 * Runs `sendsms status` and returns its exit code: 0 once a report is printed, whatever its
 * status. "No report yet" is the provider's answer (NoDeliveryReportError, exit 3); other
 * failures are thrown as CliError (usage 2, provider 3, unreachable 5).
 *
 * @example
 * ```ts
 * const code = await runStatus(['100000001', '--json'], io)
 * ```
 */
export async function runStatus(argv: readonly string[], io: ResolvedIo): Promise<ExitCode> {
  const json = argv.includes('--json')
  const { values, positionals } = parseFlags(argv, STATUS_FLAGS, {
    command: 'status',
    json,
    allowPositionals: true,
  })
  if (values.help) {
    io.stdout(await helpText('status'))
    return EXIT_CODES.ok
  }
  const [messageId, ...extra] = positionals
  if (messageId === undefined || extra.length > 0) {
    throw new UsageError('status takes exactly one message ID', {
      json,
      hint: "Run 'sendsms help status' for usage.",
    })
  }
  const report = await withClient(values, io, { json, command: 'status' }, (sms) =>
    sms.getDeliveryReport(messageId, { method: values.get ? 'GET' : 'POST' }),
  )
  io.stdout(json ? formatJsonReport(report) : formatHumanReport(report))
  return EXIT_CODES.ok
}
