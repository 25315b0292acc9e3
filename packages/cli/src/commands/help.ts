/**
 * Help texts of `sendsms` and the `help [command]` command. `sendsms --help` is benchmarked
 * for cold start, so nothing here may import the client or the mock: the defaults come from
 * `@sendsms/client/settings`, which imports nothing but `@sendsms/wire`; the mock's help
 * comes from `@sendsms/mock-server/usage` and the bulk limit from the client, each only when
 * that help is asked for.
 */
import { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS } from '@sendsms/client/settings'
import { UsageError } from '../errors/cli-error.js'

const GENERAL = `sendsms: send SMS through the Advanta SMS API, or run its offline mock

Usage:
  sendsms send --to NUMBERS --message TEXT [options]   send one message to one or more numbers
  sendsms bulk FILE [options]                          send the messages of a JSON or CSV file
  sendsms otp --to NUMBERS --message TEXT [options]    send an OTP or transactional message
  sendsms balance [options]                            print the account's credit
  sendsms status MESSAGE_ID [options]                  print the delivery report of a message
  sendsms mock [options]                               run the offline mock server
  sendsms drift [options]                              compare the live API with the mock, for free
  sendsms pact verify|check PACTS [options]            verify pacts against the mock, or check them
  sendsms config set|get|unset|list|use ...            settings profiles (the config file)
  sendsms completion bash|zsh|fish                     print a shell completion script
  sendsms help [command]                               show help for a command
  sendsms --version                                    print the version

Environment:
  ADVANTA_BASE_URL    API base URL (default ${DEFAULT_BASE_URL})
  ADVANTA_API_KEY     API key
  ADVANTA_PARTNER_ID  partner ID
  ADVANTA_SHORTCODE   sender id (shortcode)
  SENDSMS_PROFILE     profile of the config file to use (also --profile, -p)
  SENDSMS_CONFIG_DIR  directory of the config file (default: your config directory)
  NO_COLOR, FORCE_COLOR  colours off / on (default: on for a terminal only)
  Flags override these variables, which override --env-file, which overrides the
  profile; an empty value counts as unset. 'sendsms config list' shows where each comes from.

Exit codes:
  0 all accepted   1 unexpected bug   2 bad usage or input refused before sending
  3 provider refused the request   4 some recipients rejected   5 could not reach the API
  6 a send to more than 1000 numbers stopped part-way (every recipient printed)
  7 sendsms drift found a difference   8 sendsms pact: a contract broken
  9 sendsms pact: @sendsms/pact is not installed
  10 sendsms mock could not listen (port in use, or not this machine's host)

Run 'sendsms help COMMAND' (send, bulk, otp, balance, status, mock, drift, pact, config,
completion) for its options.
`

// The connection options every command that calls the API takes, in every help text.
const CONNECTION = `  --json             print exactly one JSON document on standard output
  --base-url URL     API base URL (env ADVANTA_BASE_URL, default ${DEFAULT_BASE_URL})
  --api-key KEY      API key (env ADVANTA_API_KEY); never printed
  --partner-id ID    partner ID (env ADVANTA_PARTNER_ID)
  --shortcode NAME   sender id (env ADVANTA_SHORTCODE)
  --timeout MS       give up after MS milliseconds (default ${DEFAULT_TIMEOUT_MS})
  -p, --profile NAME settings profile of the config file (env SENDSMS_PROFILE)
  --env-file FILE    read ADVANTA_* from a .env file (below the environment)
  -h, --help         show this help`

// The recipient options `send` and `otp` share (RECIPIENT_FLAGS), written once.
const RECIPIENTS = `  -t, --to NUMBERS   recipients: commas, spaces or newlines between them; repeatable;
                     @FILE reads a list file, '-' standard input
  --csv FILE         read the numbers from a CSV file's column (--column NAME, else the
                     column named to, mobile, number or phone)
  -m, --message TEXT the message; '-' reads it from standard input
  -n, --dry-run      print numbers valid and refused, encoding, parts, requests, credit
                     needed and balance; send nothing
  --no-check         send every number as given, for the provider to judge each (by
                     default refused numbers and repeats are left out and reported)
  -q, --quiet        no progress bar`

