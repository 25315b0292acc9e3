/**
 * @module
 * `GET /__mock/events`: what the inbox page is told as it happens, over a real socket (a
 * message journaled, the clock moved, a callback attempted, a reset; a namespace's at the
 * root too), bounded in streams and in unread events, with heartbeats, and never left
 * open: a client that goes is let go, and `close()` ends every stream.
 */
import { validateControlAnswer } from '@sendsms/spec'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createMock } from '../create-mock.js'
import { type RunningMock, startMockServer } from '../node/start-mock-server.js'
import type { MockAccount } from '../state/accounts.js'
import { paramsWith, SEND_PATH, send } from '../test-support/requests.js'
import { HEARTBEAT_MS, MAX_BACKLOG } from './event-stream.js'
import { MAX_EVENT_SUBSCRIBERS } from './inbox-events.js'

const START = '2030-01-01T06:00:00.000Z'
const ACCEPT = { accept: 'text/event-stream' }
const decoder = new TextDecoder()

interface Stream {
  /** The next event of this type (the ones before it are passed over). */
  next(type: string): Promise<Record<string, unknown>>
  /** Everything read so far. */
  text(): string
  close(): void
  readonly done: Promise<void>
}

function readStream(body: ReadableStream<Uint8Array>, controller?: AbortController): Stream {
  const reader = body.getReader()
  let buffer = ''
  let seen = 0
  let all = ''
  const frames: { type: string; data: Record<string, unknown> }[] = []
  let wake: (() => void) | undefined
  let ended = false
  const done = (async () => {
    for (;;) {
      const chunk = await reader.read().catch(() => ({ done: true, value: undefined }))
      if (chunk.done) break
      const text = decoder.decode(chunk.value, { stream: true })
      all += text
      buffer += text
      let at = buffer.indexOf('\n\n')
      while (at !== -1) {
        const frame = buffer.slice(0, at)
        buffer = buffer.slice(at + 2)
        const type = /^event: (.*)$/m.exec(frame)?.[1]
        const data = /^data: (.*)$/m.exec(frame)?.[1]
        if (type && data) frames.push({ type, data: JSON.parse(data) })
        at = buffer.indexOf('\n\n')
      }
      wake?.()
    }
    ended = true
    wake?.()
  })()
  return {
    async next(type) {
      for (;;) {
        while (seen < frames.length) {
          const frame = frames[seen++] as { type: string; data: Record<string, unknown> }
          if (frame.type === type) return frame.data
        }
        if (ended) throw new Error(`the stream ended before a ${type} event`)
        await new Promise<void>((resolve) => {
          wake = resolve
        })
      }
    },
    text: () => all,
    close: () => {
      controller?.abort()
      void reader.cancel().catch(() => {})
    },
    done,
  }
}

let server: RunningMock
const streams: Stream[] = []

async function open(path = '/__mock/events'): Promise<Stream> {
  const controller = new AbortController()
  const res = await fetch(`${server.url}${path}`, { headers: ACCEPT, signal: controller.signal })
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8')
  const stream = readStream(res.body as ReadableStream<Uint8Array>, controller)
  streams.push(stream)
  return stream
}

const sendTo = (mobile: string, prefix = '') =>
  fetch(
    `${server.url}${prefix}${SEND_PATH}?${new URLSearchParams(paramsWith({ mobile }) as never)}`,
  )

beforeAll(async () => {
  server = await startMockServer({ port: 0, clock: { virtual: true, start: START } })
})
afterEach(() => {
  for (const stream of streams.splice(0)) stream.close()
  server.mock.reset()
})
afterAll(() => server.close())

