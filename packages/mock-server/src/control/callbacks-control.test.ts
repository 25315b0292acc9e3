/**
 * @module
 * `GET /__mock/callbacks`, `DELETE /__mock/callbacks` and an account's `callbackUrl` over
 * the control API: what they answer and refuse. (Posting callbacks is tested in
 * callbacks/callbacks.test.ts.)
 */
import { describe, expect, it } from 'vitest'
import { createMock, type Mock } from '../create-mock.js'

async function call(mock: Mock, method: string, path: string, body?: unknown) {
  const init: RequestInit = { method }
  if (body !== undefined) {
    init.body = JSON.stringify(body)
    init.headers = { 'content-type': 'application/json' }
  }
  const res = await mock.app.request(path, init)
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe('/__mock/callbacks', () => {
  it('answers the attempts, the pending count and the drops', async () => {
    const res = await call(createMock(), 'GET', '/__mock/callbacks?messageId=100000001')
    expect(res).toEqual({
      status: 200,
      body: { attempts: [], pending: 0, dropped: { reports: 0, attempts: 0 } },
    })
  })

  it.each(['abc', '-1', '1.5', ''])('refuses the messageId %j', async (messageId) => {
    const res = await call(createMock(), 'GET', `/__mock/callbacks?messageId=${messageId}`)
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ error: 'bad_request' })
  })

  it('deletes the recorded attempts and says how many went', async () => {
    expect((await call(createMock(), 'DELETE', '/__mock/callbacks')).body).toEqual({ deleted: 0 })
  })
})

describe('an account callbackUrl', () => {
  it('is set, shown and cleared through /__mock/accounts', async () => {
    const mock = createMock()
    const url = 'https://hooks.example/dlr?team=7'
    const set = await call(mock, 'POST', '/__mock/accounts', {
      partnerID: '12345',
      callbackUrl: url,
    })
    expect(set.body).toEqual({
      account: {
        partnerID: '12345',
        shortcodes: ['SANDBOX'],
        credit: 10_000_000,
        callbackUrl: url,
      },
    })
    expect((await call(mock, 'GET', '/__mock/accounts')).body.accounts).toEqual([
      expect.objectContaining({ callbackUrl: url }),
    ])
    const cleared = await call(mock, 'POST', '/__mock/accounts', {
      partnerID: '12345',
      callbackUrl: '',
    })
    expect(cleared.body.account).not.toHaveProperty('callbackUrl')
    expect(mock.accounts.get('12345')).not.toHaveProperty('callbackUrl')
  })

  it.each(['ftp://hooks.example/dlr', 'not a url', 42, ['http://a.example']])(
    'refuses %j with 400',
    async (callbackUrl) => {
      const mock = createMock()
      const res = await call(mock, 'POST', '/__mock/accounts', { partnerID: '12345', callbackUrl })
      expect(res.status).toBe(400)
      expect(res.body.message).toMatch(/callbackUrl must be an http or https URL/)
      expect(mock.accounts.get('12345')).not.toHaveProperty('callbackUrl')
    },
  )

  it('returns to none on reset', async () => {
    const mock = createMock()
    await call(mock, 'POST', '/__mock/accounts', {
      partnerID: '12345',
      callbackUrl: 'http://127.0.0.1:1/x',
    })
    mock.reset()
    expect(mock.accounts.get('12345')).not.toHaveProperty('callbackUrl')
  })
})
