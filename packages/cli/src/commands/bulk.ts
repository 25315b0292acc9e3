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
import { parseFlags } from '../input/parse-flags.js'
import { formatHumanResult } from '../output/human.js'
import { formatJsonResult } from '../output/json.js'
import { CONNECTION_FLAGS } from './connection-flags.js'
import { helpText } from './help.js'
import { withClient } from './with-client.js'

const HINT = "Run 'sendsms help bulk' for usage."

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
  const { values, positionals } = parseFlags(argv, CONNECTION_FLAGS, {
    command: 'bulk',
    json,
    allowPositionals: true,
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
  const result = await withClient(values, io, { json, command: 'bulk' }, (sms) =>
    sms.sendBulk(items),
  )
  io.stdout(json ? formatJsonResult(result) : formatHumanResult(result))
  return result.allAccepted ? EXIT_CODES.ok : EXIT_CODES.partialFailure
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
