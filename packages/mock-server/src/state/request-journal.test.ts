/**
 * @module
 * The request journal through `mock.requests`: what an entry holds for each kind of
 * answer, its bounds by entries and by bytes, filters, and waits (released by a request,
 * a timeout, reset, close, a signal; bounded in number; no timer left).
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMock, type Mock } from '../create-mock.js'
import { paramsWith, send } from '../test-support/requests.js'
import { createRequestJournal } from './request-journal.js'
import type { StoredRequest } from './request-journal-entry.js'
import { filterFromQuery, requestMatcher } from './request-journal-filter.js'
import { MAX_RECORDED_TEXT } from './request-journal-params.js'
import { MAX_REQUEST_WAITERS, RequestWaitError } from './request-journal-waiters.js'

const START = '2030-01-01T06:00:00.000Z'

function virtualMock(options = {}): Mock {
  return createMock({ clock: { virtual: true, start: START }, ...options })
}

function balance(mock: Mock, query = 'apikey=sandbox-api-key&partnerID=12345') {
  return mock.app.request(`/api/services/getbalance?${query}`)
}

function stored(fields: Partial<StoredRequest>): StoredRequest {
  return {
    seq: 0,
    at: Date.parse(START),
    endpoint: 'sendsms',
    method: 'GET',
    path: '/api/services/sendsms',
    params: null,
    truncated: undefined,
    status: 200,
    code: 200,
    rowCodes: undefined,
    recipients: undefined,
    accepted: undefined,
    firstId: 0,
    idCount: 0,
    ids: undefined,
    durationMs: 0,
    fault: undefined,
    error: undefined,
    bytes: 100,
    ...fields,
  }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('mock.requests entries', () => {
  it('records an accepted send: params, rows, codes, message ids, time and path', async () => {
    const mock = virtualMock()
    await send(mock, 'POST', paramsWith({ mobile: '0712345678,07123,0733123456' }))
    const [entry] = mock.requests.list()
    expect(entry).toEqual({
      seq: 1,
      receivedAt: START,
      endpoint: 'sendsms',
      method: 'POST',
      path: '/api/services/sendsms',
      params: {
        apikey: '[redacted]',
        partnerID: '12345',
        message: 'Hello from the tests',
        shortcode: 'SANDBOX',
        mobile: '0712345678,07123,0733123456',
      },
      status: 200,
      code: 200,
      rowCodes: [200, 1003],
      recipients: 3,
      accepted: 2,
      messageIds: ['100000001', '100000002'],
      durationMs: expect.any(Number),
    })
    expect(Object.keys(entry ?? {})).toEqual([
      'seq',
      'receivedAt',
      'endpoint',
      'method',
      'path',
      'params',
      'status',
      'code',
      'rowCodes',
      'recipients',
      'accepted',
      'messageIds',
      'durationMs',
    ])
    expect(entry?.durationMs).toBeGreaterThanOrEqual(0)
  })

  it('records refused requests: a top-level code, no ids, no rows', async () => {
    const mock = virtualMock()
    await balance(mock, 'apikey=wrong&partnerID=12345')
    await mock.app.request('/api/services/sendbulk', { method: 'GET' })
    await mock.app.request('/api/services/sendsms', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    })
    const entries = mock.requests.list()
    expect(entries.map((e) => [e.seq, e.endpoint, e.method, e.code, e.params])).toEqual([
      [1, 'getbalance', 'GET', 1006, { apikey: '[redacted]', partnerID: '12345' }],
      [2, 'sendbulk', 'GET', 1010, null],
      [3, 'sendsms', 'POST', 1009, null],
    ])
    for (const entry of entries) {
      expect(entry.messageIds).toEqual([])
      expect(entry).not.toHaveProperty('recipients')
      expect(entry).not.toHaveProperty('rowCodes')
    }
  })

  it('records a preflight without a code, an odd method as OTHER, and an injected fault', async () => {
    const mock = virtualMock()
    await mock.app.request('/api/services/sendsms', {
      method: 'OPTIONS',
      headers: { 'access-control-request-method': 'POST' },
    })
    await mock.app.request('/api/services/sendsms', { method: 'patch' })
    mock.faults.push({ code: 4090 })
    await balance(mock)
    const [preflight, odd, fault] = mock.requests.list()
    expect(preflight).toMatchObject({ status: 204, params: null })
    expect(preflight).not.toHaveProperty('code')
    expect(odd).toMatchObject({ code: 1010 })
    expect(['PATCH', 'OTHER']).toContain(odd?.method)
    expect(fault).toMatchObject({ code: 4090, params: { partnerID: '12345' } })
  })

  it('records an error inside the rules (1005) with its message', async () => {
    let broken = true
    const mock = createMock({
      now: () => {
        if (broken) throw new Error('clock broke')
        return new Date(START)
      },
    })
    await send(mock, 'GET', paramsWith({}))
    broken = false
    expect(mock.requests.find()).toMatchObject({ code: 1005, error: 'Error: clock broke' })
  })

  it('lists ids as sent when they are not one run', () => {
    const journal = createRequestJournal()
    journal.add(stored({ ids: ['100000001', '100000005'] }))
    journal.add(stored({ firstId: 100000009, idCount: 2 }))
    expect(journal.list().map((e) => e.messageIds)).toEqual([
      ['100000001', '100000005'],
      ['100000009', '100000010'],
    ])
  })

  it('hands out copies: changing an entry changes nothing kept', async () => {
    const mock = virtualMock()
    await send(mock, 'GET', paramsWith({}))
    const entry = mock.requests.find()
    if (entry?.params) entry.params.message = 'changed'
    expect(mock.requests.find()?.params?.message).toBe('Hello from the tests')
  })
})

describe('bounds', () => {
  it('keeps at most requestJournalLimit entries, the newest, and counts the drops', async () => {
    const mock = virtualMock({ requestJournalLimit: 3 })
    for (let i = 0; i < 5; i++) await balance(mock)
    expect(mock.requests.size).toBe(3)
    expect(mock.requests.dropped).toBe(2)
    expect(mock.requests.list().map((e) => e.seq)).toEqual([3, 4, 5])
  })

  it('keeps none with a limit of 0, counting each as dropped', async () => {
    const mock = virtualMock({ requestJournalLimit: 0 })
    await balance(mock)
    expect(mock.requests.size).toBe(0)
    expect(mock.requests.dropped).toBe(1)
  })

  it('stays within requestJournalBytes, dropping the oldest', () => {
    const journal = createRequestJournal({ maxBytes: 1000 })
    for (let i = 0; i < 5; i++) journal.add(stored({ bytes: 300 }))
    expect(journal.size).toBe(3)
    expect(journal.bytes).toBe(900)
    expect(journal.dropped).toBe(2)
    journal.add(stored({ bytes: 5000 }))
    expect(journal.size).toBe(0)
    expect(journal.bytes).toBe(0)
  })

  it('keeps requests with 1 MiB messages within its bytes, each cut', async () => {
    const limit = 512 * 1024
    const mock = virtualMock({ requestJournalBytes: limit })
    const message = 'm'.repeat(1024 * 1024 - 200)
    for (let i = 0; i < 20; i++) await send(mock, 'POST', paramsWith({ message }))
    expect(mock.requests.bytes).toBeLessThanOrEqual(limit)
    expect(mock.requests.size).toBeGreaterThan(10)
    const entry = mock.requests.find()
    expect(entry?.params?.message).toHaveLength(MAX_RECORDED_TEXT)
    expect(entry?.truncated).toEqual({ message: message.length })
  })

  it('grows past its first room and keeps the order', () => {
    const journal = createRequestJournal({ limit: 1000 })
    for (let i = 0; i < 700; i++) journal.add(stored({}))
    const seqs = journal.list().map((e) => e.seq)
    expect(seqs).toHaveLength(700)
    expect(seqs[0]).toBe(1)
    expect(seqs[699]).toBe(700)
    expect(journal.list({ after: 650 })).toHaveLength(50)
  })

  it('refuses limits that are not whole numbers', () => {
    expect(() => createMock({ requestJournalLimit: -1 })).toThrow(/requestJournalLimit/)
    expect(() => createMock({ requestJournalBytes: 1.5 })).toThrow(/requestJournalBytes/)
  })

  it('clears: returns how many, restarts the drop count, keeps numbering; reset numbers from 1', async () => {
    const mock = virtualMock({ requestJournalLimit: 1 })
    await balance(mock)
    await balance(mock)
    expect(mock.requests.clear()).toBe(1)
    expect(mock.requests.dropped).toBe(0)
    expect(mock.requests.bytes).toBe(0)
    await balance(mock)
    expect(mock.requests.find()?.seq).toBe(3)
    mock.reset()
    expect(mock.requests.size).toBe(0)
    await balance(mock)
    expect(mock.requests.find()?.seq).toBe(1)
  })
})

describe('filters', () => {
  async function sample(): Promise<Mock> {
    const mock = virtualMock()
    await send(mock, 'GET', paramsWith({ mobile: '254712345678' }))
    await mock.clock.advance('1m')
    await send(mock, 'POST', paramsWith({ mobile: '0733123456,07123' }))
    await balance(mock, 'apikey=sandbox-api-key&partnerID=777')
    await mock.app.request('/api/services/sendbulk', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        smslist: [
          {
            partnerID: 12345,
            apikey: 'sandbox-api-key',
            shortcode: 'SANDBOX',
            mobile: '0700000001',
          },
        ],
      }),
    })
    return mock
  }

  it.each([
    [{}, [1, 2, 3, 4]],
    [{ endpoint: 'sendsms' }, [1, 2]],
    [{ code: 1006 }, [3]],
    [{ code: 1003 }, [2]],
    [{ code: 200 }, [1, 2, 4]],
    [{ code: 4093 }, [4]],
    [{ method: 'post' }, [2, 4]],
    [{ partnerID: '777' }, [3]],
    [{ partnerID: 12345 }, [1, 2, 4]],
    [{ mobile: '0712345678' }, [1]],
    [{ mobile: '+254 733 123 456' }, [2]],
    [{ mobile: '07123' }, [2]],
    [{ mobile: '254700000001' }, [4]],
    [{ since: '2030-01-01T06:01:00Z' }, [2, 3, 4]],
    [{ after: 2 }, [3, 4]],
    [{ endpoint: 'sendsms', after: 1, mobile: '0733123456' }, [2]],
  ] as const)('%o matches %o', async (filter, seqs) => {
    const mock = await sample()
    expect(mock.requests.list(filter).map((e) => e.seq)).toEqual(seqs)
    expect(mock.requests.count(filter)).toBe(seqs.length)
    expect(mock.requests.find(filter)?.seq).toBe(seqs[0])
  })

  it('finds nothing when nothing matches', async () => {
    const mock = await sample()
    expect(mock.requests.find({ endpoint: 'getdlr' })).toBeUndefined()
    expect(mock.requests.count({ mobile: '0799999999' })).toBe(0)
  })

  it.each([
    [{ endpoint: 'sendmms' }, /endpoint must be one of sendsms/],
    [{ code: -1 }, /code must be a whole number/],
    [{ code: 1.5 }, /code/],
    [{ after: Number.NaN }, /after must be a whole number/],
    [{ mobile: ' ' }, /mobile/],
    [{ partnerID: true }, /partnerID/],
    [{ method: 'GET POST' }, /method/],
    [{ since: 'tomorrow' }, /since must be a time/],
  ])('refuses %o with a TypeError', (filter, message) => {
    expect(() => requestMatcher(filter as never)).toThrow(TypeError)
    expect(() => requestMatcher(filter as never)).toThrow(message)
  })

  it('reads a query, an empty value being no filter', () => {
    const read = filterFromQuery(
      new URLSearchParams('endpoint=sendsms&code=1003&mobile=&method=get&after=4&since=1893477600'),
    )
    expect(read).toEqual({
      filter: { endpoint: 'sendsms', code: 1003, method: 'get', after: 4, since: '1893477600' },
    })
    expect(filterFromQuery(new URLSearchParams('code=12a'))).toEqual({
      error: 'code must be a whole number',
    })
  })
})

describe('waitFor', () => {
  it('resolves at once with the matches already there', async () => {
    const mock = virtualMock()
    await balance(mock)
    await balance(mock)
    const found = await mock.requests.waitFor({ endpoint: 'getbalance' }, { count: 2 })
    expect(found.map((e) => e.seq)).toEqual([1, 2])
  })

  it('resolves on the request that completes the count, not before', async () => {
    const mock = virtualMock()
    await balance(mock)
    let settled = false
    const waiting = mock.requests.waitFor({ endpoint: 'getbalance' }, { count: 3 }).then((r) => {
      settled = true
      return r
    })
    await send(mock, 'GET', paramsWith({}))
    await balance(mock)
    await Promise.resolve()
    expect(settled).toBe(false)
    await balance(mock)
    expect((await waiting).map((e) => e.seq)).toEqual([1, 3, 4])
  })

  it('rejects on its timeout, leaving no timer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const mock = virtualMock()
    await balance(mock)
    const waiting = mock.requests.waitFor({ endpoint: 'getbalance' }, { count: 2, timeoutMs: 1000 })
    const caught = waiting.catch((error: unknown) => error)
    expect(vi.getTimerCount()).toBe(1)
    await vi.advanceTimersByTimeAsync(999)
    await vi.advanceTimersByTimeAsync(1)
    const error = (await caught) as RequestWaitError
    expect(error).toBeInstanceOf(RequestWaitError)
    expect(error).toMatchObject({ name: 'RequestWaitError', reason: 'timeout', matched: 1 })
    expect(error.message).toBe(
      'Waited for 2 matching request(s), 1 came before the wait ended (timeout).',
    )
    expect(vi.getTimerCount()).toBe(0)
  })

  it('clears its timer when it is answered', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const mock = virtualMock()
    const waiting = mock.requests.waitFor({}, { timeoutMs: 60_000 })
    expect(vi.getTimerCount()).toBe(1)
    await balance(mock)
    await waiting
    expect(vi.getTimerCount()).toBe(0)
  })

  it('answers a timeout of 0 at once', async () => {
    const mock = virtualMock()
    await expect(mock.requests.waitFor({}, { timeoutMs: 0 })).rejects.toMatchObject({
      reason: 'timeout',
      matched: 0,
    })
  })

  it('is released by reset and by close', async () => {
    const mock = virtualMock()
    const first = mock.requests.waitFor({ endpoint: 'getdlr' })
    mock.reset()
    await expect(first).rejects.toMatchObject({ reason: 'reset' })
    const second = mock.requests.waitFor({ endpoint: 'getdlr' })
    await mock.close()
    await expect(second).rejects.toMatchObject({ reason: 'closed' })
  })

  it('is released by its signal, and refused for a signal already aborted', async () => {
    const mock = virtualMock()
    const controller = new AbortController()
    const waiting = mock.requests.waitFor({}, { signal: controller.signal })
    controller.abort()
    await expect(waiting).rejects.toMatchObject({ reason: 'aborted' })
    await expect(mock.requests.waitFor({}, { signal: controller.signal })).rejects.toMatchObject({
      reason: 'aborted',
    })
  })

  it(`runs at most ${MAX_REQUEST_WAITERS} waits at once`, async () => {
    const mock = virtualMock()
    const waits = Array.from({ length: MAX_REQUEST_WAITERS }, () =>
      mock.requests.waitFor({ endpoint: 'getdlr' }).catch((e: RequestWaitError) => e.reason),
    )
    await expect(mock.requests.waitFor({ endpoint: 'getdlr' })).rejects.toMatchObject({
      reason: 'busy',
      message: `Too many waits at once (at most ${MAX_REQUEST_WAITERS}).`,
    })
    mock.reset()
    expect(new Set(await Promise.all(waits))).toEqual(new Set(['reset']))
    // Their places are free again.
    const again = mock.requests.waitFor({ endpoint: 'getbalance' })
    await balance(mock)
    expect(await again).toHaveLength(1)
  })

  it('counts from zero again after clear', async () => {
    const mock = virtualMock()
    await balance(mock)
    let settled = false
    const waiting = mock.requests.waitFor({}, { count: 2 }).then(() => {
      settled = true
    })
    mock.requests.clear()
    await balance(mock)
    await Promise.resolve()
    expect(settled).toBe(false)
    await balance(mock)
    await waiting
    expect(settled).toBe(true)
  })

  it.each([
    [{ count: 0 }, /count must be a whole number of at least 1/],
    [{ count: 1.5 }, /count/],
    [{ timeoutMs: -1 }, /timeoutMs must be a whole number from 0 to 60000/],
    [{ timeoutMs: 60_001 }, /timeoutMs/],
  ])('refuses %o with a TypeError', async (options, message) => {
    const mock = virtualMock()
    await expect(mock.requests.waitFor({}, options)).rejects.toThrow(message)
    await expect(mock.requests.waitFor({ code: -1 })).rejects.toThrow(TypeError)
  })
})
