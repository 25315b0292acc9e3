/**
 * `sendsms balance`: prints the account's remaining credit (readable, or one JSON document
 * with --json).
 */
import type { ResolvedIo } from '../cli-io.js'
import type { ExitCode } from '../exit-codes.js'
import { EXIT_CODES } from '../exit-codes.js'
import { parseFlags } from '../input/parse-flags.js'
import { formatHumanBalance, formatJsonBalance } from '../output/balance.js'
import { CONNECTION_FLAGS } from './connection-flags.js'
import { helpText } from './help.js'
import { withClient } from './with-client.js'

/** The flags of this command, for parsing and completion. */
export const BALANCE_FLAGS = {
  get: { type: 'boolean', help: 'ask with GET instead of POST' },
  ...CONNECTION_FLAGS,
} as const

/**
 * Runs `sendsms balance` and returns its exit code: 0 once the credit is printed. Failures are
 * thrown as CliError (usage 2, provider 3, unreachable 5).
 *
 * @example
 * ```ts
 * const code = await runBalance(['--json'], io)
 * ```
 */
export async function runBalance(argv: readonly string[], io: ResolvedIo): Promise<ExitCode> {
  const json = argv.includes('--json')
  const { values } = parseFlags(argv, BALANCE_FLAGS, { command: 'balance', json })
  if (values.help) {
    io.stdout(await helpText('balance'))
    return EXIT_CODES.ok
  }
  const balance = await withClient(values, io, { json, command: 'balance' }, (sms) =>
    sms.getBalance({ method: values.get ? 'GET' : 'POST' }),
  )
  io.stdout(json ? formatJsonBalance(balance) : formatHumanBalance(balance))
  return EXIT_CODES.ok
}