const SEND = `Usage: sendsms send --to NUMBERS --message TEXT [options]

Send one message to one or more numbers and print one line per recipient.

Options:
${RECIPIENTS}
  --at WHEN          schedule: unix seconds, 'YYYY-MM-DD HH:mm' or ISO 8601, in East Africa
                     Time unless it has an offset ('2030-01-15T06:00:00Z')
  --get              send with GET instead of POST
${CONNECTION}

Examples:
  sendsms send --to 254712345678 --message "Hello"
  sendsms send --to 254712345678,254733123456 --message "Meeting at 10" --at "2030-01-15 09:00"
  sendsms send --to @numbers.txt -m "Offices closed on Monday" --dry-run
  sendsms send --csv customers.csv --column phone -m "Sale starts today"
  echo "Build passed" | sendsms send --to 254712345678 --message - --json

Exit codes: 0 all accepted, 2 bad usage, 3 provider refused, 4 some rejected, 5 unreachable.
`

const OTP = `Usage: sendsms otp --to NUMBERS --message TEXT [options]

Send an OTP or transactional message (the sendotp endpoint) and print one line per
recipient. With --hashed, the numbers are hashed (SHA-256 of the 254 form) before they are
sent, for hashed Safaricom numbers; a value of 64 hex digits is taken as a hash already.

Options:
${RECIPIENTS}
  --hashed           send to hashed numbers (POST only; rows show the hash)
  --get              send with GET instead of POST (not with --hashed)
${CONNECTION}

Examples:
  sendsms otp --to 254712345678 --message "Your code is 4821"
  sendsms otp --to 0712345678 --message "Payment received" --hashed --json

Exit codes: 0 all accepted, 2 bad usage, 3 provider refused, 4 some rejected, 5 unreachable.
`

function bulkHelp(maxItems: number): string {
  return `Usage: sendsms bulk FILE [options]

Send the messages of FILE (each its own number and text) in one request, at most
${maxItems} of them, and print one line per message. FILE '-' reads standard input.

FILE is JSON (a .json file, or text starting with '['): an array of objects
  [{ "to": "254712345678", "message": "Hi Ann", "clientSmsId": 1001 }, ...]
or CSV (a .csv file, or anything else) with a header row:
  to,message,clientSmsId
  254712345678,"Hi Ann, your order shipped",1001
The number is 'to', 'mobile', 'number' or 'phone'; the text 'message'; the optional id
'clientSmsId' (also 'clientsmsid', 'client_sms_id'). Names ignore case; other columns or
keys are ignored. A CSV id of digits is sent as a number, as the provider's docs send it.
A CSV message is a template: {name} takes the row's 'name' column ("Hello {name}").

Each number is checked first: a message to a refused number is left out and reported on
standard error (exit 4), and the rest are sent in their 254 form.

Options:
      --no-check     send every number as given; the provider judges each
  -n, --dry-run      print the numbers refused, encodings, parts and credit needed; send nothing
${CONNECTION}

Examples:
  sendsms bulk orders.csv
  sendsms bulk reminders.json --json > result.json

Exit codes: 0 all accepted, 2 bad usage, a bad file or no valid number, 3 provider refused,
4 some rejected or refused, 5 unreachable.
`
}

const CONFIG = `Usage: sendsms config ACTION [options]

Keep connection settings in named profiles, in the config file of your config directory
($SENDSMS_CONFIG_DIR, else %APPDATA%/sendsms on Windows, $XDG_CONFIG_HOME/sendsms, or
~/.config/sendsms; config.json, mode 0600). Settings: base-url, api-key, partner-id,
shortcode. Flags override environment variables, which override --env-file, which
overrides the profile.

Actions:
  set SETTING VALUE  store a setting in the profile ('-' reads VALUE from standard input,
                     which keeps an API key out of your shell history)
  get SETTING        print a setting of the profile; api-key prints [redacted] unless
                     --show-secret
  unset SETTING      remove a setting from the profile
  list               every setting in effect and where it comes from
  use NAME           make NAME the profile used when no --profile is given
  profiles           the profile names, one per line

Options:
  -p, --profile NAME the profile (default: SENDSMS_PROFILE, else the one in use, else default)
  --show-secret      config get api-key: print the key itself
  --json             print one JSON document (list, get)
  -h, --help         show this help

Examples:
  sendsms config set partner-id 12345 --profile live
  printf %s "$KEY" | sendsms config set api-key - --profile live
  sendsms config use live
  sendsms config list
`

