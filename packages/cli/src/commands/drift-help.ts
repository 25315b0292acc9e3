/**
 * The help text of `sendsms drift`, loaded only when asked for. It names every probe, so a
 * user sees what will be sent with their credentials before anything is.
 */
import { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS } from '@sendsms/client/settings'
import { PROBE_NAMES } from '../drift/probes.js'

/**
 * The help of `sendsms drift`.
 *
 * @example
 * ```ts
 * driftHelp().startsWith('Usage: sendsms drift') // true
 * ```
 */
export function driftHelp(): string {
  return `Usage: sendsms drift [options]

Send requests that cannot send a message or cost credit (balance, a wrong key, a wrong
sender, no mobile, a broken body, a method an endpoint does not take...) to the API with
your credentials and to the mock with its sandbox account, and print every difference
in status, content type, shape, JSON types, codes and descriptions. Values of your account
(credit, partner ID, ids) are compared by type and format only, and never printed.
To report drift: run 'sendsms drift --json' and attach its output to an issue (it holds
no key).

Options:
  --base-url URL     the API to compare (env ADVANTA_BASE_URL, default ${DEFAULT_BASE_URL})
  --api-key KEY      API key (env ADVANTA_API_KEY); never printed
  --partner-id ID    partner ID (env ADVANTA_PARTNER_ID)
  --shortcode NAME   a sender id of the account (env ADVANTA_SHORTCODE)
  --mock-url URL     compare with the mock running at URL (default: start one here)
  --only NAMES       run only these probes, comma-separated; repeatable
  --list             print the probes and why each is free, and send nothing
  --timeout MS       give up on one request after MS milliseconds (default ${DEFAULT_TIMEOUT_MS})
  --json             print exactly one JSON document on standard output
  -h, --help         show this help

Probes:
${wrap(PROBE_NAMES)}

Examples:
  sendsms drift
  sendsms drift --json > drift.json
  sendsms drift --only getbalance,sendsms-wrong-key --mock-url http://127.0.0.1:4010

Exit codes: 0 no difference, 2 bad usage, 5 the API (or the mock) could not be reached,
7 differences found.
`
}

// The names, comma-separated, in lines of at most 88 characters.
function wrap(names: readonly string[]): string {
  const lines: string[] = []
  let line = ' '
  for (const name of names) {
    if (line.length + name.length + 2 > 88) {
      lines.push(line)
      line = ' '
    }
    line += ` ${name},`
  }
  lines.push(line.slice(0, -1))
  return lines.join('\n')
}
