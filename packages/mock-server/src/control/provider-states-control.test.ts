/**
 * @module
 * `/__mock/provider-states` over HTTP: Pact's state-change body in, `{state, action, result}`
 * out; the list; `unknown_state` and `bad_request` refusals; the control guard; a namespace's
 * own states at `/ns/{name}/__mock/provider-states`; and the same over a socket, fast path
 * and Hono, as a verifier in another process calls it.
 */
import { describe, expect, it } from 'vitest'
import { createMock, type Mock } from '../create-mock.js'
import { startMockServer } from '../node/start-mock-server.js'
import { PROVIDER_STATE_NAMES, PROVIDER_STATES } from '../provider-states/provider-states.js'
import {
  MESSAGE_DELIVERED,
  nextRequestAnswers,
  SANDBOX_ACCOUNT_HAS_CREDIT,
  SANDBOX_ACCOUNT_HAS_NO_CREDIT,
} from '../provider-states/state-names.js'
import { SANDBOX_ACCOUNT } from '../state/accounts.js'

const PATH = '/__mock/provider-states'

async function call(
  mock: Mock,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const init: RequestInit = { method, headers: { ...headers } }
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body)
    init.headers = { 'content-type': 'application/json', ...headers }
  }
  const res = await mock.app.request(path, init)
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe('GET /__mock/provider-states', () => {
  it('lists every state by name, with its description and parameters', async () => {
    const { status, body } = await call(createMock(), 'GET', PATH)
    expect(status).toBe(200)
    expect(body).toEqual({ states: JSON.parse(JSON.stringify(PROVIDER_STATES)) })
    const credit = (body.states as { name: string; params: unknown }[]).find(
      (state) => state.name === SANDBOX_ACCOUNT_HAS_CREDIT,
    )
    expect(credit?.params).toEqual({
      credit: { type: 'number', description: expect.any(String) },
      reset: { type: 'boolean', description: expect.any(String), default: true },
    })
  })
})

