/**
 * Help texts of `sendsms` and the `help [command]` command. `sendsms --help` is benchmarked
 * for cold start, so nothing here may import the client or the mock: the defaults come from
 * `@sendsms/client/settings`, which imports nothing but `@sendsms/wire`, and the mock's help
 * from `@sendsms/mock-server/usage` when it is asked for.
 */
import { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS } from '@sendsms/client/settings'
import { UsageError } from '../errors/cli-error.js'

const GENERAL = `sendsms: send SMS through the Advanta SMS API, or run its offline mock

Usage:
  sendsms send --to NUMBERS --message TEXT [options]   send one message to one or more numbers
  sendsms mock [options]                               run the offline mock server
  sendsms help [command]                               show help for a command
  sendsms --version                                    print the version

Environment:
  ADVANTA_BASE_URL    API base URL (default ${DEFAULT_BASE_URL})
  ADVANTA_API_KEY     API key
  ADVANTA_PARTNER_ID  partner ID
  ADVANTA_SHORTCODE   sender id (shortcode)
  Flags override these variables; an empty value counts as unset.

Exit codes:
  0 all accepted   1 unexpected bug   2 bad usage or input refused before sending
  3 provider refused the request   4 some recipients rejected   5 could not reach the API

Run 'sendsms help send' or 'sendsms help mock' for the options of a command.
`

const SEND = `Usage: sendsms send --to NUMBERS --message TEXT [options]

Send one message to one or more numbers and print one line per recipient.

Options:
  --to NUMBERS       recipients, comma-separated; repeatable (--to a,b --to c)
  --message TEXT     the message; '-' reads it from standard input
  --at WHEN          schedule: unix seconds, 'YYYY-MM-DD HH:mm' or ISO 8601, in East Africa
                     Time unless it has an offset ('2030-01-15T06:00:00Z')
  --get              send with GET instead of POST
  --json             print exactly one JSON document on standard output
  --base-url URL     API base URL (env ADVANTA_BASE_URL, default ${DEFAULT_BASE_URL})
  --api-key KEY      API key (env ADVANTA_API_KEY); never printed
  --partner-id ID    partner ID (env ADVANTA_PARTNER_ID)
  --shortcode NAME   sender id (env ADVANTA_SHORTCODE)
  --timeout MS       give up after MS milliseconds (default ${DEFAULT_TIMEOUT_MS})
  -h, --help         show this help

Examples:
  sendsms send --to 254712345678 --message "Hello"
  sendsms send --to 254712345678,254733123456 --message "Meeting at 10" --at "2030-01-15 09:00"
  echo "Build passed" | sendsms send --to 254712345678 --message - --json

Exit codes: 0 all accepted, 2 bad usage, 3 provider refused, 4 some rejected, 5 unreachable.
`

// The mock's help is its own command line's (`sendsms-mock`), loaded only when asked for:
// it is the one text of both commands, and `sendsms --help` must not load the mock.
const TOPICS: Readonly<Record<string, () => string | Promise<string>>> = {
  send: () => SEND,
  mock: async () => (await import('@sendsms/mock-server/usage')).mockCliUsage('sendsms mock'),
}

/**
 * The help text for a command, or the general help when no command is given.
 * Throws a UsageError for an unknown command.
 *
 * @example
 * ```ts
 * (await helpText('send')).startsWith('Usage: sendsms send') // true
 * ```
 */
export async function helpText(command?: string): Promise<string> {
  if (command === undefined) return GENERAL
  const text = TOPICS[command]
  if (text === undefined) {
    throw new UsageError(`no help for unknown command '${command}'`, {
      hint: "Run 'sendsms --help' for the list of commands.",
    })
  }
  return text()
}
