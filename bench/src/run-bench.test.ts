/**
 * @module
 * The smoke run: the whole bench with tiny durations and counts, as CI runs it. It
 * asserts that every part ran and produced figures, never how fast anything was.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatReport } from './report/table.js'
import { runBench } from './run-bench.js'
import { runningChildren, stopAllChildren } from './targets/child-process.js'

const dir = mkdtempSync(join(tmpdir(), 'sendsms-bench-test-'))
const jsonPath = join(dir, 'latest.json')
let result: Awaited<ReturnType<typeof runBench>>

beforeAll(async () => {
  result = await runBench({ smoke: true, jsonPath, progress: () => {} })
}, 180_000)

afterAll(async () => {
  await stopAllChildren()
  rmSync(dir, { recursive: true, force: true })
})

const positive = expect.any(Number)

describe('a smoke run of the bench', () => {
  it('measures the three scenarios against the mock, the mock --quiet, Prism and bare node:http', () => {
    expect(result.servers.map((s) => s.name)).toEqual(['post-1', 'post-1000', 'get-1'])
    for (const scenario of result.servers) {
      for (const server of [scenario.mock, scenario.quiet, scenario.prism, scenario.bare]) {
        expect(server.reqPerS).toBeGreaterThan(0)
        expect(server.requests).toBeGreaterThan(0)
        expect(server.answer.status).toBe(200)
        expect(server.answer.bytes).toBeGreaterThan(0)
      }
      expect(scenario.mockOverPrism).toBeGreaterThan(0)
      expect(scenario.mockOverBare).toBeGreaterThan(0)
      // One paired ratio per round; the judged one is their median.
      expect(scenario.roundRatios.mockOverBare).toHaveLength(scenario.rounds)
      expect(scenario.roundRatios.mockOverBare).toContain(scenario.mockOverBare)
    }
  })

  it('answers the mock and the bare server with the same bytes', () => {
    for (const scenario of result.servers) {
      expect(scenario.bare.answer.bytes).toBe(scenario.mock.answer.bytes)
      expect(scenario.quiet.answer.bytes).toBe(scenario.mock.answer.bytes)
    }
  })

  it('sends every recipient through the client and through bare fetch', () => {
    expect(result.client.recipients).toBe(2000)
    expect(result.client.clientRecipientsPerS).toBeGreaterThan(0)
    expect(result.client.fetchRecipientsPerS).toBeGreaterThan(0)
    expect(result.client.overheadPct).toEqual(positive)
  })

  it('times the CLI starts', () => {
    for (const figures of [result.cli.node, result.cli.help, result.cli.send]) {
      expect(figures.medianMs).toBeGreaterThan(0)
      expect(figures.p90Ms).toBeGreaterThanOrEqual(figures.medianMs)
    }
  })

  it('reads the memory of a mock that accepted every message', () => {
    expect(result.memory.accepted).toBe(10_000)
    expect(result.memory.curve).toHaveLength(10)
    expect(result.memory.beforeMb).toBeGreaterThan(0)
    expect(result.memory.peakMb).toBeGreaterThanOrEqual(result.memory.afterMb)
  })

  it('reads a body sent in 1-byte chunks on the mock and on bare node:http, with another client meanwhile', () => {
    expect(result.upload.bytes).toBe(20_000)
    expect(result.upload.mock.answer).toContain('"response-code":200')
    for (const figures of [result.upload.mock, result.upload.bare]) {
      expect(figures.uploadMs).toBeGreaterThan(0)
      expect(figures.otherRequests).toBeGreaterThan(0)
      expect(figures.otherMaxMs).toBeGreaterThanOrEqual(figures.otherP99Ms)
    }
  })

  it('loads one namespace and 100 on two mocks, each listing its namespaces', () => {
    const { one, many } = result.namespaces
    expect(result.namespaces.namespaces).toBe(100)
    expect(one.namespacesListed).toBe(1)
    expect(many.namespacesListed).toBe(100)
    for (const way of [one, many]) {
      expect(way.reqPerS).toBeGreaterThan(0)
      expect(way.failures).toBe(0)
      expect(way.rssMb).toBeGreaterThan(0)
    }
    expect(result.namespaces.roundRatios).toContain(result.namespaces.manyOverOne)
  })

  it('fills the journal with 10 000 messages and times the inbox page and its first rows', () => {
    expect(result.inbox.held).toBe(10_000)
    for (const times of [result.inbox.page, result.inbox.conversations]) {
      expect(times.medianMs).toBeGreaterThan(0)
      expect(times.p99Ms).toBeGreaterThanOrEqual(times.medianMs)
      expect(times.bytes).toBeGreaterThan(0)
    }
  })

  it('judges every target and writes the same result as JSON', () => {
    expect(result.targets).toHaveLength(11)
    expect(JSON.parse(readFileSync(jsonPath, 'utf8'))).toEqual(result)
    expect(formatReport(result)).toContain('### Targets')
  })

  it('leaves no child process running', () => {
    expect(runningChildren()).toBe(0)
  })
})
