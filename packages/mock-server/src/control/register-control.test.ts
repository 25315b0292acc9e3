/**
 * @module
 * The /__mock/* endpoints: journal, accounts, faults, reset, health and their errors.
 */
import { validateSendSmsResponse } from '@sendsms/spec'
import { describe, expect, it } from 'vitest'
import { createMock, type Mock, type MockOptions } from '../create-mock.js'
import { safePath } from '../log/request-log-entry.js'
import { MAX_CONTROL_BODY_BYTES } from '../provider/limits.js'
import { codeOf, paramsWith, send } from '../test-support/requests.js'

async function call(mock: Mock, method: string, path: string, body?: unknown) {
  const init: RequestInit = { method }
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body)
    init.headers = { 'content-type': 'application/json' }
  }
  const res = await mock.app.request(path, init)
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe('/__mock/messages', () => {
  it('lists the journal, filtered by mobile and partnerID', async () => {
    const mock = createMock()
    await send(mock, 'GET', paramsWith({ mobile: '0712345678,0733123456' }))
    const all = await call(mock, 'GET', '/__mock/messages')
    expect(all.status).toBe(200)
    expect(all.body.messages).toHaveLength(2)
    const one = await call(mock, 'GET', '/__mock/messages?mobile=0733123456')
    expect(one.body.messages).toEqual([
      expect.objectContaining({ mobile: '254733123456', networkId: 2 }),
    ])
    const none = await call(mock, 'GET', '/__mock/messages?partnerID=999')
    expect(none.body.messages).toEqual([])
  })

  it('deletes the journal and says how many went', async () => {
    const mock = createMock()
    await send(mock, 'GET', paramsWith({ mobile: '0712345678,0733123456' }))
    expect((await call(mock, 'DELETE', '/__mock/messages')).body).toEqual({ deleted: 2 })
    expect(mock.journal.size).toBe(0)
  })
})

describe('/__mock/accounts', () => {
  it('lists accounts without apikeys', async () => {
    const { body } = await call(createMock(), 'GET', '/__mock/accounts')
    expect(body).toEqual({
      accounts: [{ partnerID: '12345', shortcodes: ['SANDBOX'], credit: 10_000_000 }],
    })
  })

  it('adds an account that can then send', async () => {
    const mock = createMock()
    const account = { partnerID: 777, apikey: 'acme-secret-key', shortcodes: ['ACME'], credit: 10 }
    const added = await call(mock, 'POST', '/__mock/accounts', account)
    expect(added).toEqual({
      status: 200,
      body: { account: { partnerID: '777', shortcodes: ['ACME'], credit: 10 } },
    })
    const answer = await send(mock, 'POST', {
      ...paramsWith({}),
      partnerID: 777,
      apikey: 'acme-secret-key',
      shortcode: 'ACME',
    })
    expect(codeOf((answer.responses as Record<string, unknown>[])[0] ?? {})).toBe(200)
  })

  it('updates part of an existing account, such as its credit', async () => {
    const mock = createMock()
    await call(mock, 'POST', '/__mock/accounts', { partnerID: '12345', credit: 0 })
    expect(mock.accounts.get('12345')).toMatchObject({ apikey: 'sandbox-api-key', credit: 0 })
    const answer = await send(mock, 'GET', paramsWith({}))
    expect((answer.responses as Record<string, unknown>[]).map(codeOf)).toEqual([1004])
  })

  it.each<[string, unknown]>([
    ['a body that is not JSON', '{nope'],
    ['a JSON array', '[]'],
    ['a new account without apikey', { partnerID: '1', shortcodes: ['A'] }],
    ['a negative credit', { partnerID: '12345', credit: -1 }],
    ['shortcodes that are not a list', { partnerID: '12345', shortcodes: 'SANDBOX' }],
    ['no partnerID', { apikey: 'k', shortcodes: ['A'] }],
  ])('answers 400 for %s', async (_name, body) => {
    const res = await call(createMock(), 'POST', '/__mock/accounts', body)
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ error: 'bad_request', message: expect.any(String) })
  })
})

