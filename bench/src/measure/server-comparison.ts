/**
 * @module
 * Part 1 of the bench: the mock as users start it (request log on, to a pipe) against
 * Prism (mocking the same spec) and against a bare node:http server answering the same
 * bytes, with the mock without its log (`--quiet`) as an extra, labelled row; scenario by
 * scenario, back to back in the same run so that drift of the shared machine hits all
 * alike.
 */

import { startBareHttpChild } from '../targets/bare-http.js'
import type { ServerChild } from '../targets/child-process.js'
import { raiseSandboxCredit, startMockChild } from '../targets/mock-server.js'
import { startPrismChild } from '../targets/prism.js'
import { type LoadFigures, type LoadRequest, type LoadSettings, runLoad } from './http-load.js'
import { SCENARIOS, type ScenarioName } from './send-requests.js'

/** What a server answered to one request of a scenario, checked before the load run. */
export interface Answer {
  status: number
  bytes: number
  /** The start of the body, to show what Prism answers. */
  sample: string
}

/**
 * One server's figures in a scenario: its median round, and every round's req/s.
 * @example
 * const f: ServerFigures = row.mock
 */
export type ServerFigures = LoadFigures & { answer: Answer; roundsReqPerS: number[] }

/**
 * The servers' figures for one scenario, and the ratios.
 * @example
 * const row: ScenarioResult = result.scenarios[0]
 * row.mock.reqPerS / row.prism.reqPerS
 */
export interface ScenarioResult {
  name: ScenarioName
  connections: number
  durationS: number
  /** Measured runs per server, in turn; each server's figures are its median run. */
  rounds: number
  /** The mock with its default settings: what `npm start` and `sendsms mock` run. */
  mock: ServerFigures
  /** The mock with `--quiet` (no request log). */
  quiet: ServerFigures
  prism: ServerFigures
  bare: ServerFigures
  /** mock ÷ Prism req/s: the median over rounds of each round's own ratio. */
  mockOverPrism: number
  /** mock ÷ bare node:http req/s, the median of the rounds' ratios. */
  mockOverBare: number
  /** mock --quiet ÷ bare node:http req/s, the median of the rounds' ratios. */
  quietOverBare: number
  /** Each round's ratios, in round order. */
  roundRatios: { mockOverPrism: number[]; mockOverBare: number[]; quietOverBare: number[] }
}

async function answerOf(url: string, request: LoadRequest): Promise<Answer & { body: string }> {
  const res = await fetch(`${url}${request.path}`, {
    method: request.method,
    ...(request.body === undefined
      ? {}
      : { body: request.body, headers: { 'content-type': 'application/json' } }),
  })
  const body = await res.text()
  return {
    status: res.status,
    bytes: Buffer.byteLength(body),
    sample: body.slice(0, 160),
    body,
  }
}

async function measure(
  server: ServerChild,
  request: LoadRequest,
  settings: LoadSettings,
): Promise<LoadFigures & { answer: Answer }> {
  const { body: _body, ...answer } = await answerOf(server.url, request)
  return { ...(await runLoad(server.url, request, settings)), answer }
}

const SERVER_ORDER = ['mock', 'quiet', 'prism', 'bare'] as const

function middle(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN
}

// A ratio per round, from two runs a few seconds apart, then their median: the machine's
// speed drifts by a fifth over a minute or more, which a ratio of two medians taken from
// different minutes carries into the result, while the runs of one round share it.
function pairedRatios(over: readonly LoadFigures[], under: readonly LoadFigures[]): number[] {
  return over.map((figures, round) => figures.reqPerS / (under[round]?.reqPerS ?? Number.NaN))
}

/** The figures of one server over its rounds: the median round, with every round's req/s. */
function median(rounds: (LoadFigures & { answer: Answer })[]): LoadFigures & {
  answer: Answer
  roundsReqPerS: number[]
} {
  const sorted = [...rounds].sort((a, b) => a.reqPerS - b.reqPerS)
  const middle = sorted[Math.floor((sorted.length - 1) / 2)] as LoadFigures & { answer: Answer }
  return { ...middle, roundsReqPerS: rounds.map((r) => r.reqPerS) }
}

/**
 * Runs every scenario against the mock (default settings, then `--quiet`), Prism and the
 * bare server, `rounds` times in turn; each server's figures are its median round, and
 * each ratio the median of the rounds' own ratios. One shared machine drifts by a fifth
 * from one ten-second run to the next: rounds in turn make the ratios hold.
 * @example
 * const scenarios = await compareServers({ durationS: 10, warmupS: 3, rounds: 3 })
 */
export async function compareServers(timing: {
  durationS: number
  warmupS: number
  /** Seconds of load each server gets once per scenario, before its first round. */
  firstWarmupS: number
  rounds: number
}): Promise<ScenarioResult[]> {
  const mock = await startMockChild()
  const quiet = await startMockChild(['--quiet'])
  const prism = await startPrismChild()
  try {
    await Promise.all([raiseSandboxCredit(mock.url), raiseSandboxCredit(quiet.url)])
    const results: ScenarioResult[] = []
    for (const scenario of SCENARIOS) {
      const settings = { ...timing, connections: scenario.connections }
      // The bare server answers exactly the bytes the mock answers to this request.
      const { body } = await answerOf(mock.url, scenario.request)
      const bare = await startBareHttpChild(body)
      try {
        const servers = { mock, quiet, prism, bare }
        const rounds: Record<keyof typeof servers, (LoadFigures & { answer: Answer })[]> = {
          mock: [],
          quiet: [],
          prism: [],
          bare: [],
        }
        // A longer first warm-up for every server: Prism's JIT takes thousands of its
        // requests to settle, and its first round was otherwise its slowest by a third.
        for (const name of SERVER_ORDER) {
          await runLoad(servers[name].url, scenario.request, {
            ...settings,
            durationS: timing.firstWarmupS,
            warmupS: 0,
          })
        }
        for (let round = 0; round < timing.rounds; round++) {
          // Forward in even rounds, backward in odd ones: a drift within a round then
          // favours no server over the rounds.
          const order = round % 2 === 0 ? SERVER_ORDER : [...SERVER_ORDER].reverse()
          for (const name of order) {
            rounds[name].push(await measure(servers[name], scenario.request, settings))
          }
        }
        const roundRatios = {
          mockOverPrism: pairedRatios(rounds.mock, rounds.prism),
          mockOverBare: pairedRatios(rounds.mock, rounds.bare),
          quietOverBare: pairedRatios(rounds.quiet, rounds.bare),
        }
        const mockFigures = median(rounds.mock)
        const quietFigures = median(rounds.quiet)
        const prismFigures = median(rounds.prism)
        const bareFigures = median(rounds.bare)
        results.push({
          name: scenario.name,
          connections: scenario.connections,
          durationS: timing.durationS,
          rounds: timing.rounds,
          mock: mockFigures,
          quiet: quietFigures,
          prism: prismFigures,
          bare: bareFigures,
          mockOverPrism: middle(roundRatios.mockOverPrism),
          mockOverBare: middle(roundRatios.mockOverBare),
          quietOverBare: middle(roundRatios.quietOverBare),
          roundRatios,
        })
      } finally {
        await bare.stop()
      }
    }
    return results
  } finally {
    await Promise.all([mock.stop(), quiet.stop(), prism.stop()])
  }
}
