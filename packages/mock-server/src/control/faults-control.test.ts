/**
 * @module
 * `/__mock/faults` with transport faults: every kind queued over HTTP, listed with what
 * remains, cleared, and refused with a clear 400 when it cannot be carried out.
 */
import { describe, expect, it } from 'vitest'
import { createMock, createMockWithState, type Mock } from '../create-mock.js'
import { PROVIDER_ENDPOINTS } from '../endpoints/index.js'
import { serveProvider } from '../provider/serve-provider.js'
import { paramsWith, SEND_PATH } from '../test-support/requests.js'

async function call(mock: Mock, method: string, path: string, body?: unknown) {
  const init: RequestInit = { method }
  if (body !== undefined) {
    init.body = JSON.stringify(body)
    init.headers = { 'content-type': 'application/json' }
  }
  const res = await mock.app.request(path, init)
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

const query = new URLSearchParams(paramsWith({}) as Record<string, string>).toString()

describe('/__mock/faults with transport faults', () => {
  it('queues every kind, lists what remains, and clears them', async () => {
    const mock = createMock()
    const faults = [
      { kind: 'latency', minMs: 1, maxMs: 2, endpoint: 'sendsms' },
      { kind: 'hang', reached: false },
      { kind: 'http', status: 503, count: 2 },
      { kind: 'reset', probability: 0.5, seed: 7 },
      { kind: 'truncated' },
      { kind: 'slow-body', ms: 10 },
      { code: 4090 },
    ]
    for (const fault of faults) {
      expect((await call(mock, 'POST', '/__mock/faults', fault)).status).toBe(200)
    }
    expect((await call(mock, 'GET', '/__mock/faults')).body).toEqual({
      faults: [
        { kind: 'latency', minMs: 1, maxMs: 2, reached: true, remaining: 1, endpoint: 'sendsms' },
        { kind: 'hang', reached: false, remaining: 1 },
        { kind: 'http', status: 503, reached: false, remaining: 2 },
        { kind: 'reset', reached: true, remaining: null, probability: 0.5, seed: 7 },
        { kind: 'truncated', reached: true, remaining: 1 },
        { kind: 'slow-body', ms: 10, reached: true, remaining: 1 },
        { code: 4090, remaining: 1, description: 'Internal Error. Try again after 5 minutes' },
      ],
    })
    expect((await call(mock, 'DELETE', '/__mock/faults')).body).toEqual({ deleted: 7 })
    expect((await call(mock, 'GET', '/__mock/faults')).body).toEqual({ faults: [] })
  })

  it('counts a use of a queued fault down as requests take it', async () => {
    const mock = createMock()
    await call(mock, 'POST', '/__mock/faults', { kind: 'http', status: 502, count: 2 })
    expect((await mock.app.request(`${SEND_PATH}?${query}`)).status).toBe(502)
    expect((await call(mock, 'GET', '/__mock/faults')).body.faults).toEqual([
      { kind: 'http', status: 502, reached: false, remaining: 1 },
    ])
  })

  it('is emptied by reset', async () => {
    const mock = createMock()
    mock.faults.push({ kind: 'hang', count: 3 })
    await call(mock, 'POST', '/__mock/reset')
    expect(mock.faults.list()).toEqual([])
  })

  it.each<[string, unknown, string]>([
    [
      'a bad kind',
      { kind: 'drop' },
      'fault kind must be one of code, latency, hang, http, reset, truncated, slow-body',
    ],
    [
      'a bad status',
      { kind: 'http', status: 404 },
      'http fault status must be 500, 502, 503 or 504',
    ],
    [
      'a bad ms',
      { kind: 'latency', ms: 120_000 },
      'latency fault ms must be an integer from 0 to 60000',
    ],
    [
      'a bad slow body',
      { kind: 'slow-body', ms: -5 },
      'slow-body fault ms must be an integer from 1 to 60000',
    ],
    [
      'a bad probability',
      { kind: 'reset', probability: 2 },
      'fault probability must be a number from 0 to 1',
    ],
    [
      'a bad seed',
      { kind: 'reset', probability: 0.1, seed: 'abc' },
      'fault seed must be an integer from 0 to 4294967295',
    ],
    [
      'a bad endpoint',
      { kind: 'reset', endpoint: 'status' },
      'fault endpoint must be one of sendsms, sendbulk, getbalance, getdlr, sendotp',
    ],
    ['an unknown setting', { kind: 'hang', ms: 5 }, 'ms is not a setting of a hang fault'],
  ])('answers 400 bad_request for %s', async (_name, body, message) => {
    const mock = createMock()
    const res = await call(mock, 'POST', '/__mock/faults', body)
    expect(res).toEqual({ status: 400, body: { error: 'bad_request', message } })
    expect(mock.faults.list()).toEqual([])
  })
})

describe('the outcome of a faulted request', () => {
  const endpoint = PROVIDER_ENDPOINTS[0] as (typeof PROVIDER_ENDPOINTS)[number]
  const request = (faultHeader?: string) => ({
    method: 'GET',
    query,
    contentType: undefined,
    corsMethod: undefined,
    corsHeaders: undefined,
    body: { tooLarge: false, bytes: undefined },
    faultHeader,
  })

  it.each<[string, Record<string, unknown>]>([
    ['http-503', { endpoint: 'sendsms', fault: 'http-503' }],
    [
      'http-504;reached=true',
      {
        endpoint: 'sendsms',
        code: 200,
        recipients: 1,
        accepted: 1,
        fault: 'http-504;reached=true',
      },
    ],
    ['code-1006', { endpoint: 'sendsms', code: 1006, fault: 'code-1006' }],
    ['reset', { endpoint: 'sendsms', code: 200, recipients: 1, accepted: 1, fault: 'reset' }],
    ['hang;reached=false', { endpoint: 'sendsms', fault: 'hang;reached=false' }],
    [
      'truncated',
      { endpoint: 'sendsms', code: 200, recipients: 1, accepted: 1, fault: 'truncated' },
    ],
    [
      'slow-body-5',
      { endpoint: 'sendsms', code: 200, recipients: 1, accepted: 1, fault: 'slow-body-5' },
    ],
    [
      'latency-1',
      { endpoint: 'sendsms', code: 200, recipients: 1, accepted: 1, fault: 'latency-1' },
    ],
  ])('names %s in the outcome', async (header, outcome) => {
    const { state } = createMockWithState()
    const reply = await serveProvider(state, endpoint, request(header))
    expect(reply.outcome).toEqual(outcome)
  })

  it('names no fault when there is none', async () => {
    const { state } = createMockWithState()
    const reply = await serveProvider(state, endpoint, request())
    expect(reply.outcome).toEqual({ endpoint: 'sendsms', code: 200, recipients: 1, accepted: 1 })
    expect(reply.fault).toBeUndefined()
  })

  it('leaves to the transport only what needs the connection', async () => {
    const { state } = createMockWithState()
    for (const header of ['hang', 'reset', 'slow-body-5']) {
      expect((await serveProvider(state, endpoint, request(header))).fault?.label).toBe(header)
    }
    for (const header of ['http-503', 'truncated', 'latency-1', 'code-4090']) {
      expect((await serveProvider(state, endpoint, request(header))).fault).toBeUndefined()
    }
  })
})
