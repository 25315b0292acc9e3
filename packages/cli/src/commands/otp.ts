/**
 * `sendsms otp`: sends an OTP or transactional message through `sendotp`, to numbers or,
 * with --hashed, to hashed Safaricom numbers (hashed by the client before sending), and
 * prints the outcome per recipient as `send` does.
 */
import type { ResolvedIo } from '../cli-io.js'
import { UsageError } from '../errors/cli-error.js'
import type { ExitCode } from '../exit-codes.js'
import { EXIT_CODES } from '../exit-codes.js'
import { readMessage } from '../input/message.js'
import { parseFlags } from '../input/parse-flags.js'
import { collectRecipients } from '../input/recipients.js'
import { formatHumanResult } from '../output/human.js'
import { formatJsonResult } from '../output/json.js'
import { CONNECTION_FLAGS } from './connection-flags.js'
import { helpText } from './help.js'
import { withClient } from './with-client.js'

const OTP_FLAGS = {
  to: { type: 'string', multiple: true },
  message: { type: 'string' },
  get: { type: 'boolean' },
  hashed: { type: 'boolean' },
  ...CONNECTION_FLAGS,
} as const

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
  const to = collectRecipients(values.to ?? [])
  if (to.length === 0) throw new UsageError('missing --to (one or more numbers)', { json, hint })
  if (values.message === undefined) throw new UsageError('missing --message', { json, hint })
  if (values.hashed && values.get) {
    throw new UsageError('--hashed sends with POST; it cannot be combined with --get', {
      json,
      hint,
    })
  }
  const message = await readMessage(values.message, io)
  const result = await withClient(values, io, { json, command: 'otp' }, (sms) =>
    values.hashed
      ? sms.sendHashed({ to, message })
      : sms.sendOtp({ to, message, method: values.get ? 'GET' : 'POST' }),
  )
  io.stdout(json ? formatJsonResult(result) : formatHumanResult(result))
  return result.allAccepted ? EXIT_CODES.ok : EXIT_CODES.partialFailure
}
