/**
 * `sendsms drift`: sends requests that can neither send a message nor cost credit (see
 * drift/probes.ts) to the API at `--base-url` with the user's credentials and to the mock
 * with the sandbox's, and reports every difference between the answers. The way to tell
 * this project that the live service and its mock have drifted apart.
 */
import { ENV_VARIABLES } from '@sendsms/client/settings'
import type { ResolvedIo } from '../cli-io.js'
import { resolveConfig } from '../config.js'
import { formatHumanDrift, formatJsonDrift } from '../drift/drift-report.js'
import { openMockSide } from '../drift/mock-side.js'
import { PROBE_NAMES, PROBES, type Probe } from '../drift/probes.js'
import { runProbes } from '../drift/run-probes.js'
import { shownUrl } from '../drift/shown-url.js'
import { CliError, UsageError } from '../errors/cli-error.js'
import type { ExitCode } from '../exit-codes.js'
import { EXIT_CODES } from '../exit-codes.js'
import { parseFlags } from '../input/parse-flags.js'
import { CONNECTION_FLAGS, type FlagSpec } from './connection-flags.js'
import { helpText } from './help.js'
import { readVersion } from './version.js'

/** The flags of `sendsms drift`, as its parser and shell completion read them. */
export const DRIFT_FLAGS = {
  ...CONNECTION_FLAGS,
  'mock-url': {
    type: 'string',
    help: 'compare with this running mock (default: the built-in one)',
  },
  only: { type: 'string', multiple: true, help: 'run only these probes (comma-separated)' },
  list: { type: 'boolean', help: 'list the probes and why each is free' },
} as const satisfies Record<string, FlagSpec>

// The credentials every probe needs, in the words `send` uses for them.
const CREDENTIALS = [
  { field: 'apiKey', flag: 'api-key', what: 'API key' },
  { field: 'partnerId', flag: 'partner-id', what: 'partner ID' },
  { field: 'shortcode', flag: 'shortcode', what: 'sender ID (shortcode)' },
] as const

/**
 * Runs `sendsms drift` and returns its exit code: 0 when the upstream answered every probe
 * as the mock did, 7 (`drift`) when something differs. Failures are thrown as CliError
 * (usage 2, unreachable 5).
 *
 * @example
 * ```ts
 * const code = await runDrift(['--json'], io) // EXIT_CODES.ok or EXIT_CODES.drift
 * ```
 */
export async function runDrift(argv: readonly string[], io: ResolvedIo): Promise<ExitCode> {
  const json = argv.includes('--json')
  const { values } = parseFlags(argv, DRIFT_FLAGS, { command: 'drift', json })
  if (values.help) {
    io.stdout(await helpText('drift'))
    return EXIT_CODES.ok
  }
  const probes = selectProbes(values.only, json)
  if (values.list) {
    io.stdout(json ? formatJsonList(probes) : formatHumanList(probes))
    return EXIT_CODES.ok
  }
  const config = resolveConfig(values, io.env, { json })
  const baseFlag = `--base-url (${ENV_VARIABLES.baseUrl})`
  const upstream = httpUrl(config.baseUrl, 'baseUrl', baseFlag, json)
  const mockUrl =
    values['mock-url'] === undefined
      ? undefined
      : httpUrl(values['mock-url'], 'mockUrl', '--mock-url', json)
  const credentials = {
    apiKey: required(config.apiKey, 0, json),
    partnerId: required(config.partnerId, 1, json),
    shortcode: required(config.shortcode, 2, json),
  }
  const mock = await openMockSide(mockUrl)
  try {
    const outcomes = await runProbes(
      probes,
      { mock, upstream: { url: upstream, credentials } },
      { timeoutMs: config.timeoutMs, json },
    )
    const target = { upstream: shownUrl(upstream), mock: mock.shown, version: readVersion() }
    io.stdout(json ? formatJsonDrift(outcomes, target) : formatHumanDrift(outcomes, target))
    const same = outcomes.every((outcome) => outcome.differences.length === 0)
    return same ? EXIT_CODES.ok : EXIT_CODES.drift
  } finally {
    await mock.close()
  }
}

function selectProbes(only: readonly string[] | undefined, json: boolean): readonly Probe[] {
  if (only === undefined) return PROBES
  const names = new Set(only.flatMap((list) => list.split(',')).map((name) => name.trim()))
  const unknown = [...names].filter((name) => !PROBE_NAMES.includes(name))
  if (unknown.length > 0) {
    throw new UsageError(`--only: no probe named ${unknown.map((n) => `'${n}'`).join(', ')}`, {
      json,
      hint: `The probes: ${PROBE_NAMES.join(', ')} ('sendsms drift --list' says what each asks).`,
    })
  }
  return PROBES.filter((probe) => names.has(probe.name))
}

function required(value: string | undefined, index: 0 | 1 | 2, json: boolean): string {
  if (value !== undefined) return value
  const { field, flag, what } = CREDENTIALS[index]
  throw new CliError(
    `no ${what}: set --${flag} or ${ENV_VARIABLES[field]}; nothing was sent`,
    EXIT_CODES.usage,
    { kind: 'InvalidRequestError', field },
    { json, hint: "Run 'sendsms help drift' for the connection flags." },
  )
}

function httpUrl(raw: string, field: string, flag: string, json: boolean): string {
  let url: URL | undefined
  try {
    url = new URL(raw)
  } catch {
    url = undefined
  }
  const web = url?.protocol === 'http:' || url?.protocol === 'https:'
  // fetch refuses a URL with a user name or password in it.
  if (url === undefined || !web || url.username !== '' || url.password !== '') {
    throw new CliError(
      `${flag} must be an http or https URL without a user name or password`,
      EXIT_CODES.usage,
      { kind: 'InvalidRequestError', field },
      { json, hint: "Run 'sendsms help drift' for usage." },
    )
  }
  return raw
}

function formatHumanList(probes: readonly Probe[]): string {
  const width = Math.max(...probes.map((probe) => probe.name.length))
  const lines = probes.map(
    (probe) =>
      `${probe.name.padEnd(width)}  ${probe.asks}\n${' '.repeat(width + 2)}free: ${probe.free}`,
  )
  return `${lines.join('\n')}\n`
}

function formatJsonList(probes: readonly Probe[]): string {
  const list = probes.map(({ name, asks, free }) => ({ name, asks, free }))
  return `${JSON.stringify({ ok: true, probes: list })}\n`
}
