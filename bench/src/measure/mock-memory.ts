/**
 * @module
 * Part 4 of the bench: the mock's resident memory (RSS, from /proc/PID/status) while it
 * accepts a million messages with its default settings, in 1000-number requests.
 */
import { readFileSync } from 'node:fs'
import autocannon from 'autocannon'
import { SANDBOX, startMockChild } from '../targets/mock-server.js'
import { kenyanNumbers, postBody } from './send-requests.js'

/**
 * RSS before, along the way, after, and the peak, in MB (10^6 bytes).
 * @example
 * const m: MemoryResult = await measureMockMemory(1_000_000)
 * m.afterMb <= 150
 */
export interface MemoryResult {
  messages: number
  /** Messages the mock charged for, read back from its credit: equals `messages`. */
  accepted: number
  beforeMb: number
  afterMb: number
  /** VmHWM: the most the process ever held resident. */
  peakMb: number
  /** RSS after each tenth of the messages. */
  curve: { messages: number; rssMb: number }[]
}

const PER_REQUEST = 1000
const START_CREDIT = 10_000_000

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)
  if (!match) throw new Error(`no ${field} in /proc/${pid}/status`)
  return Number(match[1])
}

const mb = (kb: number): number => (kb * 1024) / 1e6

async function creditLeft(url: string): Promise<number> {
  const res = await fetch(`${url}/__mock/accounts`)
  const { accounts } = (await res.json()) as { accounts: { partnerID: string; credit: number }[] }
  return accounts.find((a) => a.partnerID === SANDBOX.partnerID)?.credit ?? Number.NaN
}

/**
 * Sends `messages` (a multiple of 1000) to a fresh mock child and reads its memory.
 * @example
 * await measureMockMemory(10_000)
 */
export async function measureMockMemory(messages: number): Promise<MemoryResult> {
  const mock = await startMockChild()
  try {
    const body = postBody(kenyanNumbers(PER_REQUEST))
    const url = `${mock.url}/api/services/sendsms`
    const beforeKb = statusKb(mock.pid, 'VmRSS')
    const steps = 10
    const requests = Math.ceil(messages / PER_REQUEST)
    const curve: MemoryResult['curve'] = []
    let sent = 0
    for (let step = 1; step <= steps; step++) {
      const amount = Math.round((requests * step) / steps) - sent
      if (amount <= 0) continue
      const result = await autocannon({
        url,
        method: 'POST',
        // autocannon refuses more connections than requests.
        connections: Math.min(4, amount),
        amount,
        headers: { 'content-type': 'application/json' },
        body,
      })
      if (result.non2xx + result.errors + result.timeouts > 0) {
        throw new Error('the mock failed requests during the memory run')
      }
      sent += amount
      curve.push({ messages: sent * PER_REQUEST, rssMb: mb(statusKb(mock.pid, 'VmRSS')) })
    }
    return {
      messages: sent * PER_REQUEST,
      accepted: START_CREDIT - (await creditLeft(mock.url)),
      beforeMb: mb(beforeKb),
      afterMb: mb(statusKb(mock.pid, 'VmRSS')),
      peakMb: mb(statusKb(mock.pid, 'VmHWM')),
      curve,
    }
  } finally {
    await mock.stop()
  }
}
