/**
 * @module
 * Part 7 of the bench: the inbox page (`/__mock/inbox`) with 10 000 messages in the
 * journal. The mock as users start it (default settings, request log on), its journal
 * filled through the provider endpoint (sendsms, 1000 numbers a request, each message to a
 * number of its own: 10 000 conversations, the most the default journal holds), then the
 * page itself and the first page of conversations its script reads, each asked `requests`
 * times one after another, timed from the request to the last byte of the answer.
 */
import type { ServerChild } from '../targets/child-process.js'
import { startMockChild } from '../targets/mock-server.js'
import { postBody } from './send-requests.js'

/**
 * What to measure.
 * @example
 * const settings: InboxPageSettings = { messages: 10_000, requests: 200 }
 */
export interface InboxPageSettings {
  /** Messages sent before measuring (each to a number of its own). */
  messages: number
  /** Timed requests of each kind, after a few untimed ones. */
  requests: number
}

/**
 * The times of one kind of request, in milliseconds.
 * @example
 * const times: InboxTimes = { medianMs: 1.2, p99Ms: 3.4, bytes: 2048 }
 */
export interface InboxTimes {
  medianMs: number
  p99Ms: number
  /** Bytes of one answer. */
  bytes: number
}

/**
 * The figures of the part.
 * @example
 * const r: InboxPageResult = await measureInboxPage({ messages: 10_000, requests: 200 })
 * r.conversations.p99Ms // e.g. 4.1
 */
export interface InboxPageResult extends InboxPageSettings {
  /** Messages the journal held when measured (`/__mock/health`). */
  held: number
  /** `GET /__mock/inbox`: the HTML. */
  page: InboxTimes
  /** `GET /__mock/inbox/conversations`: the first page of rows (50), as the script reads it. */
  conversations: InboxTimes
}

const BATCH = 1000
const WARMUP = 10

async function fill(url: string, messages: number): Promise<void> {
  for (let sent = 0; sent < messages; sent += BATCH) {
    const numbers = Array.from(
      { length: Math.min(BATCH, messages - sent) },
      (_, i) => `2547${String(sent + i).padStart(8, '0')}`,
    )
    const res = await fetch(`${url}/api/services/sendsms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: postBody(numbers),
    })
    if (!res.ok) throw new Error(`could not fill the journal: HTTP ${res.status}`)
    await res.arrayBuffer()
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
}

async function time(url: string, requests: number): Promise<InboxTimes> {
  let bytes = 0
  const once = async (): Promise<number> => {
    const started = performance.now()
    const res = await fetch(url)
    const body = await res.arrayBuffer()
    const ms = performance.now() - started
    if (res.status !== 200) throw new Error(`${url} answered HTTP ${res.status}`)
    bytes = body.byteLength
    return ms
  }
  for (let i = 0; i < WARMUP; i++) await once()
  const times: number[] = []
  for (let i = 0; i < requests; i++) times.push(await once())
  times.sort((a, b) => a - b)
  return { medianMs: percentile(times, 50), p99Ms: percentile(times, 99), bytes }
}

/**
 * Starts a mock child, fills its journal and times the inbox's two first requests.
 * @example
 * await measureInboxPage({ messages: 10_000, requests: 20 })
 */
export async function measureInboxPage(settings: InboxPageSettings): Promise<InboxPageResult> {
  const child: ServerChild = await startMockChild()
  try {
    await fill(child.url, settings.messages)
    const health = (await (await fetch(`${child.url}/__mock/health`)).json()) as {
      messages: number
    }
    const page = await time(`${child.url}/__mock/inbox`, settings.requests)
    const conversations = await time(`${child.url}/__mock/inbox/conversations`, settings.requests)
    return { ...settings, held: health.messages, page, conversations }
  } finally {
    await child.stop()
  }
}
