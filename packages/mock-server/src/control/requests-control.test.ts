/**
 * @module
 * `/__mock/requests`, `/count`, `/wait` and `DELETE` over HTTP: pages, filters, bad
 * values (400), the long poll (released by a request on another connection, by its
 * timeout, by reset, by close; bounded), health and reset, the guard, and the same entries
 * on every way in, with the key never in them however the request carried it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createMock, type Mock } from '../create-mock.js'
import { startMockServer } from '../node/start-mock-server.js'
import { MAX_REQUEST_WAITERS } from '../state/request-journal-waiters.js'
import { paramsWith, send } from '../test-support/requests.js'
import { closeWaysIn, openWaysIn, type RawRequest, type WayIn } from '../test-support/ways-in.js'

const KEY = 'sandbox-api-key'
const START = '2030-01-01T06:00:00.000Z'
const BALANCE = `/api/services/getbalance?apikey=${KEY}&partnerID=12345`

async function call(mock: Mock, method: string, path: string) {
  const res = await mock.app.request(path, { method })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('GET /__mock/requests', () => {
  it('answers a page, oldest first, with next, held and dropped', async () => {
    const mock = createMock({ requestJournalLimit: 4 })
    for (let i = 0; i < 5; i++) await mock.app.request(BALANCE)
    const first = await call(mock, 'GET', '/__mock/requests?limit=3&endpoint=getbalance')
    expect(first.status).toBe(200)
    expect((first.body.requests as { seq: number }[]).map((e) => e.seq)).toEqual([2, 3, 4])
    expect(first.body).toMatchObject({ held: 4, dropped: 1 })
    expect(first.body.next).toBe('/__mock/requests?limit=3&endpoint=getbalance&after=4')
    const second = await call(mock, 'GET', first.body.next as string)
    expect((second.body.requests as { seq: number }[]).map((e) => e.seq)).toEqual([5])
    expect(second.body.next).toBeNull()
  })

  it('filters by mobile in any form, code, method and partnerID', async () => {
    const mock = createMock()
    await send(mock, 'GET', paramsWith({ mobile: '0712345678' }))
    await send(mock, 'POST', paramsWith({ mobile: '0733123456', partnerID: '999' }))
    const seqs = async (query: string) =>
      (
        (await call(mock, 'GET', `/__mock/requests?${query}`)).body.requests as { seq: number }[]
      ).map((e) => e.seq)
    expect(await seqs('mobile=%2B254712345678')).toEqual([1])
    expect(await seqs('code=1006')).toEqual([2])
    expect(await seqs('method=POST')).toEqual([2])
    expect(await seqs('partnerID=12345')).toEqual([1])
    expect(await seqs('since=2000-01-01T00:00:00Z&after=1')).toEqual([2])
  })

  it.each([
    'endpoint=sendmms',
    'code=abc',
    'code=-1',
    'after=x',
    'method=G%20T',
    'since=tomorrow',
    'limit=0',
    'limit=10001',
  ])('answers 400 bad_request for %s', async (query) => {
    const mock = createMock()
    for (const path of ['/__mock/requests', '/__mock/requests/count', '/__mock/requests/wait']) {
      const { status, body } = await call(mock, 'GET', `${path}?${query}`)
      expect(status).toBe(400)
      expect(body).toEqual({ error: 'bad_request', message: expect.any(String) })
    }
  })

  it('answers 400 for a bad count or timeoutMs of a wait', async () => {
    const mock = createMock()
    for (const query of ['count=0', 'count=x', 'timeoutMs=60001', 'timeoutMs=-5']) {
      const { status, body } = await call(mock, 'GET', `/__mock/requests/wait?${query}`)
      expect(status).toBe(400)
      expect(body.error).toBe('bad_request')
    }
  })

  it('counts, deletes, and is emptied by reset; health shows it', async () => {
    const mock = createMock({ requestJournalLimit: 2 })
    for (let i = 0; i < 3; i++) await mock.app.request(BALANCE)
    await send(mock, 'GET', paramsWith({}))
    expect((await call(mock, 'GET', '/__mock/requests/count?endpoint=getbalance')).body).toEqual({
      count: 1,
    })
    expect((await call(mock, 'GET', '/__mock/health')).body).toMatchObject({
      requests: 2,
      requestsDropped: 2,
    })
    expect((await call(mock, 'DELETE', '/__mock/requests')).body).toEqual({ deleted: 2 })
    await mock.app.request(BALANCE)
    expect((await call(mock, 'POST', '/__mock/reset')).status).toBe(200)
    expect((await call(mock, 'GET', '/__mock/requests/count')).body).toEqual({ count: 0 })
    expect((await call(mock, 'GET', '/__mock/health')).body).toMatchObject({
      requests: 0,
      requestsDropped: 0,
    })
  })

  it('is behind the control guard', async () => {
    const mock = createMock()
    const res = await mock.app.request('/__mock/requests', { headers: { host: 'evil.example' } })
    expect(res.status).toBe(403)
    const wait = await mock.app.request('/__mock/requests/wait', {
      headers: { origin: 'https://evil.example' },
    })
    expect(wait.status).toBe(403)
  })
})

describe('GET /__mock/requests/wait', () => {
  it('answers at once when enough are already there', async () => {
    const mock = createMock()
    await mock.app.request(BALANCE)
    const { status, body } = await call(mock, 'GET', '/__mock/requests/wait?endpoint=getbalance')
    expect(status).toBe(200)
    expect(body).toMatchObject({ matched: true, count: 1, held: 1, dropped: 0, next: null })
    expect((body.requests as { seq: number }[]).map((e) => e.seq)).toEqual([1])
  })

  it('answers matched false (HTTP 200) on its timeout, leaving no timer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const mock = createMock()
    await mock.app.request(BALANCE)
    const waiting = call(mock, 'GET', '/__mock/requests/wait?count=2&timeoutMs=2000')
    await vi.advanceTimersByTimeAsync(2000)
    expect(await waiting).toMatchObject({
      status: 200,
      body: { matched: false, reason: 'timeout', count: 1 },
    })
    expect(vi.getTimerCount()).toBe(0)
    expect(
      (await call(mock, 'GET', '/__mock/requests/wait?timeoutMs=0&endpoint=getdlr')).body,
    ).toMatchObject({ matched: false, reason: 'timeout', count: 0, requests: [] })
  })

  it('is released by POST /__mock/reset and by close()', async () => {
    const mock = createMock()
    const first = call(mock, 'GET', '/__mock/requests/wait?endpoint=getdlr')
    // A request behind it: by its answer the wait has begun.
    await call(mock, 'GET', '/__mock/health')
    await call(mock, 'POST', '/__mock/reset')
    expect((await first).body).toMatchObject({ matched: false, reason: 'reset' })
    const second = call(mock, 'GET', '/__mock/requests/wait?endpoint=getdlr')
    await call(mock, 'GET', '/__mock/health')
    await mock.close()
    expect((await second).body).toMatchObject({ matched: false, reason: 'closed' })
  })

  it(`answers 429 past ${MAX_REQUEST_WAITERS} waits at once`, async () => {
    const mock = createMock()
    const waits = Array.from({ length: MAX_REQUEST_WAITERS }, () =>
      call(mock, 'GET', '/__mock/requests/wait?endpoint=getdlr'),
    )
    const refused = await call(mock, 'GET', '/__mock/requests/wait?endpoint=getdlr')
    expect(refused).toEqual({
      status: 429,
      body: { error: 'too_many_waiters', message: expect.any(String) },
    })
    mock.reset()
    for (const wait of await Promise.all(waits)) expect(wait.body.reason).toBe('reset')
  })
})

describe('the long poll over a socket', () => {
  it('is answered by a matching request on another connection', async () => {
    const running = await startMockServer({ port: 0 })
    try {
      let settled = false
      const waiting = fetch(
        `${running.url}/__mock/requests/wait?endpoint=getbalance&timeoutMs=30000`,
      )
        .then((res) => res.json() as Promise<Record<string, unknown>>)
        .finally(() => {
          settled = true
        })
      await fetch(`${running.url}/__mock/health`).then((res) => res.text())
      await fetch(`${running.url}/api/services/getdlr?apikey=${KEY}&partnerID=12345`).then((r) =>
        r.text(),
      )
      expect(settled).toBe(false)
      await fetch(`${running.url}${BALANCE}`).then((res) => res.text())
      const body = await waiting
      expect(body).toMatchObject({ matched: true, count: 1 })
      expect(body.requests).toEqual([expect.objectContaining({ seq: 2, endpoint: 'getbalance' })])
    } finally {
      await running.close()
    }
  })

  it('does not hold close() open', async () => {
    const running = await startMockServer({ port: 0 })
    const waiting = fetch(`${running.url}/__mock/requests/wait?endpoint=getdlr&timeoutMs=60000`)
      .then((res) => res.status)
      .catch(() => 'closed')
    await fetch(`${running.url}/__mock/health`).then((res) => res.text())
    await running.close()
    expect([200, 'closed']).toContain(await waiting)
  })
})

describe('every way in', () => {
  let ways: WayIn[]
  beforeAll(async () => {
    ways = await openWaysIn({ clock: { virtual: true, start: START } })
  })
  afterAll(() => closeWaysIn(ways))

  const json = (path: string, body: unknown): RawRequest => ({
    method: 'POST',
    target: path,
    headers: [['content-type', 'application/json']],
    body: JSON.stringify(body),
  })
  const valid = paramsWith({})
  const query = new URLSearchParams(valid as Record<string, string>).toString()
  const form = (path: string): RawRequest => ({
    method: 'POST',
    target: path,
    headers: [['content-type', 'application/x-www-form-urlencoded']],
    body: query,
  })
  const boundary = 'b0undary'
  const multipart: RawRequest = {
    method: 'POST',
    target: '/api/services/sendsms',
    headers: [['content-type', `multipart/form-data; boundary=${boundary}`]],
    body: `${Object.entries(valid)
      .map(
        ([k, v]) => `--${boundary}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
      )
      .join('')}--${boundary}--\r\n`,
  }

  it.each<[string, RawRequest, Record<string, unknown>]>([
    [
      'a GET with the key in the query',
      { method: 'GET', target: `/api/services/sendsms?${query}` },
      { code: 200, path: '/api/services/sendsms' },
    ],
    [
      'a trailing slash',
      { method: 'GET', target: `/api/services/sendsms/?${query}` },
      { path: '/api/services/sendsms/' },
    ],
    ['a JSON body', json('/api/services/sendsms', valid), { method: 'POST', accepted: 1 }],
    ['a form body', form('/api/services/sendotp'), { endpoint: 'sendotp', accepted: 1 }],
    ['a multipart body', multipart, { accepted: 1 }],
    [
      'a percent-encoded key',
      {
        method: 'GET',
        target: '/api/services/getbalance?apikey=%73andbox%2Dapi%2Dkey&partnerID=12345',
      },
      { code: 200 },
    ],
    [
      'a percent-encoded path',
      { method: 'GET', target: `/api/services/%73endsms?${query}` },
      { path: '/api/services/…', code: 200 },
    ],
    [
      'a sendbulk',
      json('/api/services/sendbulk', { smslist: [{ ...valid, clientsmsid: 7 }] }),
      { endpoint: 'sendbulk', messageIds: ['100000001'] },
    ],
    [
      'a refused method',
      { method: 'DELETE', target: '/api/services/getbalance' },
      { code: 1010, params: null },
    ],
    [
      'an oversized body',
      {
        method: 'POST',
        target: '/api/services/sendsms',
        headers: [['content-type', 'application/json']],
        body: 'x'.repeat(1024 * 1024 + 1),
      },
      { code: 1009, params: null },
    ],
  ])('records %s alike, without the key', async (_name, request, expected) => {
    const entries = []
    for (const way of ways) {
      way.mock.reset()
      await way.send(request)
      const [entry, ...rest] = way.mock.requests.list()
      expect(rest, way.name).toEqual([])
      expect(entry, way.name).toMatchObject({ seq: 1, receivedAt: START, ...expected })
      const answer = await way.send({ method: 'GET', target: '/__mock/requests' })
      for (const text of [JSON.stringify(entry), answer.body]) {
        expect(text).not.toContain(KEY)
        expect(text).not.toContain('%73andbox')
      }
      const { durationMs: _ms, ...same } = entry ?? {}
      entries.push(same)
    }
    expect(entries[1]).toEqual(entries[0])
    expect(entries[2]).toEqual(entries[0])
  })

  it('waits alike on every way in', async () => {
    for (const way of ways) {
      way.mock.reset()
      const waiting = way.send({
        method: 'GET',
        target: '/__mock/requests/wait?endpoint=getbalance&count=1&timeoutMs=30000',
      })
      await way.send({ method: 'GET', target: '/__mock/health' })
      await way.send({ method: 'GET', target: BALANCE })
      const answer = await waiting
      expect(JSON.parse(answer.body), way.name).toMatchObject({ matched: true, count: 1 })
    }
  })
})
