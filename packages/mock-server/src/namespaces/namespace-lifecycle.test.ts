/**
 * @module
 * How namespaces come and go, in-process: made on first use, refused past the limit (never
 * by evicting one in use), let go after the idle time (on use, on creation, on listing and
 * by the sweep timer), closed with the mock; the bounds checked; namespaces do not nest.
 * Real time is a `now` the test moves; nothing sleeps.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMock, type Mock, type MockOptions } from '../create-mock.js'
import { paramsWith, SEND_PATH, send } from '../test-support/requests.js'
import { NAMESPACE_DEFAULTS, namespaceSettings } from './namespace-options.js'

const T0 = Date.parse('2030-01-01T06:00:00.000Z')

// A mock whose real time is `time.at`, which the test moves.
function timedMock(options: MockOptions = {}): { mock: Mock; time: { at: number } } {
  const time = { at: T0 }
  const mock = createMock({ now: () => new Date(time.at), ...options })
  return { mock, time }
}

async function json(mock: Mock, method: string, path: string) {
  const res = await mock.app.request(path, { method })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

const LIMIT_MESSAGE =
  'At most 2 namespaces may exist at once and that many are in use. One is let go after ' +
  '1000 ms without a request, or at once with DELETE /__mock/namespaces/{name}; ' +
  'namespaceLimit (--namespace-limit) raises the limit.'

afterEach(() => {
  vi.useRealTimers()
})

describe('namespaces', () => {
  it('makes a namespace on first use and lists it with its times and messages', async () => {
    const { mock, time } = timedMock()
    expect(mock.namespaces.list()).toEqual([])
    await send(mock, 'GET', paramsWith({ mobile: '0712345678,0733123456' }), `/ns/a${SEND_PATH}`)
    time.at += 5000
    await send(mock, 'GET', paramsWith({}), `/ns/a${SEND_PATH}`)
    expect(mock.namespaces.list()).toEqual([
      {
        name: 'a',
        createdAt: '2030-01-01T06:00:00.000Z',
        lastUsedAt: '2030-01-01T06:00:05.000Z',
        messages: 3,
      },
    ])
    expect(mock.journal.size).toBe(0)
    expect(mock.namespaces.find('a')?.journal.size).toBe(3)
    expect(mock.namespaces.find('b')).toBeUndefined()
    expect(mock.namespaces.size).toBe(1)
    await mock.close()
  })

  it('refuses a namespace past the limit with HTTP 503 namespace_limit and counts it', async () => {
    const { mock } = timedMock({ namespaceLimit: 2, namespaceIdleMs: 1000 })
    await send(mock, 'GET', paramsWith({}), `/ns/a${SEND_PATH}`)
    await send(mock, 'GET', paramsWith({}), `/ns/b${SEND_PATH}`)
    const refused = await json(mock, 'GET', `/ns/c${SEND_PATH}`)
    expect(refused).toEqual({
      status: 503,
      body: { error: 'namespace_limit', message: LIMIT_MESSAGE },
    })
    expect((await json(mock, 'GET', '/ns/c/__mock/health')).status).toBe(503)
    expect(mock.namespaces.refused).toBe(2)
    expect(mock.namespaces.list().map((n) => n.name)).toEqual(['a', 'b'])
    // The ones that exist still answer.
    expect((await json(mock, 'GET', '/ns/a/__mock/health')).status).toBe(200)
    expect(() => mock.namespaces.get('c')).toThrow(new RangeError(LIMIT_MESSAGE))
    expect(mock.namespaces.refused).toBe(3)
    await mock.close()
  })

  it('makes none with namespaceLimit 0', async () => {
    const { mock } = timedMock({ namespaceLimit: 0 })
    expect((await json(mock, 'GET', '/ns/a/__mock/health')).status).toBe(503)
    expect(mock.namespaces.size).toBe(0)
  })

  it('lets a namespace go after namespaceIdleMs without use, and frees its place', async () => {
    const { mock, time } = timedMock({ namespaceLimit: 2, namespaceIdleMs: 1000 })
    const a = mock.namespaces.get('a')
    a.faults.push({ code: 4090 })
    time.at += 600
    mock.namespaces.get('b')
    time.at += 400
    // a is idle for 1000 ms: let go when c is made; b (400 ms) is kept.
    expect((await json(mock, 'GET', '/ns/c/__mock/health')).status).toBe(200)
    expect(mock.namespaces.list().map((n) => n.name)).toEqual(['b', 'c'])
    expect(mock.namespaces.expired).toBe(1)
    time.at += 999
    expect(mock.namespaces.list().map((n) => n.name)).toEqual(['c'])
    expect(mock.namespaces.expired).toBe(2)
    // Its name starts afresh: no fault left, ids from the first again.
    const again = await send(mock, 'GET', paramsWith({}), `/ns/a${SEND_PATH}`)
    expect(again).toMatchObject({ responses: [{ 'response-code': 200, messageid: 100000001 }] })
    await mock.close()
  })

  it('lets an idle namespace go when it is next used, starting it afresh', async () => {
    const { mock, time } = timedMock({ namespaceIdleMs: 1000 })
    await send(mock, 'GET', paramsWith({}), `/ns/a${SEND_PATH}`)
    time.at += 999
    await send(mock, 'GET', paramsWith({}), `/ns/a${SEND_PATH}`)
    expect(mock.namespaces.get('a').journal.size).toBe(2)
    time.at += 1000
    expect(mock.namespaces.find('a')).toBeUndefined()
    expect(mock.namespaces.expired).toBe(1)
    expect(mock.namespaces.get('a').journal.size).toBe(0)
    await mock.close()
  })

  it('never lets go a namespace with a request under way, however long it takes', async () => {
    const { mock, time } = timedMock({ namespaceLimit: 1, namespaceIdleMs: 1000 })
    let finish: (() => void) | undefined
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        finish = () => {
          controller.enqueue(new TextEncoder().encode(JSON.stringify(paramsWith({}))))
          controller.close()
        }
      },
    })
    const pending = mock.app.request(`/ns/a${SEND_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit)
    await vi.waitFor(() => expect(mock.namespaces.size).toBe(1))
    time.at += 60_000
    expect((await json(mock, 'GET', '/ns/b/__mock/health')).status).toBe(503)
    expect(mock.namespaces.list().map((n) => n.name)).toEqual(['a'])
    finish?.()
    const res = await pending
    expect(await res.json()).toMatchObject({ responses: [{ 'response-code': 200 }] })
    expect(mock.namespaces.find('a')?.journal.size).toBe(1)
    // Idle is counted from the end of its last request.
    time.at += 999
    expect(mock.namespaces.size).toBe(1)
    time.at += 1
    expect((await json(mock, 'GET', '/ns/b/__mock/health')).status).toBe(200)
    expect(mock.namespaces.list().map((n) => n.name)).toEqual(['b'])
    await mock.close()
  })

  it('sweeps idle namespaces on one timer while any exist, and stops it when none do', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const { mock, time } = timedMock({ namespaceIdleMs: 120_000 })
    expect(vi.getTimerCount()).toBe(0)
    mock.namespaces.get('a')
    mock.namespaces.get('b')
    expect(vi.getTimerCount()).toBe(1)
    time.at += 120_000
    vi.advanceTimersByTime(60_000)
    expect(mock.namespaces.expired).toBe(2)
    expect(mock.namespaces.size).toBe(0)
    expect(vi.getTimerCount()).toBe(0)
    await mock.close()
  })

  it('deletes a namespace on request, and closes every one with the mock', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const { mock } = timedMock()
    mock.namespaces.get('a')
    mock.namespaces.get('b')
    expect(mock.namespaces.delete('a')).toBe(true)
    expect(mock.namespaces.delete('a')).toBe(false)
    expect(mock.namespaces.list().map((n) => n.name)).toEqual(['b'])
    await mock.close()
    expect(mock.namespaces.size).toBe(0)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('throws a TypeError for a bad name', () => {
    const { mock } = timedMock()
    expect(() => mock.namespaces.get('a/b')).toThrow(TypeError)
    expect(() => mock.namespaces.get('..')).toThrow(TypeError)
    expect(mock.namespaces.size).toBe(0)
  })

  it('resets the root alone with the root, and a namespace alone with the namespace', async () => {
    const { mock } = timedMock()
    await send(mock, 'GET', paramsWith({}))
    await send(mock, 'GET', paramsWith({}), `/ns/a${SEND_PATH}`)
    expect((await json(mock, 'POST', '/__mock/reset')).body).toEqual({ reset: true })
    expect(mock.journal.size).toBe(0)
    expect(mock.namespaces.get('a').journal.size).toBe(1)
    await send(mock, 'GET', paramsWith({}))
    expect((await json(mock, 'POST', '/ns/a/__mock/reset')).body).toEqual({ reset: true })
    expect(mock.namespaces.get('a').journal.size).toBe(0)
    expect(mock.journal.size).toBe(1)
    mock.reset()
    expect(mock.namespaces.size).toBe(1)
    await mock.close()
  })

  it('does not nest: a namespace has no namespaces of its own', async () => {
    const { mock } = timedMock()
    const nested = await json(mock, 'GET', `/ns/a/ns/b${SEND_PATH}`)
    expect(nested.status).toBe(404)
    const a = mock.namespaces.get('a')
    expect(() => a.namespaces.get('b')).toThrow(
      new TypeError('Namespaces do not nest: a is a namespace already.'),
    )
    expect(a.namespaces.list()).toEqual([])
    expect(a.namespaces.find('b')).toBeUndefined()
    expect(a.namespaces.delete('b')).toBe(false)
    expect(a.namespaces.size).toBe(0)
    expect(mock.namespaces.size).toBe(1)
    expect((await json(mock, 'GET', '/ns/a/__mock/namespaces')).status).toBe(404)
    await mock.close()
  })
})

describe('namespaceSettings', () => {
  it('fills in the defaults', () => {
    expect(namespaceSettings({})).toEqual({
      limit: 256,
      idleMs: 900_000,
      journalBytes: 65_536,
    })
    expect(NAMESPACE_DEFAULTS).toEqual(namespaceSettings({}))
  })

  it('takes the least values', () => {
    expect(
      namespaceSettings({ namespaceLimit: 0, namespaceIdleMs: 1, namespaceJournalBytes: 0 }),
    ).toEqual({ limit: 0, idleMs: 1, journalBytes: 0 })
  })

  it.each([
    [{ namespaceLimit: -1 }, 'namespaceLimit must be an integer >= 0'],
    [{ namespaceLimit: 1.5 }, 'namespaceLimit must be an integer >= 0'],
    [{ namespaceIdleMs: 0 }, 'namespaceIdleMs must be an integer >= 1'],
    [{ namespaceIdleMs: Number.POSITIVE_INFINITY }, 'namespaceIdleMs must be an integer >= 1'],
    [{ namespaceJournalBytes: -1 }, 'namespaceJournalBytes must be an integer >= 0'],
  ])('refuses %j', (options, message) => {
    expect(() => namespaceSettings(options)).toThrow(new TypeError(message))
    expect(() => createMock(options)).toThrow(new TypeError(message))
  })
})
