/**
 * @module
 * `createMockAdmin` against a real mock server on a free port: every method reaches its
 * control endpoint and resolves with what the mock answered, refusals become a
 * `MockAdminError` with the mock's status, code and message, and a namespace keeps its
 * calls under `/ns/{name}`. No answer or error of it ever holds an apikey.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type RunningMock, startMockServer } from '../node/start-mock-server.js'
import { createMockAdmin, type MockAdmin, MockAdminError, MockAdminWaitError } from './index.js'

const KEY = 'sandbox-api-key'
const SECRET = 'acme-secret-key-1234'
const START = '2030-01-01T06:00:00.000Z'

let server: RunningMock
let admin: MockAdmin

const send = (prefix = '', mobile = '0712345678') =>
  fetch(
    `${server.url}${prefix}/api/services/sendsms?apikey=${KEY}&partnerID=12345&shortcode=SANDBOX&mobile=${mobile}&message=Hi`,
  )

beforeAll(async () => {
  server = await startMockServer({ port: 0, clock: { virtual: true, start: START } })
  admin = createMockAdmin({ baseUrl: `${server.url}/` })
})

beforeEach(async () => {
  await admin.reset()
})

afterAll(async () => {
  await server.close()
})

async function refusal(promise: Promise<unknown>): Promise<MockAdminError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(MockAdminError)
  return error as MockAdminError
}

describe('createMockAdmin', () => {
  it('reads the health and the message journal, page after page', async () => {
    await send('', '0712345678,0733123456,0722000111')
    expect(await admin.health()).toMatchObject({ status: 'ok', messages: 3, requests: 1 })
    const page = await admin.messages.list({ limit: 2 })
    expect(page.messages.map((m) => m.messageId)).toEqual(['100000001', '100000002'])
    expect(page.next).not.toBeNull()
    const all = []
    for await (const entry of admin.messages.all({ limit: 1 })) all.push(entry.mobile)
    expect(all).toEqual(['254712345678', '254733123456', '254722000111'])
    const one = []
    for await (const entry of admin.messages.all({ mobile: '+254 733 123 456' })) one.push(entry)
    expect(one).toHaveLength(1)
    expect(one[0]?.delivery.description).toBe('SentToNetwork')
    expect(await admin.messages.clear()).toBe(3)
    expect((await admin.messages.list()).messages).toEqual([])
  })

  it('counts, lists and waits for requests', async () => {
    await send()
    await fetch(`${server.url}/api/services/getbalance?apikey=${KEY}&partnerID=12345`)
    expect(await admin.requests.count()).toBe(2)
    expect(await admin.requests.count({ endpoint: 'getbalance' })).toBe(1)
    const page = await admin.requests.list({ endpoint: 'sendsms', limit: 1 })
    expect(page.requests[0]).toMatchObject({ seq: 1, params: { apikey: '[redacted]' } })
    const waited = admin.requests.waitFor({ endpoint: 'getdlr' }, { count: 1, timeoutMs: 10_000 })
    await fetch(`${server.url}/api/services/getdlr?apikey=${KEY}&partnerID=12345&messageID=1`)
    expect((await waited).map((e) => e.endpoint)).toEqual(['getdlr'])
    expect(await admin.requests.clear()).toBe(3)
  })

  it('rejects a wait that times out with a MockAdminWaitError holding the matches so far', async () => {
    await send()
    const error = await refusal(
      admin.requests.waitFor({ endpoint: 'sendsms' }, { count: 2, timeoutMs: 0 }),
    )
    expect(error).toBeInstanceOf(MockAdminWaitError)
    expect(error).toMatchObject({ status: 200, code: 'timeout' })
    expect((error as MockAdminWaitError).requests).toHaveLength(1)
    expect(error.message).toBe('1 of 2 matching requests came before the wait ended (timeout).')
  })

  it('pushes, lists and clears faults', async () => {
    expect(await admin.faults.push({ code: 4090, count: 2 })).toEqual([
      { code: 4090, remaining: 2, description: expect.any(String) },
    ])
    await admin.faults.push({ kind: 'http', status: 503, endpoint: 'getbalance' })
    expect((await admin.faults.list()).map((f) => ('kind' in f ? f.kind : 'code'))).toEqual([
      'code',
      'http',
    ])
    const answer = await (await send()).json()
    expect(answer).toMatchObject({ 'response-code': 4090 })
    expect(await admin.faults.clear()).toBe(2)
  })

  it('turns a refused fault into a MockAdminError with the status, code and message', async () => {
    const error = await refusal(admin.faults.push({ kind: 'http', status: 418 as 503 }))
    expect(error).toMatchObject({
      name: 'MockAdminError',
      status: 400,
      code: 'bad_request',
      message: 'http fault status must be 500, 502, 503 or 504',
    })
  })

  it('lists and upserts accounts without ever returning an apikey', async () => {
    const added = await admin.accounts.upsert({
      partnerID: '777',
      apikey: SECRET,
      shortcodes: ['ACME'],
    })
    expect(added).toEqual({ partnerID: '777', shortcodes: ['ACME'], credit: 10_000_000 })
    await admin.accounts.upsert({ partnerID: 12345, credit: 0 })
    const accounts = await admin.accounts.list()
    expect(accounts.map((a) => [a.partnerID, a.credit])).toEqual([
      ['12345', 0],
      ['777', 10_000_000],
    ])
    expect(JSON.stringify(accounts)).not.toContain(SECRET)
    const error = await refusal(admin.accounts.upsert({ partnerID: '778', apikey: SECRET }))
    expect(error.code).toBe('bad_request')
    expect(`${error.message} ${error.stack}`).not.toContain(SECRET)
  })

  it('reads and moves the clock', async () => {
    expect(await admin.clock.get()).toEqual({ now: START, virtual: true })
    expect((await admin.clock.advance('20s')).now).toBe('2030-01-01T06:00:20.000Z')
    expect((await admin.clock.to('2030-01-01T07:00:00Z')).now).toBe('2030-01-01T07:00:00.000Z')
    const error = await refusal(admin.clock.to('2000-01-01T00:00:00Z'))
    expect(error).toMatchObject({ status: 400, code: 'bad_request' })
    expect((await admin.clock.setVirtual(true)).virtual).toBe(true)
  })

  it('reads and sets the profile', async () => {
    expect((await admin.profile.get()).base).toBe('docs')
    const set = await admin.profile.set({ base: 'strict-go', lowCredit: 'top-level' })
    expect(set).toMatchObject({ base: 'strict-go', lowCredit: 'top-level' })
    expect((await admin.profile.get()).types['sendsms.messageid']).toBe('string')
    expect((await refusal(admin.profile.set({ base: 'lenient' as 'docs' }))).code).toBe(
      'bad_request',
    )
  })

  it('reads and clears the callback record', async () => {
    await admin.accounts.upsert({ partnerID: '12345', callbackUrl: `${server.url}/__mock/health` })
    await send()
    await admin.clock.advance('1m')
    const record = await admin.callbacks.list({ messageId: '100000001' })
    expect(record.attempts[0]).toMatchObject({ messageId: '100000001', status: 404 })
    expect(await admin.callbacks.clear()).toBeGreaterThan(0)
    expect((await admin.callbacks.list()).attempts).toEqual([])
  })

  it('lists the provider states and applies one, refusing an unknown name by name', async () => {
    const states = await admin.providerStates.list()
    expect(states.map((state) => state.name)).toContain('the sandbox account has no credit')
    const applied = await admin.providerStates.apply('the sandbox account has no credit')
    expect(applied).toMatchObject({ state: 'the sandbox account has no credit', action: 'setup' })
    expect((await admin.accounts.list())[0]).toMatchObject({ partnerID: '12345', credit: 0 })
    const error = await refusal(admin.providerStates.apply('the sandbox acount exists'))
    expect(error).toMatchObject({ status: 400, code: 'unknown_state' })
    expect(String(error)).toContain('the sandbox acount exists')
  })

  it('sends a provider state as Pact does: state, params and action', async () => {
    const sent: unknown[] = []
    const recording = createMockAdmin({
      baseUrl: 'http://mock.invalid',
      fetch: async (request) => {
        sent.push([request.method, request.url, await request.json()])
        return Response.json({ state: 's', action: 'teardown', result: { credit: 5 } })
      },
    })
    expect(await recording.providerStates.apply('s', { credit: 5 }, 'teardown')).toEqual({
      state: 's',
      action: 'teardown',
      result: { credit: 5 },
    })
    await recording.providerStates.apply('t')
    expect(sent).toEqual([
      [
        'POST',
        'http://mock.invalid/__mock/provider-states',
        { state: 's', params: { credit: 5 }, action: 'teardown' },
      ],
      ['POST', 'http://mock.invalid/__mock/provider-states', { state: 't', action: 'setup' }],
    ])
  })

  it('names an answer that is not a control API error unexpected_answer', async () => {
    const broken = createMockAdmin({
      baseUrl: 'http://mock.invalid',
      fetch: async () => new Response('<h1>Bad gateway</h1>', { status: 502 }),
    })
    expect(await refusal(broken.health())).toMatchObject({
      status: 502,
      code: 'unexpected_answer',
      message: 'The mock answered HTTP 502 without a control API error.',
    })
  })
})

describe('createMockAdmin with a namespace', () => {
  it('acts on the namespace only, and lists and deletes namespaces at the root', async () => {
    const ns = createMockAdmin({ baseUrl: server.url, namespace: 'ci-1' })
    await ns.reset()
    await send('/ns/ci-1')
    expect((await ns.messages.list()).messages).toHaveLength(1)
    expect((await admin.messages.list()).messages).toHaveLength(0)
    await ns.faults.push({ code: 1006 })
    expect(await admin.faults.list()).toEqual([])
    expect((await ns.faults.list()).length).toBe(1)
    const page = await ns.requests.list()
    expect(page.requests.map((r) => r.path)).toEqual(['/api/services/sendsms'])
    const listing = await ns.namespaces.list()
    expect(listing.namespaces.map((n) => n.name)).toContain('ci-1')
    expect(await ns.namespaces.delete('ci-1')).toBe(true)
    expect(await ns.namespaces.delete('ci-1')).toBe(false)
    expect((await admin.namespaces.list()).namespaces.map((n) => n.name)).not.toContain('ci-1')
  })

  it('pages a namespace journal with all()', async () => {
    const ns = createMockAdmin({ baseUrl: server.url, namespace: 'ci-2' })
    await send('/ns/ci-2', '0712345678,0733123456')
    const ids = []
    for await (const entry of ns.messages.all({ limit: 1 })) ids.push(entry.messageId)
    expect(ids).toEqual(['100000001', '100000002'])
    await ns.namespaces.delete('ci-2')
  })

  it('answers a bad namespace name with a MockAdminError 400', async () => {
    const bad = createMockAdmin({ baseUrl: server.url, namespace: 'a b' })
    expect(await refusal(bad.health())).toMatchObject({ status: 400, code: 'bad_request' })
  })
})
