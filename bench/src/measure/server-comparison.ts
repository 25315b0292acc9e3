/**
 * @module
 * Part 1 of the bench: the mock against Prism (mocking the same spec) and against a
 * bare node:http server answering the same bytes, scenario by scenario, back to back
 * in the same run so that drift of the shared machine hits all three alike.
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
 * The three servers' figures for one scenario, and the ratios.
 * @example
 * const row: ScenarioResult = result.scenarios[0]
 * row.mock.reqPerS / row.prism.reqPerS
 */
export interface ScenarioResult {
  name: ScenarioName
  connections: number
  durationS: number
  mock: LoadFigures & { answer: Answer }
  prism: LoadFigures & { answer: Answer }
  bare: LoadFigures & { answer: Answer }
  /** mock req/s ÷ Prism req/s. */
  mockOverPrism: number
  /** mock req/s ÷ bare node:http req/s. */
  mockOverBare: number
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

/**
 * Runs every scenario against the mock, Prism and the bare server.
 * @example
 * const scenarios = await compareServers({ durationS: 10, warmupS: 3 })
 */
export async function compareServers(timing: {
  durationS: number
  warmupS: number
}): Promise<ScenarioResult[]> {
  const mock = await startMockChild()
  const prism = await startPrismChild()
  try {
    await raiseSandboxCredit(mock.url)
    const results: ScenarioResult[] = []
    for (const scenario of SCENARIOS) {
      const settings = { ...timing, connections: scenario.connections }
      // The bare server answers exactly the bytes the mock answers to this request.
      const { body } = await answerOf(mock.url, scenario.request)
      const bare = await startBareHttpChild(body)
      try {
        const mockFigures = await measure(mock, scenario.request, settings)
        const prismFigures = await measure(prism, scenario.request, settings)
        const bareFigures = await measure(bare, scenario.request, settings)
        results.push({
          name: scenario.name,
          connections: scenario.connections,
          durationS: timing.durationS,
          mock: mockFigures,
          prism: prismFigures,
          bare: bareFigures,
          mockOverPrism: mockFigures.reqPerS / prismFigures.reqPerS,
          mockOverBare: mockFigures.reqPerS / bareFigures.reqPerS,
        })
      } finally {
        await bare.stop()
      }
    }
    return results
  } finally {
    await Promise.all([mock.stop(), prism.stop()])
  }
}
