/**
 * @module
 * One server, many test runs at once: 100 namespaces, all at the same time over a socket
 * (fast path on, and through Hono), each sending, taking a fault, advancing its clock and
 * resetting, and each seeing only its own: its messages, ids from 100000001, its fault, its
 * time. The root sees none of it. Phases run one after another for every namespace, so a
 * reset or fault in one lands while the others hold state that would show it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningMock, startMockServer } from '../node/start-mock-server.js'
import { paramsWith, SEND_PATH } from '../test-support/requests.js'

const START = '2030-01-01T06:00:00.000Z'
const RUNS = 100
const names = Array.from({ length: RUNS }, (_, i) => `run-${i}`)
const numbers = ['0712345678', '0733123456', '0770123456']

async function call(base: string, method: string, path: string, body?: unknown) {
  const init: RequestInit = { method }
  if (body !== undefined) {
    init.body = JSON.stringify(body)
    init.headers = { 'content-type': 'application/json' }
  }
  const res = await fetch(`${base}${path}`, init)
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

// Namespace i sends to (i % 3) + 1 numbers, with its own name as the message.
async function sendFrom(base: string, i: number) {
  const params = paramsWith({ message: names[i], mobile: numbers.slice(0, (i % 3) + 1).join() })
  const query = new URLSearchParams(params as Record<string, string>)
  return (await call(base, 'GET', `/ns/${names[i]}${SEND_PATH}?${query}`)).body
}

const ids = (answer: Record<string, unknown>) =>
  (answer.responses as Record<string, unknown>[]).map((row) => row.messageid)

describe.each([
  ['fast path', true],
  ['Hono', false],
])('100 namespaces at once over a socket (%s)', (_name, fastPath) => {
  let server: RunningMock
  beforeAll(async () => {
    server = await startMockServer({ port: 0, fastPath, clock: { virtual: true, start: START } })
  })
  afterAll(() => server.close())

  it('each sees only its own messages, ids, faults, clock and resets', async () => {
    const base = server.url
    const all = <T>(run: (i: number) => Promise<T>) => Promise.all(names.map((_, i) => run(i)))

    // Each sends, and its ids start at the first.
    const first = await all((i) => sendFrom(base, i))
    first.forEach((answer, i) => {
      expect(ids(answer)).toEqual([100000001, 100000002, 100000003].slice(0, (i % 3) + 1))
    })
    // Each advances its clock by its own amount.
    await all((i) => call(`${base}/ns/${names[i]}`, 'POST', '/__mock/clock', { advance: i + 1 }))
    // Even ones take a fault; every fourth (from 1) resets.
    await all(async (i) => {
      if (i % 2 === 0) {
        await call(`${base}/ns/${names[i]}`, 'POST', '/__mock/faults', { code: 4090 })
      }
      if (i % 4 === 1) await call(`${base}/ns/${names[i]}`, 'POST', '/__mock/reset')
    })
    // Only the ones with a fault answer it; the rest go on from their own next id.
    const second = await all((i) => sendFrom(base, i))
    second.forEach((answer, i) => {
      if (i % 2 === 0) expect(answer, names[i]).toMatchObject({ 'response-code': 4090 })
      else {
        const next = i % 4 === 1 ? 100000001 : 100000001 + (i % 3) + 1
        expect(ids(answer)[0], names[i]).toBe(next)
      }
    })

    await all(async (i) => {
      const ns = `${base}/ns/${names[i]}`
      const sent = (i % 3) + 1
      const held = i % 2 === 0 ? sent : i % 4 === 1 ? sent : 2 * sent
      const messages = (await call(ns, 'GET', '/__mock/messages')).body
      expect(messages.held, names[i]).toBe(held)
      const entries = messages.messages as { message: string; messageId: string }[]
      expect(new Set(entries.map((e) => e.message))).toEqual(new Set([names[i]]))
      expect(entries[0]?.messageId).toBe('100000001')
      expect((await call(ns, 'GET', '/__mock/faults')).body).toEqual({ faults: [] })
      const clock = (await call(ns, 'GET', '/__mock/clock')).body
      const moved = i % 4 === 1 ? 0 : i + 1
      expect(clock.now, names[i]).toBe(new Date(Date.parse(START) + moved).toISOString())
    })

    // The root took none of it.
    expect(server.mock.journal.size).toBe(0)
    expect(server.mock.faults.list()).toEqual([])
    expect(server.mock.clock.now().toISOString()).toBe(START)
    expect(server.mock.namespaces.list()).toHaveLength(RUNS)
    const query = new URLSearchParams(paramsWith({}) as Record<string, string>)
    const root = await call(base, 'GET', `${SEND_PATH}?${query}`)
    expect(ids(root.body)).toEqual([100000001])
  })
})
