/**
 * `sendsms bulk <FILE>`: sends the messages of a JSON or CSV file (each its own number and
 * text) in one `sendbulk` request, and prints the outcome per message as `send` does, each
 * row with its client id.
 */
import { readFile } from 'node:fs/promises'
import type { ResolvedIo } from '../cli-io.js'
import { UsageError } from '../errors/cli-error.js'
import type { ExitCode } from '../exit-codes.js'
import { EXIT_CODES } from '../exit-codes.js'
import { readBulkItems } from '../input/bulk-file.js'
import { checkBulkItems, checkRecipients, shouldCheck } from '../input/check-recipients.js'
import { parseFlags } from '../input/parse-flags.js'
import { formatNumberReport } from '../output/number-report.js'
import { CONNECTION_FLAGS, type FlagSpec } from './connection-flags.js'
import { runDryRun } from './dry-run.js'
import { helpText } from './help.js'
import { noValidNumber } from './prepare-recipients.js'
import { printSendResult } from './print-send-result.js'
import { RECIPIENT_FLAGS } from './send-flags.js'
import { withClient } from './with-client.js'

const HINT = "Run 'sendsms help bulk' for usage."

/** The flags of `bulk`, for parsing and completion. */
export const BULK_FLAGS = {
  'no-check': RECIPIENT_FLAGS['no-check'],
  'dry-run': RECIPIENT_FLAGS['dry-run'],
  ...CONNECTION_FLAGS,
} as const satisfies Record<string, FlagSpec>

// What `send` users reach for first: in a bulk file each row carries its own.
const ROW_TEXT = "each row's 'message' column is its text, and {name} in it takes the row's 'name'"
const ROW_NUMBER = "each row's 'to' column (or 'mobile', 'number', 'phone') is its number"
const NOT_BULK_FLAGS = {
  '--message': ROW_TEXT,
  '-m': ROW_TEXT,
  '--to': ROW_NUMBER,
  '-t': ROW_NUMBER,
}

/**
 * Runs `sendsms bulk` and returns its exit code: 0 all accepted, 4 some rejected. A file that
 * cannot be read or is not a bulk file is bad usage (2); other failures are thrown as
 * CliError (provider 3, unreachable 5).
 *
 * @example
 * ```ts
 * const code = await runBulk(['orders.csv', '--json'], io)
 * ```
 */
export async function runBulk(argv: readonly string[], io: ResolvedIo): Promise<ExitCode> {
  const json = argv.includes('--json')
  const { values, positionals } = parseFlags(argv, BULK_FLAGS, {
    command: 'bulk',
    json,
    allowPositionals: true,
    elsewhere: NOT_BULK_FLAGS,
  })
  if (values.help) {
    io.stdout(await helpText('bulk'))
    return EXIT_CODES.ok
  }
  const [file, ...extra] = positionals
  if (file === undefined || extra.length > 0) {
    throw new UsageError('bulk takes exactly one file (or - for standard input)', {
      json,
      hint: HINT,
    })
  }
  const items = readBulkItems(await readBulkFile(file, io, json), file, json)
  if (values['dry-run']) {
    // One request, whatever its size; repeats are separate messages here, so none is dropped
    // or reported as left out.
    const all = await checkRecipients(
      items.map((item) => item.to),
      { dedupe: false },
    )
    const check = { ...all, duplicates: [] }
    const messages = items.map((item) => item.message)
    const sent = items.length - check.refused.length
    return runDryRun({ check, messages, sent, requests: 1 }, values, io, { json, command: 'bulk' })
  }
  // Checked as send checks: a refused number's message is left out and reported, the rest go
  // in their 254 form. Unchecked with --no-check, or when a message holds no single number
  // (the client refuses that file, naming the message).
  const checked = shouldCheck(values) ? await checkBulkItems(items) : undefined
  const check = checked?.check
  if (check !== undefined && !json) io.stderr(formatNumberReport(check))
  const sending = checked?.items ?? items
  if (sending.length === 0) throw noValidNumber(check, { json, hint: HINT })
  const result = await withClient(values, io, { json, command: 'bulk', sends: true }, (sms) =>
    sms.sendBulk(sending),
  )
  return printSendResult(result, check, io, { json })
}

async function readBulkFile(file: string, io: ResolvedIo, json: boolean): Promise<string> {
  if (file === '-') return io.readStdin()
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    const reason = (error as { code?: unknown }).code === 'ENOENT' ? 'no such file' : 'unreadable'
    throw new UsageError(`cannot read ${file}: ${reason}`, { json, hint: HINT })
  }
}