const COMPLETION = `Usage: sendsms completion bash|zsh|fish

Print a completion script for the shell: commands, flags, files and profile names.

  bash: source <(sendsms completion bash)                      (in ~/.bashrc)
  zsh:  source <(sendsms completion zsh)                       (in ~/.zshrc, after compinit)
  fish: sendsms completion fish > ~/.config/fish/completions/sendsms.fish
`

const BALANCE = `Usage: sendsms balance [options]

Print the account's remaining credit.

Options:
  --get              ask with GET instead of POST
${CONNECTION}

Examples:
  sendsms balance
  sendsms balance --json | jq .balance.credit

Exit codes: 0 printed, 2 bad usage, 3 provider refused, 5 unreachable.
`

const STATUS = `Usage: sendsms status MESSAGE_ID [options]

Print the delivery report of a message, by the id a send printed: its status (as the
provider words it, with its number), whether it is final, the network, the turnaround and
when the report arrived (ISO 8601, UTC).

Options:
  --get              ask with GET instead of POST
${CONNECTION}

Examples:
  sendsms status 100000001
  sendsms status 100000001 --json | jq -r .report.status

Exit codes: 0 printed (whatever the status), 2 bad usage, 3 provider refused or no report
yet (error.name NoDeliveryReportError with --json), 5 unreachable.
`

const PACT = `Usage: sendsms pact verify PACTS [options]
       sendsms pact check PACTS [options]

PACTS are pact files or directories of *.json pact files (Pact V4, as pact-js writes them).
Needs the @sendsms/pact package (npm install --save-dev @sendsms/pact).

verify: replays every interaction with Pact's own verifier against the offline mock, each
provider state set up by the mock by its name (GET /__mock/provider-states lists them).
Provider state names the mock does not know are named before the run.
  --junit FILE       also write a JUnit XML report (one test case per interaction)
  --base-url URL     a mock already running (default: one started on a free port)
  --json             print one JSON document: passed, unknownStates, interactions

check: checks every interaction against the OpenAPI document, offline.
  --comparator       also run @pactflow/openapi-pact-comparator (bi-directional contract testing)
  --spec FILE        check against another OpenAPI document, with the comparator only
  --json             print one JSON document: passed, checkers, interactions

Examples:
  sendsms pact verify pacts/ --junit reports/pact-junit.xml
  sendsms pact verify pacts/my-app-advanta-sms-api.json --base-url http://127.0.0.1:4010
  sendsms pact check pacts/ --comparator

Exit codes: 0 every interaction passed, 2 bad usage or unreadable pact, 7 an interaction
failed, 8 @sendsms/pact is not installed.
`

// The mock's help is its own command line's (`sendsms-mock`), loaded only when asked for:
// it is the one text of both commands, and `sendsms --help` must not load the mock.
const TOPICS: Readonly<Record<string, () => string | Promise<string>>> = {
  send: () => SEND,
  // The limit comes from the client, loaded only for this help.
  bulk: async () => bulkHelp((await import('@sendsms/client')).MAX_BULK_ITEMS),
  otp: () => OTP,
  balance: () => BALANCE,
  status: () => STATUS,
  pact: () => PACT,
  mock: async () => (await import('@sendsms/mock-server/usage')).mockCliUsage('sendsms mock'),
  drift: async () => (await import('./drift-help.js')).driftHelp(),
  config: () => CONFIG,
  completion: () => COMPLETION,
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