describe('GET /__mock/events', () => {
  it('tells of a message journaled, the clock moved, the journal emptied and a reset', async () => {
    const stream = await open()
    await sendTo('0712345678')
    expect(await stream.next('message')).toEqual({
      type: 'message',
      recipient: '254712345678',
      messageId: '100000001',
    })
    await fetch(`${server.url}/__mock/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"advance":"1m"}',
    })
    expect(await stream.next('clock')).toEqual({
      type: 'clock',
      now: '2030-01-01T06:01:00.000Z',
      virtual: true,
    })
    await fetch(`${server.url}/__mock/messages`, { method: 'DELETE' })
    expect(await stream.next('cleared')).toEqual({ type: 'cleared' })
    await fetch(`${server.url}/__mock/reset`, { method: 'POST' })
    expect(await stream.next('reset')).toEqual({ type: 'reset' })
    expect(stream.text().startsWith('retry: 2000\n')).toBe(true)
  })

  it('tells of a callback attempt', async () => {
    const { mock } = server
    mock.accounts.upsert({
      ...(mock.accounts.get('12345') as MockAccount),
      callbackUrl: `${server.url}/__mock/health`,
    })
    const stream = await open()
    await sendTo('0712345678')
    await mock.clock.advance('20s')
    expect(await stream.next('callback')).toEqual({
      type: 'callback',
      messageId: '100000001',
      result: 'retrying',
    })
  })

  it("carries a namespace's events at the root, named, and only its own under its prefix", async () => {
    const root = await open()
    const inside = await open('/ns/ci-1/__mock/events')
    await sendTo('0712000002', '/ns/ci-1')
    await sendTo('0712000001')
    expect(await root.next('message')).toMatchObject({
      namespace: 'ci-1',
      recipient: '254712000002',
    })
    expect(await root.next('message')).toEqual({
      type: 'message',
      recipient: '254712000001',
      messageId: '100000001',
    })
    expect(await inside.next('message')).toEqual({
      type: 'message',
      recipient: '254712000002',
      messageId: '100000001',
    })
    await sendTo('0712000003', '/ns/ci-1')
    // The root's own message never reached the namespace's stream: its next is the next of its own.
    expect(await inside.next('message')).toMatchObject({ recipient: '254712000003' })
  })

  it('answers a request that does not ask for the stream with the streams open, and ends', async () => {
    await open()
    const res = await fetch(`${server.url}/__mock/events`)
    const body = await res.json()
    expect([res.status, body]).toEqual([
      200,
      {
        streams: 1,
        maxStreams: MAX_EVENT_SUBSCRIBERS,
        heartbeatMs: HEARTBEAT_MS,
        maxBacklog: MAX_BACKLOG,
      },
    ])
    expect(validateControlAnswer('streamEvents', 200, body)).toEqual({ valid: true, errors: [] })
  })

  it(`serves ${MAX_EVENT_SUBSCRIBERS} streams at once, 429 past them, and lets one go when its client goes`, async () => {
    const open16 = await Promise.all(Array.from({ length: MAX_EVENT_SUBSCRIBERS }, () => open()))
    const refused = await fetch(`${server.url}/__mock/events`, { headers: ACCEPT })
    expect([refused.status, (await refused.json()).error]).toEqual([429, 'too_many_subscribers'])
    open16[0]?.close()
    await open16[0]?.done
    // The socket's close reaches the server a moment later: ask until the place is free.
    let status = 429
    for (let i = 0; i < 200 && status === 429; i++) {
      const controller = new AbortController()
      const res = await fetch(`${server.url}/__mock/events`, {
        headers: ACCEPT,
        signal: controller.signal,
      })
      status = res.status
      if (status === 200)
        streams.push(readStream(res.body as ReadableStream<Uint8Array>, controller))
      else await res.body?.cancel()
    }
    expect(status).toBe(200)
  })
})

describe('the end of a stream', () => {
  it('comes with close(), for every stream of the mock and its namespaces', async () => {
    const own = await startMockServer({ port: 0 })
    const a = readStream(
      (await fetch(`${own.url}/__mock/events`, { headers: ACCEPT }))
        .body as ReadableStream<Uint8Array>,
    )
    const b = readStream(
      (await fetch(`${own.url}/ns/x/__mock/events`, { headers: ACCEPT }))
        .body as ReadableStream<Uint8Array>,
    )
    await own.close()
    await a.done
    await b.done
  })
})

describe('an in-process stream', () => {
  afterEach(() => vi.useRealTimers())

  it(`carries a comment every ${HEARTBEAT_MS} ms`, async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const mock = createMock()
    const res = await mock.app.request('/__mock/events', { headers: ACCEPT })
    const reader = (res.body as ReadableStream<Uint8Array>).getReader()
    expect(decoder.decode((await reader.read()).value)).toBe('retry: 2000\n: inbox events\n\n')
    vi.advanceTimersByTime(HEARTBEAT_MS)
    expect(decoder.decode((await reader.read()).value)).toBe(': heartbeat\n\n')
    await mock.close()
    expect((await reader.read()).done).toBe(true)
  })

  it(`holds at most ${MAX_BACKLOG} unread events, then says resync`, async () => {
    const mock = createMock({ journalLimit: 5000 })
    const res = await mock.app.request('/__mock/events', { headers: ACCEPT })
    const stream = readStream(res.body as ReadableStream<Uint8Array>)
    for (let i = 0; i < MAX_BACKLOG + 500; i++) {
      mock.journal.add({
        messageId: String(100_000_001 + i),
        partnerID: '12345',
        shortcode: 'SANDBOX',
        mobile: '254712345678',
        networkId: 1,
        message: 'Hi',
        status: 'sent',
        sendAt: null,
        receivedAt: START,
        method: 'POST',
        parts: 1,
        endpoint: 'sendsms',
      })
    }
    await stream.next('message')
    await send(mock, 'GET', paramsWith({ mobile: '0733000000' }))
    expect(await stream.next('resync')).toEqual({ type: 'resync' })
    expect(await stream.next('message')).toMatchObject({ recipient: '254733000000' })
    const messages = stream.text().split('event: message').length - 1
    expect(messages).toBeLessThanOrEqual(MAX_BACKLOG + 1)
    await mock.close()
  })
})
