/**
 * `sendsms pact verify|check <files|dirs…>`: a user's pacts verified against the offline
 * mock with Pact's own verifier, or checked against the OpenAPI document, by
 * `@sendsms/pact` (loaded only here, see pact-package.ts). Exit 0 when every interaction
 * passes, 7 when one does not, 8 when `@sendsms/pact` is not installed.
 */
import type { ResolvedIo } from '../cli-io.js'
import { UsageError } from '../errors/cli-error.js'
import type { ExitCode } from '../exit-codes.js'
import { EXIT_CODES } from '../exit-codes.js'
import { parseFlags } from '../input/parse-flags.js'
import type { FlagSpec } from './connection-flags.js'
import { helpText } from './help.js'
import { loadPactPackage, type PactPackage } from './pact-package.js'

/** The flags of `sendsms pact verify`, as its parser and shell completion read them. */
export const VERIFY_FLAGS = {
  junit: { type: 'string', help: 'write a JUnit XML report to this file', complete: 'file' },
  'base-url': { type: 'string', help: 'verify against this running mock (default: a new one)' },
  json: { type: 'boolean', help: 'print exactly one JSON document on standard output' },
  help: { type: 'boolean', short: 'h', help: 'show the help' },
} as const satisfies Record<string, FlagSpec>

/** The flags of `sendsms pact check`, as its parser and shell completion read them. */
export const CHECK_FLAGS = {
  spec: {
    type: 'string',
    help: 'check against this OpenAPI document (the comparator alone)',
    complete: 'file',
  },
  comparator: { type: 'boolean', help: 'also run @pactflow/openapi-pact-comparator' },
  json: { type: 'boolean', help: 'print exactly one JSON document on standard output' },
  help: { type: 'boolean', short: 'h', help: 'show the help' },
} as const satisfies Record<string, FlagSpec>

const HINT = "Run 'sendsms help pact' for usage."

interface Row {
  consumer: string
  description: string
  problems: readonly (string | { checker: string; message: string })[]
}

function failureLines(rows: readonly Row[]): string {
  return rows
    .filter((row) => row.problems.length > 0)
    .map((row) => {
      const problems = row.problems.map(
        (p) => `    ${typeof p === 'string' ? p : `[${p.checker}] ${p.message}`}`,
      )
      return [`✗ ${row.consumer}: ${row.description}`, ...problems].join('\n')
    })
    .join('\n')
}

function summary(passed: boolean, total: number, failed: number, what: string): string {
  const verdict = passed ? 'passed' : 'FAILED'
  return `${what} ${verdict}: ${total} interactions, ${failed} failed\n`
}

// A pact that cannot be read (no such path, not a pact) is the user's input to fix.
async function readable<T>(run: () => Promise<T>, json: boolean): Promise<T> {
  try {
    return await run()
  } catch (error) {
    const message = (error as Error).message
    if (/^No pact|is not a (JSON file|pact)|rules check reads/.test(message)) {
      throw new UsageError(message, { json, hint: HINT })
    }
    throw error
  }
}

async function verify(argv: readonly string[], io: ResolvedIo, pact: () => Promise<PactPackage>) {
  const json = argv.includes('--json')
  const { values, positionals } = parseFlags(argv, VERIFY_FLAGS, {
    command: 'pact',
    json,
    allowPositionals: true,
  })
  if (values.help) return help(io)
  if (positionals.length === 0) {
    throw new UsageError('pact verify needs pact files or directories', { json, hint: HINT })
  }
  const { verifyPacts } = await loadPactPackage(pact, json)
  const baseUrl = values['base-url']
  const result = await readable(
    () =>
      verifyPacts({
        pacts: positionals,
        ...(baseUrl === undefined ? {} : { mock: { url: baseUrl } }),
        ...(values.junit === undefined ? {} : { junit: values.junit }),
      }),
    json,
  )
  const failed = result.interactions.filter((row) => !row.passed)
  if (json) {
    const { passed, unknownStates, interactions } = result
    io.stdout(`${JSON.stringify({ passed, unknownStates, interactions }, null, 2)}\n`)
  } else {
    io.stdout(result.report)
    for (const name of result.unknownStates) {
      io.stdout(
        `unknown provider state: ${JSON.stringify(name)} (GET /__mock/provider-states lists the mock's)\n`,
      )
    }
    const lines = failureLines(failed)
    if (lines) io.stdout(`${lines}\n`)
    io.stdout(summary(result.passed, result.interactions.length, failed.length, 'Verification'))
    if (values.junit !== undefined) io.stdout(`JUnit report: ${values.junit}\n`)
  }
  return result.passed ? EXIT_CODES.ok : EXIT_CODES.contractBroken
}

async function check(argv: readonly string[], io: ResolvedIo, pact: () => Promise<PactPackage>) {
  const json = argv.includes('--json')
  const { values, positionals } = parseFlags(argv, CHECK_FLAGS, {
    command: 'pact',
    json,
    allowPositionals: true,
  })
  if (values.help) return help(io)
  if (positionals.length === 0) {
    throw new UsageError('pact check needs pact files or directories', { json, hint: HINT })
  }
  const { checkPactsAgainstSpec } = await loadPactPackage(pact, json)
  const checkers =
    values.spec !== undefined
      ? (['comparator'] as const)
      : values.comparator
        ? (['rules', 'comparator'] as const)
        : (['rules'] as const)
  const result = await readable(
    () =>
      checkPactsAgainstSpec(positionals, {
        checkers,
        ...(values.spec === undefined ? {} : { spec: values.spec }),
      }),
    json,
  )
  const failed = result.interactions.filter((row) => row.problems.length > 0)
  if (json) io.stdout(`${JSON.stringify(result, null, 2)}\n`)
  else {
    const lines = failureLines(failed)
    if (lines) io.stdout(`${lines}\n`)
    const what = `Spec check (${result.checkers.join(', ')})`
    io.stdout(summary(result.passed, result.interactions.length, failed.length, what))
  }
  return result.passed ? EXIT_CODES.ok : EXIT_CODES.contractBroken
}

async function help(io: ResolvedIo): Promise<ExitCode> {
  io.stdout(await helpText('pact'))
  return EXIT_CODES.ok
}

/**
 * Runs `sendsms pact <verify|check> …` and returns its exit code. `pact` imports
 * `@sendsms/pact` (tests give their own).
 *
 * @example
 * ```ts
 * const code = await runPact(['verify', 'pacts/', '--junit', 'reports/pact.xml'], io)
 * ```
 */
export async function runPact(
  argv: readonly string[],
  io: ResolvedIo,
  pact?: () => Promise<PactPackage>,
): Promise<ExitCode> {
  const [sub, ...rest] = argv
  const load = pact ?? (() => import('@sendsms/pact'))
  if (sub === 'verify') return verify(rest, io, load)
  if (sub === 'check') return check(rest, io, load)
  if (sub === '--help' || sub === '-h') return help(io)
  if (sub === undefined) {
    // No subcommand is bad usage, but the help is the most useful answer to it.
    io.stderr(await helpText('pact'))
    return EXIT_CODES.usage
  }
  throw new UsageError(`unknown pact command '${sub}': use verify or check`, {
    json: argv.includes('--json'),
    hint: HINT,
  })
}
