/**
 * @module
 * Turns the mock's command-line flags (and the PORT variable) into `StartOptions`.
 * Every mistake becomes a `MockUsageError` that says what is wrong.
 */
import { readFileSync } from 'node:fs'
import { LOG_FORMATS, type LogFormat } from '../log/log-format.js'
import { MAX_KEEP_ALIVE_TIMEOUT_MS } from '../node/listen-defaults.js'
import type { StartOptions } from '../node/start-mock-server.js'
import {
  checkAccount,
  DEFAULT_CREDIT,
  type MockAccount,
  SANDBOX_ACCOUNT,
} from '../state/accounts.js'
import { parseDuration } from '../state/clock-duration.js'
import { noReportCodeFlag, virtualClockFlag, withSandboxCallback } from './delivery-flags.js'
import { MockUsageError } from './mock-usage-error.js'
import { profileFromFlags } from './profile-flags.js'

/**
 * The parsed command line.
 * @example
 * const { options, quiet }: MockCliArgs = parseMockArgs(['--quiet'], process.env)
 */
export interface MockCliArgs {
  options: StartOptions & { accounts: MockAccount[] }
  quiet: boolean
  logFormat: LogFormat
  help: boolean
}

const VALUE_FLAGS = [
  '--port',
  '--host',
  '--account',
  '--accounts',
  '--journal-limit',
  '--journal-bytes',
  '--request-journal-limit',
  '--request-journal-bytes',
  '--profile',
  '--answer',
  '--log-format',
  '--allow-host',
  '--cors',
  '--no-report-code',
  '--callback-url',
  '--namespace-limit',
  '--namespace-idle',
  '--namespace-journal-bytes',
  '--keep-alive-timeout',
]

function integer(flag: string, text: string, max = Number.MAX_SAFE_INTEGER, min = 0): number {
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN
  if (!Number.isSafeInteger(n) || n > max || n < min) {
    throw new MockUsageError(`${flag} must be a whole number from ${min} to ${max}, got "${text}"`)
  }
  return n
}

/**
 * Parses `--account partnerID:apikey:shortcode[,shortcode2][:credit]`.
 * @example
 * parseAccountFlag('777:secret:ACME,ACME2:500') // { partnerID: '777', apikey: 'secret', shortcodes: ['ACME', 'ACME2'], credit: 500 }
 */
export function parseAccountFlag(text: string): MockAccount {
  const [partnerID = '', apikey = '', codes = '', credit, ...rest] = text.split(':')
  // The apikey is not echoed: the message may end up in a CI log.
  const shape = 'partnerID:apikey:shortcode[,shortcode2][:credit]'
  if (rest.length > 0 || !partnerID || !apikey || !codes) {
    throw new MockUsageError(`--account for partnerID "${partnerID}" must look like ${shape}`)
  }
  const shortcodes = codes.split(',').map((s) => s.trim())
  if (shortcodes.some((s) => s === '')) {
    throw new MockUsageError(`--account for partnerID "${partnerID}" has an empty shortcode`)
  }
  const amount = credit === undefined ? DEFAULT_CREDIT : integer('--account credit', credit)
  return { partnerID, apikey, shortcodes, credit: amount }
}

/**
 * Reads `--accounts FILE.json`: an array of accounts, or `{ "accounts": [...] }`.
 * @example
 * readAccountsFile('./accounts.json')
 */
