import { describe, expect, it } from 'vitest'
import { createMock } from '../create-mock.js'
import { SANDBOX_ACCOUNT } from '../state/accounts.js'
import { IN_PROCESS_BASE_URL, inProcessFetch } from './in-process-fetch.js'

const sendBody = JSON.stringify({
  apikey: SANDBOX_ACCOUNT.apikey,
  partnerID: SANDBOX_ACCOUNT.partnerID,
  shortcode: 'SANDBOX',
  message: 'Hello',
  mobile: '0712345678',
})

describe('inProcessFetch', () => {
  it('answers a URL under IN_PROCESS_BASE_URL with the mock, no socket', async () => {
    const mock = createMock()
    const res = await inProcessFetch(mock)(`${IN_PROCESS_BASE_URL}/api/services/sendsms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: sendBody,
    })
    expect((await res.json()).responses[0]['response-code']).toBe(200)
    expect(mock.journal.list()).toMatchObject([{ mobile: '254712345678', message: 'Hello' }])
  })

  it('reads a bare path against IN_PROCESS_BASE_URL, where the control endpoints answer', async () => {
    const mock = createMock()
    const res = await inProcessFetch(mock)('/__mock/health')
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'ok', messages: 0 })
  })

  it('takes a Request, with init laid over it', async () => {
    const mock = createMock()
    const request = new Request('https://anywhere.test/api/services/sendsms', { method: 'GET' })
    const res = await inProcessFetch(mock)(request, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: sendBody,
    })
    expect((await res.json()).responses).toHaveLength(1)
    expect(mock.journal.list()[0]?.method).toBe('POST')
  })
})
