/**
 * @module
 * Part 2 of the bench: sending to many recipients through the mock, with one
 * `client.sendSms({ to: every number, concurrency })` (the client splits them into requests
 * of `MAX_RECIPIENTS` itself and accounts for every recipient) and with a bare `fetch` loop
 * sending identical bodies of the same size at the same concurrency. Rounds alternate which
 * goes first; medians defeat drift.
 */
import { createClient, MAX_RECIPIENTS } from '@sendsms/client'
import { raiseSandboxCredit, SANDBOX, startMockChild } from '../targets/mock-server.js'
import { BENCH_MESSAGE, kenyanNumbers, postBody } from './send-requests.js'

/** How much to send. */
export interface ClientSettings {
  /** Recipients per round; a multiple of `MAX_RECIPIENTS` (1000). */
  recipients: number
  /** Requests in flight at once. */
  concurrency: number
  /** Rounds of (client, fetch) pairs. */
  rounds: number
  /** Untimed (client, fetch) passes first. */
  warmupPasses: number
}

/**
 * Recipients per second of each way, and the client's overhead.
 * @example
 * const r: ClientResult = await measureClient({ recipients: 100_000, concurrency: 4, rounds: 25, warmupPasses: 3 })
 * r.overheadPct // e.g. 3.1
 */
export interface ClientResult {
  recipients: number
  batchSize: number
  concurrency: number
  rounds: number
  /** Median over rounds. */
  clientRecipientsPerS: number
  fetchRecipientsPerS: number
  /** Median client time over median fetch time, minus one, in percent. */
  overheadPct: number
  /** Every round's seconds, in run order. */
  clientSeconds: number[]
  fetchSeconds: number[]
}

const BATCH = MAX_RECIPIENTS

async function inParallel(
  batches: number,
  concurrency: number,
  send: (i: number) => Promise<void>,
) {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < batches) await send(next++)
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

async function timed(run: () => Promise<void>): Promise<number> {
  const started = performance.now()
  await run()
  return (performance.now() - started) / 1000
}

/**
 * Runs the rounds against a fresh mock child and returns the medians.
 * @example
 * await measureClient({ recipients: 2000, concurrency: 2, rounds: 1, warmupPasses: 1 })
 */
export async function measureClient(settings: ClientSettings): Promise<ClientResult> {
  const mock = await startMockChild()
  try {
    await raiseSandboxCredit(mock.url)
    const batches = Math.ceil(settings.recipients / BATCH)
    const numbers = Array.from({ length: batches }, (_, i) => kenyanNumbers(BATCH, i * BATCH))
    const client = createClient({
      baseUrl: mock.url,
      apiKey: SANDBOX.apikey,
      partnerId: SANDBOX.partnerID,
      shortcode: SANDBOX.shortcode,
    })
    const url = `${mock.url}/api/services/sendsms`
    const everyNumber = numbers.flat()
    // One call for every recipient: the batching, its concurrency bound and the accounting
    // of each row are the client's own work, measured here.
    const viaClient = async () => {
      const result = await client.sendSms({
        to: everyNumber,
        message: BENCH_MESSAGE,
        concurrency: settings.concurrency,
      })
      if (!result.allAccepted || result.accepted.length !== everyNumber.length) {
        throw new Error('the mock refused a recipient sent by the client')
      }
    }
    const viaFetch = () =>
      inParallel(batches, settings.concurrency, async (i) => {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          // Serialised per request, as any caller (and the client) must.
          body: postBody(numbers[i] ?? []),
        })
        const answer = (await res.json()) as { responses?: unknown[] }
        if (answer.responses?.length !== BATCH) throw new Error('unexpected answer to fetch')
      })
    // Untimed passes warm the JIT (both ways reach their optimised code only after a
    // few hundred requests), the connection pool and the mock.
    for (let pass = 0; pass < settings.warmupPasses; pass++) {
      await viaClient()
      await viaFetch()
    }
    const clientSeconds: number[] = []
    const fetchSeconds: number[] = []
    for (let round = 0; round < settings.rounds; round++) {
      if (round % 2 === 0) {
        clientSeconds.push(await timed(viaClient))
        fetchSeconds.push(await timed(viaFetch))
      } else {
        fetchSeconds.push(await timed(viaFetch))
        clientSeconds.push(await timed(viaClient))
      }
    }
    const sent = batches * BATCH
    const client50 = median(clientSeconds)
    const fetch50 = median(fetchSeconds)
    return {
      recipients: sent,
      batchSize: BATCH,
      concurrency: settings.concurrency,
      rounds: settings.rounds,
      clientRecipientsPerS: sent / client50,
      fetchRecipientsPerS: sent / fetch50,
      overheadPct: (client50 / fetch50 - 1) * 100,
      clientSeconds,
      fetchSeconds,
    }
  } finally {
    await mock.stop()
  }
}