describe('/__mock/faults', () => {
  it('makes the next N sends answer the injected code, then recovers', async () => {
    const mock = createMock()
    const pushed = await call(mock, 'POST', '/__mock/faults', { code: 4090, count: 2 })
    expect(pushed.body).toEqual({
      faults: [
        { code: 4090, remaining: 2, description: 'Internal Error. Try again after 5 minutes' },
      ],
    })
    for (const method of ['GET', 'POST'] as const) {
      const answer = await send(mock, method, paramsWith({}))
      expect(validateSendSmsResponse(answer).errors).toEqual([])
      expect(answer).toEqual({
        'response-code': 4090,
        'response-description': 'Internal Error. Try again after 5 minutes',
      })
    }
    const after = await send(mock, 'GET', paramsWith({}))
    expect(codeOf((after.responses as Record<string, unknown>[])[0] ?? {})).toBe(200)
    expect(mock.journal.size).toBe(1)
  })

  it('applies faults in order and lists what is pending', async () => {
    const mock = createMock()
    mock.faults.push({ code: 1006 })
    mock.faults.push({ code: 1005, description: 'Failed. System error', count: 1 })
    expect((await call(mock, 'GET', '/__mock/faults')).body.faults).toHaveLength(2)
    expect(codeOf(await send(mock, 'GET', paramsWith({})))).toBe(1006)
    expect(codeOf(await send(mock, 'GET', paramsWith({})))).toBe(1005)
  })

  it('clears pending faults', async () => {
    const mock = createMock()
    mock.faults.push({ code: 4090, count: 5 })
    expect((await call(mock, 'DELETE', '/__mock/faults')).body).toEqual({ deleted: 1 })
    expect((await send(mock, 'GET', paramsWith({}))).responses).toHaveLength(1)
  })

  it.each<[string, unknown]>([
    ['no code', { count: 1 }],
    ['code 200', { code: 200 }],
    ['a code given as a string', { code: '4090' }],
    ['a zero count', { code: 4090, count: 0 }],
    ['an undocumented code without description', { code: 4999 }],
    ['bad JSON', 'nope'],
  ])('answers 400 for %s', async (_name, body) => {
    const res = await call(createMock(), 'POST', '/__mock/faults', body)
    expect(res.status).toBe(400)
    expect(res.body.error).toBe('bad_request')
  })
})

describe('/__mock/reset and /__mock/health', () => {
  it('returns accounts, credit, journal, faults and message ids to the start state', async () => {
    const mock = createMock()
    await call(mock, 'POST', '/__mock/accounts', { partnerID: '1', apikey: 'k', shortcodes: ['A'] })
    await send(mock, 'GET', paramsWith({}))
    mock.faults.push({ code: 4090 })
    expect((await call(mock, 'POST', '/__mock/reset')).body).toEqual({ reset: true })
    expect(mock.accounts.list()).toEqual([
      {
        partnerID: '12345',
        apikey: 'sandbox-api-key',
        shortcodes: ['SANDBOX'],
        credit: 10_000_000,
      },
    ])
    expect(mock.journal.size).toBe(0)
    expect(mock.faults.list()).toEqual([])
    await send(mock, 'GET', paramsWith({}))
    expect(mock.journal.list()[0]?.messageId).toBe('100000001')
  })

  it('reports health', async () => {
    expect((await call(createMock(), 'GET', '/__mock/health')).body).toEqual({
      status: 'ok',
      accounts: 1,
      messages: 0,
      dropped: 0,
      requests: 0,
      requestsDropped: 0,
    })
  })
})

describe('unknown paths', () => {
  it.each([
    ['GET', '/'],
    ['GET', '/api/services/sendmms'],
    ['POST', '/__mock/nothing'],
    ['PUT', '/__mock/messages'],
    ['GET', '/api/services/sendsms//'],
  ])('answers %s %s with a JSON 404', async (method, path) => {
    const res = await call(createMock(), method, path)
    expect(res.status).toBe(404)
    expect(res.body).toEqual({
      error: 'not_found',
      message: expect.stringContaining(`No route for ${method} ${safePath(path)};`),
    })
  })
})

describe('/__mock/messages in pages', () => {
  async function fill(mock: Mock, count: number, message = 'Hi'): Promise<void> {
    const mobile = Array.from({ length: count }, () => '0712345678').join(',')
    await send(mock, 'POST', paramsWith({ mobile, message }))
  }

  it('stops a page at limit and links the next one, filters included', async () => {
    const mock = createMock()
    await fill(mock, 5)
    const first = await call(mock, 'GET', '/__mock/messages?mobile=0712345678&limit=2')
    const ids = (page: Record<string, unknown>) =>
      (page.messages as { messageId: string }[]).map((m) => m.messageId)
    expect(ids(first.body)).toEqual(['100000001', '100000002'])
    expect(first.body).toMatchObject({ held: 5, dropped: 0 })
    expect(first.body.next).toBe('/__mock/messages?mobile=0712345678&limit=2&after=100000002')
    const second = await call(mock, 'GET', first.body.next as string)
    expect(ids(second.body)).toEqual(['100000003', '100000004'])
    const last = await call(mock, 'GET', second.body.next as string)
    expect(ids(last.body)).toEqual(['100000005'])
    expect(last.body.next).toBeNull()
  })

  it('pages a journal of long messages by size, so the answer is never too large to build', async () => {
    const mock = createMock()
    mock.accounts.setCredit('12345', 1e9)
    // The journal's first hostile input: 1000 numbers, a 600 KB message.
    await fill(mock, 1000, 'a'.repeat(600_000))
    const res = await mock.app.request('/__mock/messages')
    expect(res.status).toBe(200)
    const page = (await res.json()) as { messages: unknown[]; next: string | null }
    expect(page.messages.length).toBeGreaterThan(0)
    expect(page.messages.length).toBeLessThan(1000)
    expect(page.next).toMatch(/after=/)
  })

  it.each([
    ['a limit that is not a number', 'limit=ten'],
    ['a limit of 0', 'limit=0'],
    ['a limit over 10000', 'limit=10001'],
    ['an after that is not a number', 'after=-1'],
  ])('refuses %s', async (_name, query) => {
    const res = await call(createMock(), 'GET', `/__mock/messages?${query}`)
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ error: 'bad_request' })
  })

  it('reports the entries the journal dropped to stay within its limits', async () => {
    const mock = createMock({ journalLimit: 3 })
    await fill(mock, 5)
    expect((await call(mock, 'GET', '/__mock/messages')).body).toMatchObject({
      held: 3,
      dropped: 2,
    })
    expect((await call(mock, 'GET', '/__mock/health')).body).toMatchObject({
      messages: 3,
      dropped: 2,
    })
  })
})