describe('POST /__mock/provider-states', () => {
  it('sets up the state named and answers what it made, without a key', async () => {
    const mock = createMock()
    const { status, body } = await call(mock, 'POST', PATH, {
      state: MESSAGE_DELIVERED,
      params: {},
      action: 'setup',
    })
    expect(status).toBe(200)
    expect(body).toEqual({
      state: MESSAGE_DELIVERED,
      action: 'setup',
      result: { messageId: '100000001', mobile: '254712345678' },
    })
    expect(mock.journal.find('100000001')).toBeDefined()
    const account = await call(mock, 'POST', PATH, { state: SANDBOX_ACCOUNT_HAS_NO_CREDIT })
    expect(JSON.stringify(account.body)).not.toContain(SANDBOX_ACCOUNT.apikey)
  })

  it('sets up by default, with params left out or null, and on the path with a slash', async () => {
    const mock = createMock()
    for (const [path, body] of [
      [PATH, { state: SANDBOX_ACCOUNT_HAS_NO_CREDIT }],
      [`${PATH}/`, { state: SANDBOX_ACCOUNT_HAS_NO_CREDIT, params: null }],
    ] as const) {
      mock.reset()
      const answer = await call(mock, 'POST', path, body)
      expect(answer).toMatchObject({ status: 200, body: { action: 'setup' } })
      expect(mock.accounts.get('12345')?.credit).toBe(0)
    }
  })

  it('tears down with a reset', async () => {
    const mock = createMock()
    await call(mock, 'POST', PATH, { state: nextRequestAnswers(4090), params: { code: 4090 } })
    expect(mock.faults.list()).toHaveLength(1)
    const { status, body } = await call(mock, 'POST', PATH, {
      state: nextRequestAnswers(4090),
      params: { code: 4090 },
      action: 'teardown',
    })
    expect(status).toBe(200)
    expect(body).toEqual({ state: nextRequestAnswers(4090), action: 'teardown', result: {} })
    expect(mock.faults.list()).toEqual([])
  })

  it('answers an unknown state 400 unknown_state, naming it and listing the known ones', async () => {
    const { status, body } = await call(createMock(), 'POST', PATH, { state: 'a typo' })
    expect(status).toBe(400)
    expect(body).toEqual({
      error: 'unknown_state',
      message: expect.stringContaining('"a typo"'),
      known: [...PROVIDER_STATE_NAMES],
    })
  })

  it.each([
    ['a body that is not JSON', 'state=x', 'The body must be JSON.'],
    ['an array', [{ state: SANDBOX_ACCOUNT_HAS_NO_CREDIT }], 'The body must be a JSON object.'],
    ['no state', { params: {} }, 'state must be the name of a provider state.'],
    ['an empty state', { state: '' }, 'state must be the name of a provider state.'],
    [
      'params not an object',
      { state: MESSAGE_DELIVERED, params: [1] },
      'params must be a JSON object.',
    ],
    [
      'an unknown action',
      { state: MESSAGE_DELIVERED, action: 'tidy' },
      'action must be setup or teardown.',
    ],
    [
      'a parameter it does not take',
      { state: MESSAGE_DELIVERED, params: { credit: 1 } },
      'credit is not a parameter',
    ],
    [
      'a parameter of the wrong type',
      { state: SANDBOX_ACCOUNT_HAS_CREDIT, params: { credit: 'lots' } },
      'The parameter credit must be a number.',
    ],
    [
      'a missing parameter',
      { state: SANDBOX_ACCOUNT_HAS_CREDIT },
      'The state needs the parameter credit.',
    ],
    [
      'a value the mock refuses',
      { state: nextRequestAnswers(4999) },
      'fault code 4999 is not documented',
    ],
  ])('answers %s 400 bad_request', async (_why, body, message) => {
    const answer = await call(createMock(), 'POST', PATH, body)
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({ error: 'bad_request', message: expect.stringContaining(message) })
  })

  it('is behind the control guard: foreign hosts and origins, and bodies not JSON, are refused', async () => {
    const mock = createMock()
    const body = JSON.stringify({ state: SANDBOX_ACCOUNT_HAS_NO_CREDIT })
    const refused = [
      await mock.app.request(`http://evil.example${PATH}`, { method: 'POST', body }),
      await mock.app.request(PATH, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      }),
      await mock.app.request(PATH, {
        method: 'POST',
        body,
        headers: { 'content-type': 'text/plain' },
      }),
    ]
    expect(refused.map((res) => res.status)).toEqual([403, 403, 415])
    expect(mock.accounts.get('12345')?.credit).toBe(SANDBOX_ACCOUNT.credit)
  })
})

describe('/ns/{name}/__mock/provider-states', () => {
  it("sets up the namespace's own state and leaves the root's be", async () => {
    const mock = createMock()
    const { status } = await call(mock, 'POST', `/ns/team-a${PATH}`, {
      state: SANDBOX_ACCOUNT_HAS_CREDIT,
      params: { credit: 545 },
    })
    expect(status).toBe(200)
    expect(mock.namespaces.find('team-a')?.accounts.get('12345')?.credit).toBe(545)
    expect(mock.accounts.get('12345')?.credit).toBe(SANDBOX_ACCOUNT.credit)
    expect((await call(mock, 'GET', `/ns/team-a${PATH}`)).body.states).toHaveLength(
      PROVIDER_STATES.length,
    )
    await mock.close()
  })
})

describe.each([
  ['fast path', true],
  ['Hono', false],
])('/__mock/provider-states over a socket (%s)', (_name, fastPath) => {
  it('sets up a state at the root and in a namespace', async () => {
    const server = await startMockServer({ port: 0, host: '127.0.0.1', fastPath })
    try {
      for (const prefix of ['', '/ns/run-1']) {
        const res = await fetch(`${server.url}${prefix}${PATH}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ state: MESSAGE_DELIVERED, action: 'setup' }),
        })
        expect(res.status).toBe(200)
        expect(await res.json()).toMatchObject({ result: { messageId: '100000001' } })
      }
      expect(server.mock.journal.size).toBe(1)
      expect(server.mock.namespaces.find('run-1')?.journal.size).toBe(1)
    } finally {
      await server.close()
    }
  })
})
