/**
 * What `sendsms drift` prints: a table of every difference for people, or with `--json` one
 * document holding every probe and every difference, to attach to an issue. Neither holds
 * the API key, nor any value of the account (credit, partner ID, ids): a difference names
 * types and formats, and only codes and descriptions by value.
 */
import type { Difference } from './compare-answers.js'
import type { Observation } from './exchange.js'
import type { ProbeOutcome } from './run-probes.js'

/** Where the run compared: the upstream's URL, and the mock's (or `built-in`). */
export interface DriftTarget {
  upstream: string
  mock: string
  /** The version of sendsms that ran the probes. */
  version: string
}

/** The JSON document of `sendsms drift --json`. */
export interface DriftDocument {
  ok: boolean
  sendsms: string
  upstream: string
  mock: string
  probes: {
    name: string
    method: string
    path: string
    mock: SideSummary
    upstream: SideSummary
    differences: number
  }[]
  differences: (Difference & { probe: string })[]
  summary: { probes: number; differing: number; differences: number; allowedBySpec: number }
}

/** What one side answered a probe, in brief. */
export type SideSummary = { status: number; contentType: string | null } | { error: string }

/**
 * The JSON document of a run, as one line.
 * @example
 * JSON.parse(formatJsonDrift(outcomes, target)).summary // { probes: 20, differing: 0, ... }
 */
export function formatJsonDrift(outcomes: readonly ProbeOutcome[], target: DriftTarget): string {
  const differences = outcomes.flatMap((outcome) =>
    outcome.differences.map((found) => ({ probe: outcome.probe.name, ...found })),
  )
  const document: DriftDocument = {
    ok: differences.length === 0,
    sendsms: target.version,
    upstream: target.upstream,
    mock: target.mock,
    probes: outcomes.map((outcome) => ({
      name: outcome.probe.name,
      method: outcome.method,
      path: outcome.path,
      mock: sideSummary(outcome.mock),
      upstream: sideSummary(outcome.upstream),
      differences: outcome.differences.length,
    })),
    differences,
    summary: summaryOf(outcomes),
  }
  return `${JSON.stringify(document)}\n`
}

/**
 * The readable report: one table row per difference, then a summary line.
 * @example
 * formatHumanDrift(outcomes, target)
 * // PROBE       FIELD               MOCK           UPSTREAM      SPEC ALLOWS
 * // getbalance  body.response-code  response-code  respose-code  yes
 * // 20 probes against https://quicksms.advantasms.com: 1 difference in 1 probe (1 allowed by the spec)
 */
export function formatHumanDrift(outcomes: readonly ProbeOutcome[], target: DriftTarget): string {
  const rows = outcomes.flatMap((outcome) =>
    outcome.differences.map((found) => [
      outcome.probe.name,
      found.path,
      shown(found, found.mock),
      shown(found, found.upstream),
      found.allowedBySpec ? 'yes' : 'no',
    ]),
  )
  const summary = summaryOf(outcomes)
  const against = `${summary.probes} ${plural(summary.probes, 'probe')} against ${target.upstream}`
  if (rows.length === 0) return `${against}: no difference from the mock (${target.mock})\n`
  const table = [['PROBE', 'FIELD', 'MOCK', 'UPSTREAM', 'SPEC ALLOWS'], ...rows]
  const widths = table[0]?.map((_, column) =>
    Math.max(...table.map((row) => (row[column] ?? '').length)),
  )
  const lines = table.map((row) =>
    row
      .map((cell, column) =>
        column === row.length - 1 ? cell : cell.padEnd(widths?.[column] ?? 0),
      )
      .join('  '),
  )
  const counted =
    `${summary.differences} ${plural(summary.differences, 'difference')} in ` +
    `${summary.differing} ${plural(summary.differing, 'probe')} ` +
    `(${summary.allowedBySpec} allowed by the spec) from the mock (${target.mock})`
  return `${[...lines, `${against}: ${counted}`].join('\n')}\n`
}

function shown(found: Difference, value: string | number | null): string {
  if (value === null) return '(absent)'
  return found.kind === 'description' ? JSON.stringify(value) : String(value)
}

function sideSummary(seen: Observation): SideSummary {
  return seen.answered
    ? { status: seen.status, contentType: seen.contentType ?? null }
    : { error: seen.error }
}

function summaryOf(outcomes: readonly ProbeOutcome[]): DriftDocument['summary'] {
  const differences = outcomes.flatMap((outcome) => outcome.differences)
  return {
    probes: outcomes.length,
    differing: outcomes.filter((outcome) => outcome.differences.length > 0).length,
    differences: differences.length,
    allowedBySpec: differences.filter((found) => found.allowedBySpec).length,
  }
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`
}
