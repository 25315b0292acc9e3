/**
 * `sendsms otp`: sends an OTP or transactional message through `sendotp`, to numbers or,
 * with --hashed, to hashed Safaricom numbers (hashed by the client before sending), and
 * prints the outcome per recipient as `send` does.
 */
import type { ResolvedIo } from '../cli-io.js'
import { UsageError } from '../errors/cli-error.js'
import type { ExitCode } from '../exit-codes.js'
import { EXIT_CODES } from '../exit-codes.js'
import { parseFlags } from '../input/parse-flags.js'
import { CONNECTION_FLAGS, type FlagSpec } from './connection-flags.js'
import { helpText } from './help.js'
import { prepareRecipients } from './prepare-recipients.js'
import { printSendResult } from './print-send-result.js'
import { RECIPIENT_FLAGS } from './send-flags.js'
import { withClient } from './with-client.js'

/** The flags of `otp`, for parsing and completion. */
export const OTP_FLAGS = {
  ...RECIPIENT_FLAGS,
  get: { type: 'boolean', help: 'send with GET instead of POST (not with --hashed)' },
  hashed: { type: 'boolean', help: 'send to hashed Safaricom numbers (POST only)' },
  ...CONNECTION_FLAGS,
} as const satisfies Record<string, FlagSpec>

/**
 * Runs `sendsms otp` and returns its exit code: 0 all accepted, 4 some rejected. Failures are
 * thrown as CliError (usage 2, provider 3, unreachable 5).
 *
 * @example
 * ```ts
 * const code = await runOtp(['--to', '254712345678', '--message', 'Your code is 4821'], io)
 * ```
 */
export async function runOtp(argv: readonly string[], io: ResolvedIo): Promise<ExitCode> {
  const json = argv.includes('--json')
  const { values } = parseFlags(argv, OTP_FLAGS, { command: 'otp', json })
  if (values.help) {
    io.stdout(await helpText('otp'))
    return EXIT_CODES.ok
  }
  const hint = "Run 'sendsms help otp' for usage."
  if (values.hashed && values.get) {
    throw new UsageError('--hashed sends with POST; it cannot be combined with --get', {
      json,
      hint,
    })
  }
  // With --hashed, a hash is sent as given (there is no number in it to check); the numbers
  // among the values are checked as any send's, and the client hashes the valid ones.
  const isHash = values.hashed ? (await import('@sendsms/client')).isHashedMsisdn : undefined
  const prepared = await prepareRecipients(values, io, { json, hint, command: 'otp', isHash })
  if (prepared.dryRun !== undefined) return prepared.dryRun(1)
  const { to, message, check } = prepared
  const result = await withClient(values, io, { json, command: 'otp', sends: true }, (sms) =>
    values.hashed
      ? sms.sendHashed({ to, message })
      : sms.sendOtp({ to, message, method: values.get ? 'GET' : 'POST' }),
  )
  return printSendResult(result, check, io, { json })
}
