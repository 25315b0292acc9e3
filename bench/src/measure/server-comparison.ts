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
  /** mock req/s ÷ Prism req/s. */
  mockOverPrism: number
  /** mock req/s ÷ bare node:http req/s. */
  mockOverBare: number
  /** mock --quiet req/s ÷ bare node:http req/s. */
  quietOverBare: number
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
 * bare server, `rounds` times in turn; each server's figures are its median round. One
 * shared machine drifts by a fifth from one ten-second run to the next: rounds in turn
 * make the ratios hold.
 * @example
 * const scenarios = await compareServers({ durationS: 10, warmupS: 3, rounds: 3 })
 */
export async function compareServers(timing: {
  durationS: number
  warmupS: number
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
        for (let round = 0; round < timing.rounds; round++) {
          for (const name of ['mock', 'quiet', 'prism', 'bare'] as const) {
            rounds[name].push(await measure(servers[name], scenario.request, settings))
          }
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
          mockOverPrism: mockFigures.reqPerS / prismFigures.reqPerS,
          mockOverBare: mockFigures.reqPerS / bareFigures.reqPerS,
          quietOverBare: quietFigures.reqPerS / bareFigures.reqPerS,
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
