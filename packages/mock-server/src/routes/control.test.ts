/**
 * @module
 * The /__mock/* endpoints: journal, accounts, faults, reset, health and their errors.
 */
import { validateSendSmsResponse } from '@sendsms/spec'
import { describe, expect, it } from 'vitest'
import { createMock, type Mock } from '../create-mock.js'
import { codeOf, paramsWith, send } from '../testing/requests.js'

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
    expect(codeOf(await send(mock, 'GET', paramsWith({})))).toBe(1004)
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
    expect(mock.journal.list()[0]?.messageId).toBe(100000001)
  })

  it('reports health', async () => {
    expect((await call(createMock(), 'GET', '/__mock/health')).body).toEqual({
      status: 'ok',
      accounts: 1,
      messages: 0,
    })
  })
})

describe('unknown paths', () => {
  it.each([
    ['GET', '/'],
    ['GET', '/api/services/sendbulk'],
    ['POST', '/__mock/nothing'],
    ['PUT', '/__mock/messages'],
    ['GET', '/api/services/sendsms//'],
  ])('answers %s %s with a JSON 404', async (method, path) => {
    const res = await call(createMock(), method, path)
    expect(res.status).toBe(404)
    expect(res.body).toEqual({
      error: 'not_found',
      message: expect.stringContaining(`No route for ${method} ${path}.`),
    })
  })
})
