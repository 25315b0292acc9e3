/**
 * @module
 * Tests of judging the targets from a run's figures.
 */
import { describe, expect, it } from 'vitest'
import type { BenchResult } from '../bench-result.js'
import { judgeTargets } from './targets.js'

function figures(reqPerS: number, p99Ms: number) {
  return {
    reqPerS,
    p50Ms: 1,
    p99Ms,
    requests: 1,
    failures: 0,
    answer: { status: 200, bytes: 1, sample: '' },
  }
}

function run(overrides: {
  post1Mock?: number
  p99?: number
  clientShare?: number
  rss?: number
  uploadMs?: number
  waitMs?: number
}) {
  const post1 = {
    name: 'post-1' as const,
    connections: 50,
    durationS: 1,
    mock: figures(overrides.post1Mock ?? 30_000, overrides.p99 ?? 3),
    prism: figures(1000, 50),
    bare: figures(45_000, 1),
    mockOverPrism: (overrides.post1Mock ?? 30_000) / 1000,
    mockOverBare: (overrides.post1Mock ?? 30_000) / 45_000,
  }
  const post1000 = { ...post1, name: 'post-1000' as const, connections: 10, mock: figures(900, 20) }
  return {
    smoke: true,
    machine: { date: '', node: '', cpus: 2, cpuModel: '', platform: '', pinned: true },
    servers: [post1, post1000],
    client: {
      clientRecipientsPerS: (overrides.clientShare ?? 0.95) * 1000,
      fetchRecipientsPerS: 1000,
    },
    cli: { helpOverNode: 1.2 },
    memory: { messages: 1_000_000, afterMb: overrides.rss ?? 100, peakMb: overrides.rss ?? 100 },
    upload: {
      bytes: 1_000_000,
      mock: { uploadMs: overrides.uploadMs ?? 1800, otherMaxMs: overrides.waitMs ?? 40 },
      bare: { uploadMs: 1700, otherMaxMs: 30 },
    },
  } as unknown as Omit<BenchResult, 'targets'>
}

const verdict = (result: Omit<BenchResult, 'targets'>, start: string) =>
  judgeTargets(result).find((t) => t.name.startsWith(start))?.pass

describe('judgeTargets', () => {
  it('passes a run that meets every target', () => {
    expect(judgeTargets(run({})).every((t) => t.pass)).toBe(true)
  })

  it.each([
    ['mock ÷ Prism', { post1Mock: 19_000 }],
    ['mock ÷ bare', { post1Mock: 26_000 }],
    ['mock p99, POST 1 number', { p99: 5.5 }],
    ['client ÷ bare fetch', { clientShare: 0.89 }],
    ['mock RSS after', { rss: 151 }],
    ['mock peak RSS', { rss: 151 }],
    ['mock ÷ bare node:http time to read', { uploadMs: 2600 }],
    ["mock ÷ bare node:http: another client's slowest wait", { waitMs: 61 }],
  ])('misses "%s" when the figure is past the limit', (start, overrides) => {
    expect(verdict(run(overrides), start)).toBe(false)
  })

  it('misses the ratio targets when a scenario is missing', () => {
    const result = { ...run({}), servers: [] }
    expect(verdict(result, 'mock ÷ Prism')).toBe(false)
  })
})
