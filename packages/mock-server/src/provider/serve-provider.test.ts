/**
 * @module
 * The provider layer's own decisions, in-process, beside the endpoint tables: what makes a
 * preflight, the query limit at its edge, a failure inside the rules of a multipart request
 * (answered 1005 like any other), and the log entry built from what was decided.
 */
import { describe, expect, it } from 'vitest'
import { createMock, type MockOptions } from '../create-mock.js'
import type { RequestLogEntry } from '../log/request-log-entry.js'
import { CREDENTIALS, pathOf } from '../test-support/endpoint-requests.js'
import { paramsWith, SEND_PATH } from '../test-support/requests.js'
import { MAX_QUERY_BYTES } from './limits.js'

function logged(options: MockOptions = {}) {
  const entries: Omit<RequestLogEntry, 'ms'>[] = []
  const mock = createMock({ ...options, log: ({ ms: _ms, ...entry }) => entries.push(entry) })
  return { mock, entries }
}

const query = (params: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()

describe('serveProvider', () => {
  it('answers a preflight that asks for no headers without allowing any, and logs its endpoint', async () => {
    const { mock, entries } = logged()
    const res = await mock.app.request(pathOf('sendbulk'), {
      method: 'OPTIONS',
      headers: { origin: 'http://app.test', 'access-control-request-method': 'POST' },
    })
    expect(res.status).toBe(204)
    expect(Object.fromEntries(res.headers)).toEqual({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'POST',
      'access-control-max-age': '600',
      vary: 'Access-Control-Request-Headers',
    })
    expect(entries).toEqual([
      { method: 'OPTIONS', path: pathOf('sendbulk'), status: 204, endpoint: 'sendbulk' },
    ])
  })

  it('answers a GET that carries Access-Control-Request-Method as a GET, not as a preflight', async () => {
    const res = await createMock().app.request(`${pathOf('getbalance')}?${query(CREDENTIALS)}`, {
      headers: { 'access-control-request-method': 'GET' },
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      'response-code': 200,
      credit: '10000000.00',
      'partner-id': '12345',
    })
  })

  it('reads a query of exactly MAX_QUERY_BYTES, and answers one byte more 1009', async () => {
    const target = (length: number) => {
      const start = `${query(CREDENTIALS)}&padding=`
      return `${pathOf('getbalance')}?${start}${'x'.repeat(length - start.length)}`
    }
    const answerTo = async (length: number) =>
      (await createMock().app.request(target(length))).json()
    expect(await answerTo(MAX_QUERY_BYTES)).toMatchObject({ 'response-code': 200 })
    expect(await answerTo(MAX_QUERY_BYTES + 1)).toEqual({
      'response-code': 1009,
      'response-description': 'Unsupported data type',
    })
  })

  it('answers 1005 when the rules fail on a multipart body, and logs the error', async () => {
    const { mock, entries } = logged({ now: () => new Date(Number.NaN) })
    const form = new FormData()
    for (const [key, value] of Object.entries(paramsWith({}))) form.set(key, String(value))
    const res = await mock.app.request(SEND_PATH, { method: 'POST', body: form })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      'response-code': 1005,
      'response-description': 'Failed. System error',
    })
    expect(entries).toEqual([
      {
        method: 'POST',
        path: SEND_PATH,
        status: 200,
        endpoint: 'sendsms',
        code: 1005,
        error: 'RangeError: Invalid time value',
      },
    ])
  })

  it('logs how many of the rows were accepted', async () => {
    const { mock, entries } = logged()
    const mobile = '0712345678,07123,0733123456,+255712345678,0722000000'
    await mock.app.request(`${SEND_PATH}?${query(paramsWith({ mobile }))}`)
    expect(entries).toEqual([
      {
        method: 'GET',
        path: SEND_PATH,
        status: 200,
        endpoint: 'sendsms',
        code: 200,
        recipients: 5,
        accepted: 3,
      },
    ])
  })
})
