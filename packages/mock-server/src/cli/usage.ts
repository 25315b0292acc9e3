/**
 * @module
 * The help text of the mock's command line (`sendsms-mock` and `sendsms mock` print the
 * same). Its defaults are read from the modules that own them; it loads neither the server
 * nor Hono, so printing it stays fast.
 */
import { CALLBACK_DEFAULTS } from '../callbacks/callback-options.js'
import { LOG_FORMATS } from '../log/log-format.js'
import { NAMESPACE_DEFAULTS } from '../namespaces/namespace-options.js'
import {
  DEFAULT_HOST,
  DEFAULT_KEEP_ALIVE_TIMEOUT_MS,
  DEFAULT_PORT,
} from '../node/listen-defaults.js'
import { ANSWER_FIELD_NAMES, ANSWER_FIELDS } from '../provider/profiles/answer-fields.js'
import { PROFILE_NAMES } from '../provider/profiles/named-profiles.js'
import { DEFAULT_NO_REPORT_CODE } from '../rules/get-dlr.js'
import { DEFAULT_CREDIT, SANDBOX_ACCOUNT } from '../state/accounts.js'
import { DEFAULT_JOURNAL_BYTES, DEFAULT_JOURNAL_LIMIT } from '../state/journal.js'
import {
  DEFAULT_REQUEST_JOURNAL_BYTES,
  DEFAULT_REQUEST_JOURNAL_LIMIT,
} from '../state/request-journal.js'

const { partnerID, apikey, shortcodes } = SANDBOX_ACCOUNT

// One line per endpoint and types: `sendsms.messageid|mobile|networkid=integer|string`.
function fieldLines(): string {
  const keys = new Map<string, string[]>()
  for (const name of ANSWER_FIELD_NAMES) {
    const { endpoint, key, types } = ANSWER_FIELDS[name]
    const line = `${endpoint} ${types.join('|')}`
    keys.set(line, [...(keys.get(line) ?? []), key])
  }
  return [...keys]
    .map(([line, names]) => {
      const [endpoint, types] = line.split(' ')
      return `${' '.repeat(29)}${endpoint}.${names.join('|')}=${types}`
    })
    .join('\n')
}

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
  --request-journal-limit N  Requests kept for GET /__mock/requests (every provider request,
                           refused or not). Default: ${DEFAULT_REQUEST_JOURNAL_LIMIT}
  --request-journal-bytes N  Memory those requests may hold, in bytes. Default: ${DEFAULT_REQUEST_JOURNAL_BYTES}
  --profile NAME           Answer as: ${PROFILE_NAMES.join(', ')}. Default: ${PROFILE_NAMES[0]}
                           (the types the docs show, low credit as a row per recipient)
  --answer SETTING=VALUE   Change one setting of the profile (repeatable):
                           code-key=response-code|respose-code, low-credit=row|top-level,
                           or FIELD=TYPE for one of these fields:
${fieldLines()}
  --virtual-clock [ISO]    Start the clock virtual: stopped (at ISO, else now) until
                           POST /__mock/clock moves it ({"advance":"18h"} or {"to":"ISO"})
  --no-report-code N       What getdlr answers for a message with no report: 1009 "No dlr"
                           (the getdlr page) or 1008 "No Delivery Report" (the code table).
                           Default: ${DEFAULT_NO_REPORT_CODE}
  --callback-url URL       POST the sandbox account's delivery reports to URL, tried up to
                           ${CALLBACK_DEFAULTS.attempts} times with backoff (other accounts: "callbackUrl" in --accounts)
  --namespace-limit N      Namespaces (/ns/NAME/...: a mock of its own per test run) at once.
                           Default: ${NAMESPACE_DEFAULTS.limit} (0 = none)
  --namespace-idle TIME    Let a namespace go after TIME without a request (15m, 90s, ms).
                           Default: ${NAMESPACE_DEFAULTS.idleMs / 60_000}m
  --namespace-journal-bytes N
                           Memory each journal of a namespace may hold, in bytes.
                           Default: ${NAMESPACE_DEFAULTS.journalBytes}
  --log-format FORMAT      ${LOG_FORMATS.join(' (default) or ')}: one readable line, or one JSON object, per request
  --quiet                  Do not log requests
  --allow-host NAME        Let the control endpoints (/__mock/*) answer this Host besides
                           loopback names (repeatable; * for any)
  --cors ORIGIN            Let this browser origin call the control endpoints (repeatable; * for any)
  --no-fast-path           Serve every request through Hono's Node adapter (slower; same answers)
  --keep-alive-timeout MS  Close a keep-alive connection idle this long (announced in
                           Keep-Alive: timeout=). Default: ${DEFAULT_KEEP_ALIVE_TIMEOUT_MS}
  -h, --help               Show this help

The sandbox account (partnerID ${partnerID}, apikey ${apikey}, shortcode ${shortcodes.join(',')}) is always
present unless an account with the same partnerID replaces it.

Examples:
  ${command}
  ${command} --port 0 --profile live-capture
  ${command} --profile strict-go --answer low-credit=top-level
  ${command} --account 777:my-key:MYBRAND:500 --log-format json
  ${command} --virtual-clock 2030-01-01T09:00:00Z --callback-url http://127.0.0.1:8080/dlr
  ${command} --namespace-limit 64 --namespace-idle 30m
`
}