export function readAccountsFile(file: string): MockAccount[] {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new MockUsageError(
      `--accounts ${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    )
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    // JSON.parse's own message quotes the text around the mistake, which may be an apikey.
    throw new MockUsageError(`--accounts ${file}: the file is not valid JSON`)
  }
  const list = Array.isArray(data) ? data : (data as { accounts?: unknown } | null)?.accounts
  if (!Array.isArray(list)) {
    throw new MockUsageError(`--accounts ${file}: expected an array of accounts`)
  }
  return list.map((item: Record<string, unknown> | null) => {
    try {
      const partnerID =
        typeof item?.partnerID === 'number' ? String(item.partnerID) : item?.partnerID
      return checkAccount({ credit: DEFAULT_CREDIT, ...item, partnerID } as MockAccount)
    } catch (error) {
      throw new MockUsageError(`--accounts ${file}: ${(error as Error).message}`)
    }
  })
}

/**
 * Parses the flags; `env.PORT` is used when `--port` is absent.
 * @example
 * parseMockArgs(['--port', '0', '--quiet'], {}).options.port // 0
 */
export function parseMockArgs(
  argv: string[],
  env: Record<string, string | undefined>,
): MockCliArgs {
  const extra: MockAccount[] = []
  const options: StartOptions = {}
  const allowedHosts: string[] = []
  const cors: string[] = []
  let quiet = false
  let logFormat: LogFormat = 'text'
  let help = false
  let callbackUrl: string | undefined
  let profile: string | undefined
  const answers: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1
    const flag = eq > 0 ? arg.slice(0, eq) : arg
    let value: string | undefined = eq > 0 ? arg.slice(eq + 1) : undefined
    if (flag === '--quirks') {
      throw new MockUsageError('--quirks was replaced by --profile and --answer. See --help.')
    }
    if (flag === '--virtual-clock') {
      // Its value is optional: the next argument is taken only when it is not a flag.
      const next = argv[i + 1]
      if (value === undefined && next !== undefined && !next.startsWith('-')) value = argv[++i]
      options.clock = virtualClockFlag(value)
      continue
    }
    if (VALUE_FLAGS.includes(flag) && value === undefined) {
      value = argv[++i]
      if (value === undefined) throw new MockUsageError(`${flag} needs a value`)
    } else if (!VALUE_FLAGS.includes(flag) && value !== undefined) {
      throw new MockUsageError(`${flag} takes no value`)
    }
    const v = value ?? ''
    if (flag === '--port') options.port = integer('--port', v, 65_535)
    else if (flag === '--host') options.host = nonEmpty('--host', v)
    else if (flag === '--account') extra.push(parseAccountFlag(v))
    else if (flag === '--accounts') extra.push(...readAccountsFile(v))
    else if (flag === '--journal-limit') options.journalLimit = integer('--journal-limit', v)
    else if (flag === '--journal-bytes') options.journalBytes = integer('--journal-bytes', v)
    else if (flag === '--request-journal-limit')
      options.requestJournalLimit = integer('--request-journal-limit', v)
    else if (flag === '--request-journal-bytes')
      options.requestJournalBytes = integer('--request-journal-bytes', v)
    else if (flag === '--profile') profile = v
    else if (flag === '--answer') answers.push(v)
    else if (flag === '--log-format') logFormat = parseLogFormat(v)
    else if (flag === '--allow-host') allowedHosts.push(nonEmpty('--allow-host', v).toLowerCase())
    else if (flag === '--cors') cors.push(parseOrigin(v))
    else if (flag === '--no-report-code') options.noReportCode = noReportCodeFlag(v)
    else if (flag === '--callback-url') callbackUrl = v
    else if (flag === '--namespace-limit') options.namespaceLimit = integer(flag, v)
    else if (flag === '--namespace-idle') options.namespaceIdleMs = idleFlag(v)
    else if (flag === '--namespace-journal-bytes') options.namespaceJournalBytes = integer(flag, v)
    else if (flag === '--keep-alive-timeout')
      options.keepAliveTimeout = integer(flag, v, MAX_KEEP_ALIVE_TIMEOUT_MS, 1)
    else if (flag === '--no-fast-path') options.fastPath = false
    else if (flag === '--quiet') quiet = true
    else if (flag === '--help' || flag === '-h') help = true
    else if (flag.startsWith('-')) throw new MockUsageError(`Unknown flag ${flag}. See --help.`)
    else throw new MockUsageError(`Unexpected argument "${arg}". See --help.`)
  }
  if (options.port === undefined && env.PORT !== undefined && env.PORT !== '') {
    options.port = integer('PORT', env.PORT, 65_535)
  }
  // Later definitions of a partnerID replace earlier ones, the sandbox included.
  const byPartner = new Map([SANDBOX_ACCOUNT, ...extra].map((a) => [a.partnerID, a]))
  const chosen = profileFromFlags(profile, answers)
  if (chosen) options.profile = chosen
  if (allowedHosts.length > 0) options.allowedHosts = allowedHosts
  if (cors.length > 0) options.cors = cors
  let accounts = [...byPartner.values()]
  if (callbackUrl !== undefined) accounts = withSandboxCallback(accounts, callbackUrl)
  return { options: { ...options, accounts }, quiet, logFormat, help }
}

function parseLogFormat(text: string): LogFormat {
  const format = LOG_FORMATS.find((f) => f === text)
  if (!format)
    throw new MockUsageError(`--log-format must be ${LOG_FORMATS.join(' or ')}, got "${text}"`)
  return format
}

// An origin as a browser sends it: scheme, host and port, nothing more; or `*`.
function parseOrigin(text: string): string {
  if (text === '*') return text
  const origin = URL.canParse(text) ? new URL(text).origin : 'null'
  if (origin === 'null' || origin !== text.replace(/\/$/, '')) {
    throw new MockUsageError(
      `--cors takes an origin such as http://localhost:5173 (or *), got "${text}"`,
    )
  }
  return origin
}

// A duration as the clock takes one (`15m`, `90s`, or milliseconds), at least 1 ms.
function idleFlag(text: string): number {
  const ms = parseDuration(text)
  if (ms === undefined || ms < 1) {
    throw new MockUsageError(
      `--namespace-idle must be a duration such as 15m, 90s or 60000 (ms), got "${text}"`,
    )
  }
  return ms
}

function nonEmpty(flag: string, text: string): string {
  if (text.trim() === '') throw new MockUsageError(`${flag} must not be empty`)
  return text
}
