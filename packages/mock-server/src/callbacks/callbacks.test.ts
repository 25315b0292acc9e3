/**
 * @module
 * Delivery callbacks against a real HTTP receiver (node:http on port 0): posted when the
 * virtual clock passes the report, the body checked against the spec's webhook, retried
 * with backoff, every attempt recorded, bounded, and nothing left running after close.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { validateDeliveryCallback } from '@sendsms/spec'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMock, type Mock, type MockOptions } from '../create-mock.js'
import { startMockServer } from '../node/start-mock-server.js'
import { paramsWith, send } from '../test-support/requests.js'

const START = '2030-01-01T06:00:00.000Z'

interface Received {
  body: unknown
  contentType: string | undefined
}

/** A callback receiver answering each request with the next status of `statuses` (the last repeats). */
interface Receiver {
  url: string
  received: Received[]
  /** Resolves once `count` requests have arrived. */
  requests(count: number): Promise<Received[]>
  close(): Promise<void>
}

const open: { close(): Promise<void> }[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.close()))
})

async function receiver(statuses: (number | 'hang')[] = [200]): Promise<Receiver> {
  const received: Received[] = []
  const waiters: { count: number; resolve: (r: Received[]) => void }[] = []
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      received.push({
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
        contentType: req.headers['content-type'],
      })
      for (const waiter of waiters.filter((w) => received.length >= w.count)) {
        waiter.resolve(received)
      }
      const status = statuses[Math.min(received.length, statuses.length) - 1] ?? 200
      if (status !== 'hang') res.writeHead(status, { 'content-type': 'text/plain' }).end('ok')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const handle: Receiver = {
    url: `http://127.0.0.1:${port}/dlr`,
    received,
    requests: (count) =>
      received.length >= count
        ? Promise.resolve(received)
        : new Promise((resolve) => waiters.push({ count, resolve })),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
  open.push(handle)
  return handle
}

function mockFor(url: string, options: MockOptions = {}): Mock {
  const mock = createMock({
    clock: { virtual: true, start: START },
    accounts: [
      {
        partnerID: '12345',
        apikey: 'sandbox-api-key',
        shortcodes: ['SANDBOX'],
        credit: 1000,
        callbackUrl: url,
      },
    ],
    ...options,
  })
  open.push(mock)
  return mock
}

async function control(mock: Mock, method: string, path: string, body?: unknown) {
  const res = await mock.app.request(path, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe('delivery callbacks', () => {
  it('posts the report once the clock passes it, with the body the spec describes', async () => {
    const dlr = await receiver()
    const mock = mockFor(dlr.url)
    await send(mock, 'POST', paramsWith({ mobile: '0712345678' }))
    await control(mock, 'POST', '/__mock/clock', { advance: '19s' })
    expect(dlr.received).toEqual([])
    await control(mock, 'POST', '/__mock/clock', { advance: '1s' })
    expect(dlr.received).toHaveLength(1)
    const [{ body, contentType } = { body: undefined, contentType: undefined }] = dlr.received
    expect(validateDeliveryCallback(body).errors).toEqual([])
    expect(body).toEqual({
      description: 'DeliveredToTerminal',
      messageid: '100000001',
      timeTaken: '20s',
      timestamp: '2030-01-01 09:00:20',
    })
    expect(contentType).toBe('application/json')
    const { body: log } = await control(mock, 'GET', '/__mock/callbacks?messageId=100000001')
    expect(log).toEqual({
      attempts: [
        {
          messageId: '100000001',
          partnerID: '12345',
          attempt: 1,
          at: '2030-01-01T06:00:20.000Z',
          status: 200,
          error: null,
          ms: expect.any(Number),
          result: 'delivered',
          retryAt: null,
          body,
        },
      ],
      pending: 0,
      dropped: { reports: 0, attempts: 0 },
    })
  })

  it('posts each final status, the absent subscriber a day later', async () => {
    const dlr = await receiver()
    const mock = mockFor(dlr.url)
    await send(mock, 'POST', paramsWith({ mobile: '254700000002,254700000004,254730000005' }))
    await mock.clock.advance('10m')
    expect(dlr.received.map((r) => (r.body as { description: string }).description)).toEqual([
      'SenderName Blacklisted',
      'Unknown',
    ])
    expect(mock.callbacks.pending).toBe(1)
    await mock.clock.advance('24h')
    const last = dlr.received[2]?.body
    expect(validateDeliveryCallback(last).errors).toEqual([])
    expect(last).toMatchObject({ description: 'AbsentSubscriber', messageid: '100000001' })
    expect(mock.callbacks.pending).toBe(0)
  })

  it('posts nothing for a message that stays SentToNetwork, nor for an account without a URL', async () => {
    const dlr = await receiver()
    const mock = mockFor(dlr.url)
    mock.accounts.upsert({ partnerID: '9', apikey: 'nine', shortcodes: ['NINE'], credit: 10 })
    await send(mock, 'POST', paramsWith({ mobile: '0700000009' }))
    await send(mock, 'POST', {
      ...paramsWith({}),
      partnerID: '9',
      apikey: 'nine',
      shortcode: 'NINE',
    })
    expect(mock.callbacks.pending).toBe(0)
    await mock.clock.advance('30d')
    expect(dlr.received).toEqual([])
    expect(mock.callbacks.attempts()).toEqual([])
  })

  it('retries with backoff when the receiver answers 500, until it answers 200', async () => {
    const dlr = await receiver([500, 500, 200])
    const mock = mockFor(dlr.url)
    await send(mock, 'POST', paramsWith({}))
    await control(mock, 'POST', '/__mock/clock', { advance: '20s' })
    expect(mock.callbacks.attempts().map((a) => [a.status, a.result, a.retryAt])).toEqual([
      [500, 'retrying', '2030-01-01T06:00:30.000Z'],
    ])
    // One advance past both retries makes them both, each at its own time.
    await control(mock, 'POST', '/__mock/clock', { advance: '1h' })
    const { body } = await control(mock, 'GET', '/__mock/callbacks')
    const attempts = body.attempts as Record<string, unknown>[]
    expect(
      attempts.map(({ attempt, at, status, result, retryAt }) => ({
        attempt,
        at,
        status,
        result,
        retryAt,
      })),
    ).toEqual([
      {
        attempt: 1,
        at: '2030-01-01T06:00:20.000Z',
        status: 500,
        result: 'retrying',
        retryAt: '2030-01-01T06:00:30.000Z',
      },
      {
        attempt: 2,
        at: '2030-01-01T06:00:30.000Z',
        status: 500,
        result: 'retrying',
        retryAt: '2030-01-01T06:00:50.000Z',
      },
      {
        attempt: 3,
        at: '2030-01-01T06:00:50.000Z',
        status: 200,
        result: 'delivered',
        retryAt: null,
      },
    ])
    expect(dlr.received).toHaveLength(3)
    // Every attempt posts the same report.
    expect(new Set(dlr.received.map((r) => JSON.stringify(r.body))).size).toBe(1)
    expect(body.pending).toBe(0)
  })

  it('gives up after its attempts, with the backoff doubling', async () => {
    const dlr = await receiver([503])
    const mock = mockFor(dlr.url, { callbacks: { attempts: 4, backoff: 1000 } })
    await send(mock, 'POST', paramsWith({}))
    await mock.clock.advance('1h')
    const attempts = mock.callbacks.attempts()
    expect(attempts.map((a) => secondsAfterStart(a.at))).toEqual([20, 21, 23, 27])
    expect(attempts.map((a) => a.result)).toEqual(['retrying', 'retrying', 'retrying', 'failed'])
    expect(attempts.at(-1)?.retryAt).toBeNull()
    expect(mock.callbacks.pending).toBe(0)
  })

  it('counts a refused connection as a failure and says why', async () => {
    const closed = await receiver()
    await closed.close()
    const mock = mockFor(closed.url, { callbacks: { attempts: 2 } })
    await send(mock, 'POST', paramsWith({}))
    await mock.clock.advance('1m')
    const attempts = mock.callbacks.attempts()
    expect(attempts).toHaveLength(2)
    for (const attempt of attempts) {
      expect(attempt.status).toBeNull()
      expect(attempt.error).toMatch(/ECONNREFUSED/)
    }
  })

  it('counts a receiver that does not answer in time as a failure', async () => {
    const dlr = await receiver(['hang', 200])
    // The hung attempt waits out the whole timeout on the real clock; the answered one must
    // fit in it too, on a machine busy with other work, so the limit is not cut fine.
    const mock = mockFor(dlr.url, { callbacks: { timeout: 1000 } })
    await send(mock, 'POST', paramsWith({}))
    await mock.clock.advance('1m')
    expect(mock.callbacks.attempts().map((a) => [a.status, a.error, a.result])).toEqual([
      [null, 'timeout after 1000 ms', 'retrying'],
      [200, null, 'delivered'],
    ])
  })

  it('posts to the URL the account has when the report arrives, and not at all once it is removed', async () => {
    const before = await receiver()
    const after = await receiver()
    const mock = mockFor(before.url)
    await send(mock, 'POST', paramsWith({ mobile: '0712345678,0733123456' }))
    await control(mock, 'POST', '/__mock/accounts', { partnerID: '12345', callbackUrl: after.url })
    await mock.clock.advance('9s')
    expect([before.received.length, after.received.length]).toEqual([0, 1])
    const removed = await control(mock, 'POST', '/__mock/accounts', {
      partnerID: '12345',
      callbackUrl: null,
    })
    expect(removed.body.account).not.toHaveProperty('callbackUrl')
    await mock.clock.advance('1m')
    expect([before.received.length, after.received.length]).toEqual([0, 1])
    expect(mock.callbacks.pending).toBe(0)
  })

  it('posts when a real clock reaches the report', async () => {
    const dlr = await receiver()
    let now = Date.parse(START)
    const mock = mockFor(dlr.url, { clock: {}, now: () => new Date(now) })
    await send(mock, 'POST', paramsWith({}))
    now += 60_000
    // Switching to virtual and back makes the real clock look again at once.
    mock.clock.setVirtual(true)
    mock.clock.setVirtual(false)
    const [report] = await dlr.requests(1)
    expect(report?.body).toMatchObject({ messageid: '100000001', timestamp: '2030-01-01 09:00:20' })
  })
})

function secondsAfterStart(iso: string): number {
  return (Date.parse(iso) - Date.parse(START)) / 1000
}

describe('callback bounds', () => {
  it('drops reports past maxPending and counts them', async () => {
    const dlr = await receiver()
    const mock = mockFor(dlr.url, { callbacks: { maxPending: 2 } })
    await send(mock, 'POST', paramsWith({ mobile: '0712345678,0712345679,0712345670,0712345671' }))
    const { body } = await control(mock, 'GET', '/__mock/callbacks')
    expect(body).toMatchObject({ pending: 2, dropped: { reports: 2, attempts: 0 } })
    await mock.clock.advance('1m')
    expect(dlr.received).toHaveLength(2)
  })

  it('drops reports past maxPendingBytes', async () => {
    const dlr = await receiver()
    const mock = mockFor(dlr.url, { callbacks: { maxPendingBytes: 300 } })
    await send(mock, 'POST', paramsWith({ mobile: '0712345678,0712345679,0712345670' }))
    expect(mock.callbacks.pending).toBe(2)
    expect(mock.callbacks.dropped.reports).toBe(1)
  })

  it('keeps the newest attempts past maxRecorded or maxRecordedBytes, counting the rest', async () => {
    const dlr = await receiver([500])
    for (const callbacks of [{ maxRecorded: 2 }, { maxRecordedBytes: 2000 }]) {
      const mock = mockFor(dlr.url, { callbacks: { ...callbacks, attempts: 5, backoff: 1000 } })
      await send(mock, 'POST', paramsWith({}))
      await mock.clock.advance('1h')
      const kept = mock.callbacks.attempts()
      expect(kept.length).toBeLessThan(5)
      expect(kept.at(-1)?.attempt).toBe(5)
      expect(mock.callbacks.dropped.attempts).toBe(5 - kept.length)
    }
  })

  it('refuses options that are not whole numbers', () => {
    expect(() => createMock({ callbacks: { attempts: 0 } })).toThrow(/callbacks.attempts/)
    expect(() => createMock({ callbacks: { timeout: 1.5 } })).toThrow(/callbacks.timeout/)
  })
})

describe('reset and close', () => {
  it('reset cancels pending reports, forgets attempts and returns the clock to its start', async () => {
    const dlr = await receiver([500])
    const mock = mockFor(dlr.url)
    await send(mock, 'POST', paramsWith({ mobile: '0712345678,0700000002' }))
    await mock.clock.advance('25s')
    expect(mock.callbacks.attempts()).toHaveLength(1)
    expect(mock.callbacks.pending).toBe(2)
    expect((await control(mock, 'POST', '/__mock/reset')).status).toBe(200)
    expect(mock.callbacks.pending).toBe(0)
    expect(mock.callbacks.attempts()).toEqual([])
    expect(mock.clock.now().toISOString()).toBe(START)
    await mock.clock.advance('2d')
    expect(dlr.received).toHaveLength(1)
  })

  it('with a real clock, waits on one platform timer, which reset and close clear', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const mock = mockFor('http://127.0.0.1:9/dlr', { clock: {}, now: () => new Date(START) })
      await send(mock, 'POST', paramsWith({ mobile: '0712345678,0733123456,0700000002' }))
      expect(vi.getTimerCount()).toBe(1)
      mock.reset()
      expect(vi.getTimerCount()).toBe(0)
      await send(mock, 'POST', paramsWith({}))
      expect(vi.getTimerCount()).toBe(1)
      await mock.close()
      expect(vi.getTimerCount()).toBe(0)
      await send(mock, 'POST', paramsWith({}))
      expect(vi.getTimerCount()).toBe(0)
      expect(mock.callbacks.pending).toBe(0)
    } finally {
      vi.useRealTimers()
    }
  })

  it('close aborts an attempt under way and leaves nothing pending', async () => {
    const dlr = await receiver(['hang'])
    const running = await startMockServer({
      port: 0,
      clock: { virtual: true, start: START },
      accounts: [
        {
          partnerID: '12345',
          apikey: 'sandbox-api-key',
          shortcodes: ['SANDBOX'],
          credit: 10,
          callbackUrl: dlr.url,
        },
      ],
    })
    const sent = await fetch(`${running.url}/api/services/sendsms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(paramsWith({ mobile: '0712345678,0700000002' })),
    })
    expect(sent.status).toBe(200)
    const advanced = fetch(`${running.url}/__mock/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advance: '1m' }),
    }).catch(() => 'closed')
    await dlr.requests(1)
    await running.close()
    expect(await advanced).toBe('closed')
    expect(running.mock.callbacks.pending).toBe(0)
    await running.mock.clock.advance('2d')
    expect(dlr.received).toHaveLength(1)
    expect(running.mock.callbacks.attempts()).toEqual([])
  })
})
