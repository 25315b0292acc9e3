/**
 * @module
 * `verifyPacts`: a user's pacts verified against the mock, as the live provider would
 * verify them if it ran Pact: Pact's own verifier replays each interaction, and the mock
 * sets up each provider state by its documented name (`POST /__mock/provider-states`).
 * Before the verifier runs, every state name the mock does not know is found and named.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { PROVIDER_STATE_NAMES } from '@sendsms/mock-server'
import { startMockServer } from '@sendsms/mock-server/node'
import { readPacts } from '../pact-files/collect-pact-files.js'
import { junitReport } from './junit-report.js'
import { isKnownState, statesOf, unknownStates } from './provider-state-names.js'
import { runVerifier } from './run-verifier.js'
import { outcomes, parseVerifierJson } from './verifier-result.js'

/**
 * The provider name pacts of the Advanta SMS API use when they name none other.
 * @example
 * new PactV4({ consumer: 'my-app', provider: PROVIDER })
 */
export const PROVIDER = 'advanta-sms-api'

/**
 * Options of {@link verifyPacts}.
 * @example
 * const options: VerifyOptions = { pacts: 'pacts/', junit: 'reports/pact-junit.xml' }
 */
export interface VerifyOptions {
  /** Pact files, or directories of `*.json` pact files. */
  pacts: string | readonly string[]
  /** A mock already running (`npx @sendsms/mock-server`). Default: one started on a free port of 127.0.0.1 and closed after. */
  mock?: { url: string }
  /** Where to write a JUnit XML report (its directory is created). Default: none. */
  junit?: string
  /** Pact's log level. Default `warn`. */
  logLevel?: 'error' | 'warn' | 'info' | 'debug' | 'trace'
}

/**
 * One interaction's outcome.
 * @example
 * const row: VerifiedInteraction = { file: '/ci/pacts/my-app-advanta-sms-api.json', consumer: 'my-app', description: 'a send', states: ['the sandbox account exists'], passed: true, problems: [] }
 */
export interface VerifiedInteraction {
  file: string
  consumer: string
  description: string
  states: string[]
  passed: boolean
  problems: string[]
}

/**
 * What {@link verifyPacts} found.
 * @example
 * const { passed, unknownStates } = await verifyPacts({ pacts: 'pacts/' })
 */
export interface VerifyResult {
  passed: boolean
  interactions: VerifiedInteraction[]
  /** Every provider state the pacts name that the mock does not know, sorted. */
  unknownStates: string[]
  /** The verifier's own report, as it prints it (with its colours). */
  report: string
}

async function knownStates(url: string): Promise<readonly string[]> {
  try {
    const answer = await fetch(`${url}/__mock/provider-states`)
    const { states } = (await answer.json()) as { states: { name: string }[] }
    return states.map(({ name }) => name)
  } catch {
    // A mock that does not list its states (older, or its control API guarded): this
    // package's own list, which the verifier's state changes will then confirm or not.
    return PROVIDER_STATE_NAMES
  }
}

async function verifyAt(url: string, options: VerifyOptions): Promise<VerifyResult> {
  const pacts = readPacts(options.pacts)
  const known = await knownStates(url)
  const interactions: VerifiedInteraction[] = []
  let report = ''
  for (const { path, pact } of pacts) {
    const { reply, printed } = await runVerifier({
      pactFile: path,
      provider: pact.provider?.name ?? PROVIDER,
      baseUrl: url,
      statesUrl: `${url}/__mock/provider-states`,
      logLevel: options.logLevel ?? 'warn',
    })
    report += printed
    const json = parseVerifierJson(reply.text)
    const descriptions = pact.interactions.map(({ description }) => description)
    const results = json
      ? outcomes(descriptions, json)
      : descriptions.map(() => ({ passed: false, problems: [reply.text] }))
    pact.interactions.forEach((interaction, index) => {
      const states = statesOf(interaction)
      const unknown = states
        .filter((name) => !isKnownState(name, known))
        .map((name) => `the mock has no provider state named ${JSON.stringify(name)}`)
      const result = results[index] ?? { passed: false, problems: ['not verified'] }
      interactions.push({
        file: path,
        consumer: pact.consumer?.name ?? '',
        description: interaction.description,
        states,
        passed: result.passed && unknown.length === 0,
        problems: [...unknown, ...result.problems],
      })
    })
  }
  const result = {
    passed: interactions.every((row) => row.passed),
    interactions,
    unknownStates: unknownStates(pacts, known),
    report,
  }
  if (options.junit !== undefined) {
    const provider = pacts[0]?.pact.provider?.name ?? PROVIDER
    mkdirSync(dirname(options.junit), { recursive: true })
    writeFileSync(options.junit, junitReport(provider, interactions))
  }
  return result
}

/**
 * Verifies the pacts against the mock: `options.mock`, or a mock of its own on a free port.
 * Resolves with each interaction's outcome, also when some fail; rejects only when the
 * pacts cannot be read or the verifier cannot run.
 * @example
 * const result = await verifyPacts({ pacts: ['pacts/'], junit: 'reports/pact.xml' })
 * if (!result.passed) console.error(result.unknownStates, result.interactions.filter((i) => !i.passed))
 */
export async function verifyPacts(options: VerifyOptions): Promise<VerifyResult> {
  if (options.mock) return verifyAt(options.mock.url.replace(/\/+$/, ''), options)
  // No request log (none is set): the verifier's report is what a CI log needs.
  const running = await startMockServer({ port: 0, host: '127.0.0.1' })
  try {
    return await verifyAt(running.url, options)
  } finally {
    await running.close()
  }
}