describe('who may call the control endpoints', () => {
  const request = (
    headers: Record<string, string>,
    method = 'GET',
    body?: string,
    options: MockOptions = {},
  ) =>
    createMock(options).app.request('/__mock/messages', {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    })

  it.each([
    ['loopback by name', 'localhost:4010'],
    ['a .localhost name', 'app.localhost'],
    ['127.0.0.1', '127.0.0.1:4010'],
    ['another 127 address', '127.1.2.3'],
    ['::1', '[::1]:4010'],
    ['upper case', 'LOCALHOST'],
  ])('answers a Host of %s', async (_name, host) => {
    expect((await request({ host })).status).toBe(200)
  })

  it.each([
    ['another site (DNS rebinding)', 'attacker.example:4010'],
    ['the machine on the network', '192.168.1.20:4010'],
    ['a name ending like localhost', 'notlocalhost'],
    ['something that is not a host', 'a b'],
  ])('refuses a Host of %s', async (_name, host) => {
    const res = await request({ host })
    expect(res.status).toBe(403)
    expect(await res.json()).toMatchObject({ error: 'forbidden_host' })
  })

  it('answers a Host given with allowedHosts, or any with *', async () => {
    expect(
      (await request({ host: 'mock.test:80' }, 'GET', undefined, { allowedHosts: ['mock.test'] }))
        .status,
    ).toBe(200)
    expect(
      (await request({ host: 'anything' }, 'GET', undefined, { allowedHosts: ['*'] })).status,
    ).toBe(200)
  })

  it('refuses a web page of another origin, and lets the mock call itself', async () => {
    const foreign = await request({ host: 'localhost:4010', origin: 'http://localhost:3000' })
    expect(foreign.status).toBe(403)
    expect(await foreign.json()).toMatchObject({ error: 'forbidden_origin' })
    const own = await request({ host: 'localhost:4010', origin: 'http://localhost:4010' })
    expect(own.status).toBe(200)
    expect(own.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('sends no CORS header unless an origin is allowed, and then only to it', async () => {
    expect((await request({})).headers.get('access-control-allow-origin')).toBeNull()
    const cors = { cors: ['http://localhost:5173'] }
    const allowed = await request({ origin: 'http://localhost:5173' }, 'GET', undefined, cors)
    expect(allowed.status).toBe(200)
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
    expect(allowed.headers.get('vary')).toContain('Origin')
  })

  it('answers a preflight only for an allowed origin', async () => {
    const preflight = { origin: 'http://localhost:5173', 'access-control-request-method': 'DELETE' }
    expect((await request(preflight, 'OPTIONS')).status).toBe(403)
    const res = await request(preflight, 'OPTIONS', undefined, { cors: ['http://localhost:5173'] })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST,PUT,DELETE')
  })

  it.each([
    ['text/plain (what a cross-site form or fetch sends without a preflight)', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['no content type', undefined],
  ])('refuses a body sent as %s, changing nothing', async (_name, type) => {
    const mock = createMock()
    const res = await mock.app.request('/__mock/accounts', {
      method: 'POST',
      headers: type ? { 'content-type': type } : {},
      body: JSON.stringify({ partnerID: '12345', apikey: 'replaced' }),
    })
    expect(res.status).toBe(415)
    expect(await res.json()).toMatchObject({ error: 'unsupported_media_type' })
    expect(mock.accounts.get('12345')?.apikey).toBe('sandbox-api-key')
  })

  it('takes a POST with no body (curl -X POST /__mock/reset) from a program', async () => {
    const mock = createMock()
    mock.faults.push({ code: 4090 })
    expect((await mock.app.request('/__mock/reset', { method: 'POST' })).status).toBe(200)
    expect(mock.faults.list()).toEqual([])
  })

  it('refuses a body over the control limit with 413, declared or chunked', async () => {
    const mock = createMock()
    const big = JSON.stringify({ code: 4090, description: 'x'.repeat(MAX_CONTROL_BODY_BYTES) })
    const declared = await mock.app.request('/__mock/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
    })
    expect(declared.status).toBe(413)
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 100; i++) controller.enqueue(new TextEncoder().encode(' '.repeat(1024)))
        controller.close()
      },
    })
    const chunked = await mock.app.request('/__mock/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect(chunked.status).toBe(413)
    expect(mock.faults.list()).toEqual([])
  })
})
