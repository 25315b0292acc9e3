/**
 * `sendsms send`: reads the flags, sends one message through @sendsms/client and prints the
 * outcome per recipient (readable lines, or one JSON document with --json).
 */
import type { ResolvedIo } from '../cli-io.js'
import { UsageError } from '../errors/cli-error.js'
import type { ExitCode } from '../exit-codes.js'
import { EXIT_CODES } from '../exit-codes.js'
import { readMessage } from '../input/message.js'
import { parseFlags } from '../input/parse-flags.js'
import { collectRecipients } from '../input/recipients.js'
import { readSendAt } from '../input/send-at.js'
import { formatHumanResult } from '../output/human.js'
import { formatJsonResult } from '../output/json.js'
import { CONNECTION_FLAGS } from './connection-flags.js'
import { helpText } from './help.js'
import { withClient } from './with-client.js'

const SEND_FLAGS = {
  to: { type: 'string', multiple: true },
  message: { type: 'string' },
  at: { type: 'string' },
  get: { type: 'boolean' },
  ...CONNECTION_FLAGS,
} as const

/**
 * Runs `sendsms send` and returns its exit code: 0 all accepted, 4 some rejected. Expected
 * failures are thrown as CliError (usage 2, provider 3, unreachable 5) for the top-level
 * handler to print.
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
  const to = collectRecipients(values.to ?? [])
  if (to.length === 0) throw new UsageError('missing --to (one or more numbers)', { json, hint })
  if (values.message === undefined) throw new UsageError('missing --message', { json, hint })
  const message = await readMessage(values.message, io)
  const sendAt = values.at === undefined ? undefined : readSendAt(values.at, { json })

  const result = await withClient(values, io, { json, command: 'send' }, (sms) =>
    sms.sendSms({
      to,
      message,
      method: values.get ? 'GET' : 'POST',
      ...(sendAt === undefined ? {} : { sendAt }),
    }),
  )
  io.stdout(json ? formatJsonResult(result) : formatHumanResult(result, { scheduledFor: sendAt }))
  return result.allAccepted ? EXIT_CODES.ok : EXIT_CODES.partialFailure
}
