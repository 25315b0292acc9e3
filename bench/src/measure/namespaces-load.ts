/**
 * @module
 * Part 6 of the bench: the mock as users start it (default settings) serving one-number
 * POSTs spread over 100 namespaces (`/ns/{name}/…`, a test run each), against the same
 * load on one namespace. Two mock children, one per way, get the same load in turn,
 * forward in even rounds and backward in odd ones; each figure is the median round, the
 * ratio the median of the rounds' own ratios, and each child's RSS is read after its
 * last round (what 100 namespaces with their journals full hold against one).
 */
import { readFileSync } from 'node:fs'
import autocannon from 'autocannon'
import type { ServerChild } from '../targets/child-process.js'
import { SANDBOX, startMockChild } from '../targets/mock-server.js'
import { postBody } from './send-requests.js'

/** How hard and how long. */
export interface NamespacesSettings {
  namespaces: number
  connections: number
  /** Measured seconds per round. */
  durationS: number
  /** Seconds of load each child gets before its first round. */
  warmupS: number
  rounds: number
}

/**
 * The figures of one way (one namespace, or many).
 * @example
 * const way: NamespacesWay = result.many
 */
export interface NamespacesWay {
  /** Median round. */
  reqPerS: number
  p99Ms: number
  roundsReqPerS: number[]
  /** Answers other than 2xx, socket errors and timeouts over every round: should be 0. */
  failures: number
  /** RSS of the mock child after its last round, MB (10^6 bytes). */
  rssMb: number
  /** Namespaces the mock listed after the rounds. */
  namespacesListed: number
}

/**
 * One load on one namespace and the same load spread over `namespaces`.
 * @example
 * const r: NamespacesResult = await measureNamespaces({ namespaces: 100, connections: 50, durationS: 5, warmupS: 5, rounds: 5 })
 * r.manyOverOne // e.g. 0.97
 */
export interface NamespacesResult extends NamespacesSettings {
  one: NamespacesWay
  many: NamespacesWay
  /** Median of the rounds' req/s ratios, many ÷ one. */
  manyOverOne: number
  roundRatios: number[]
}

const PATH = '/api/services/sendsms'
const BODY = postBody(['254712345678'])

function statusMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const match = /^VmRSS:\s+(\d+) kB/m.exec(status)
  if (!match) throw new Error(`no VmRSS in /proc/${pid}/status`)
  return (Number(match[1]) * 1024) / 1e6
}

function middle(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN
}

// Each namespace's sandbox account gets the credit of a load run, so that no round is
// answered 1004; the request also makes the namespace before the load does.
async function prepare(url: string, names: readonly string[]): Promise<void> {
  for (const name of names) {
    const res = await fetch(`${url}/ns/${name}/__mock/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ partnerID: SANDBOX.partnerID, credit: 1e15 }),
    })
    if (!res.ok) throw new Error(`could not prepare namespace ${name}: HTTP ${res.status}`)
    await res.arrayBuffer()
  }
}

/** One measured run. */
interface LoadRound {
  reqPerS: number
  p99Ms: number
  failures: number
}

// Every connection walks the list of requests in turn, so each namespace gets its share.
async function load(
  child: ServerChild,
  names: readonly string[],
  connections: number,
  s: number,
): Promise<LoadRound> {
  const result = await autocannon({
    url: child.url,
    connections,
    duration: s,
    requests: names.map((name) => ({
      method: 'POST' as const,
      path: `/ns/${name}${PATH}`,
      headers: { 'content-type': 'application/json' },
      body: BODY,
    })),
  })
  return {
    reqPerS: result.requests.average,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  }
}

async function listed(url: string): Promise<number> {
  const res = await fetch(`${url}/__mock/namespaces`)
  const body = (await res.json()) as { namespaces?: unknown[] }
  return body.namespaces?.length ?? 0
}

/**
 * Runs the rounds on two fresh mock children and returns the medians.
 * @example
 * await measureNamespaces({ namespaces: 100, connections: 50, durationS: 1, warmupS: 0.5, rounds: 1 })
 */
export async function measureNamespaces(settings: NamespacesSettings): Promise<NamespacesResult> {
  const oneChild = await startMockChild()
  const manyChild = await startMockChild()
  try {
    const ways = {
      one: { child: oneChild, names: ['run-0'] },
      many: {
        child: manyChild,
        names: Array.from({ length: settings.namespaces }, (_, i) => `run-${i}`),
      },
    }
    await prepare(oneChild.url, ways.one.names)
    await prepare(manyChild.url, ways.many.names)
    const rounds: Record<'one' | 'many', LoadRound[]> = { one: [], many: [] }
    for (const name of ['one', 'many'] as const) {
      await load(ways[name].child, ways[name].names, settings.connections, settings.warmupS)
    }
    for (let round = 0; round < settings.rounds; round++) {
      const order = round % 2 === 0 ? (['one', 'many'] as const) : (['many', 'one'] as const)
      for (const name of order) {
        const { child, names } = ways[name]
        rounds[name].push(await load(child, names, settings.connections, settings.durationS))
      }
    }
    const figures = async (name: 'one' | 'many'): Promise<NamespacesWay> => {
      const measured = rounds[name]
      const byRate = [...measured].sort((a, b) => a.reqPerS - b.reqPerS)
      const median = byRate[Math.floor((byRate.length - 1) / 2)]
      return {
        reqPerS: median?.reqPerS ?? Number.NaN,
        p99Ms: median?.p99Ms ?? Number.NaN,
        roundsReqPerS: measured.map((r) => r.reqPerS),
        failures: measured.reduce((sum, r) => sum + r.failures, 0),
        rssMb: statusMb(ways[name].child.pid),
        namespacesListed: await listed(ways[name].child.url),
      }
    }
    const roundRatios = rounds.many.map(
      (r, i) => r.reqPerS / (rounds.one[i]?.reqPerS ?? Number.NaN),
    )
    return {
      ...settings,
      one: await figures('one'),
      many: await figures('many'),
      manyOverOne: middle(roundRatios),
      roundRatios,
    }
  } finally {
    await Promise.all([oneChild.stop(), manyChild.stop()])
  }
}
