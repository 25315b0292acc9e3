/**
 * @module
 * The help text of the mock's command line (`sendsms-mock` and `sendsms mock` print the
 * same). Its defaults are read from the modules that own them; it loads neither the server
 * nor Hono, so printing it stays fast.
 */
import { LOG_FORMATS } from '../log/log-format.js'
import { DEFAULT_HOST, DEFAULT_PORT } from '../node/listen-defaults.js'
import { QUIRK_NAMES } from '../provider/quirks.js'
import { DEFAULT_CREDIT, SANDBOX_ACCOUNT } from '../state/accounts.js'
import { DEFAULT_JOURNAL_BYTES, DEFAULT_JOURNAL_LIMIT } from '../state/journal.js'

const { partnerID, apikey, shortcodes } = SANDBOX_ACCOUNT

/**
 * Help for the mock command line; `command` is how it was started.
 * @example
 * console.log(mockCliUsage('sendsms mock'))
 */
export function mockCliUsage(command = 'sendsms-mock'): string {
  return `Usage: ${command} [options]

Runs an offline mock of the Advanta SMS API until Ctrl-C (SIGINT) or SIGTERM.

Options:
  --port N                 Port to listen on (0 = any free port). Default: $PORT, else ${DEFAULT_PORT}
  --host H                 Interface to bind. Default: ${DEFAULT_HOST}
  --account P:KEY:SC[:CR]  Add an account: partnerID:apikey:shortcode[,shortcode2][:credit]
                           (repeatable; credit defaults to ${DEFAULT_CREDIT})
  --accounts FILE.json     Add the accounts in a JSON file ([{ partnerID, apikey, shortcodes, credit }])
  --journal-limit N        Messages kept for GET /__mock/messages. Default: ${DEFAULT_JOURNAL_LIMIT}
  --journal-bytes N        Memory those messages may hold, in bytes. Default: ${DEFAULT_JOURNAL_BYTES}
  --quirks LIST            Emulate live drift: ${Object.keys(QUIRK_NAMES).join(',')}
  --log-format FORMAT      ${LOG_FORMATS.join(' (default) or ')}: one readable line, or one JSON object, per request
  --quiet                  Do not log requests
  --allow-host NAME        Let the control endpoints (/__mock/*) answer this Host besides
                           loopback names (repeatable; * for any)
  --cors ORIGIN            Let this browser origin call the control endpoints (repeatable; * for any)
  --no-fast-path           Serve every request through Hono's Node adapter (slower; same answers)
  -h, --help               Show this help

The sandbox account (partnerID ${partnerID}, apikey ${apikey}, shortcode ${shortcodes.join(',')}) is always
present unless an account with the same partnerID replaces it.

Examples:
  ${command}
  ${command} --port 0 --quirks string-ids
  ${command} --account 777:my-key:MYBRAND:500 --log-format json
`
}
