import { LIVE_BASE_URL } from '@sendsms/wire'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createMock } from '../../create-mock.js'
import { pathAtMock, smsHandlers } from './sms-handlers.js'

const mock = createMock()
const server = setupServer()

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  mock.reset()
})
afterAll(() => server.close())

const sendsms = (base: string) =>
  fetch(`${base}/api/services/sendsms`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      apikey: 'sandbox-api-key',
      partnerID: '12345',
      shortcode: 'SANDBOX',
      message: 'Hello',
      mobile: '0712345678',
    }),
  })

describe('smsHandlers', () => {
  it("answers the live API's URL with the mock by default", async () => {
    server.use(...smsHandlers(mock))
    const res = await sendsms(LIVE_BASE_URL)
    expect((await res.json()).responses[0]['response-code']).toBe(200)
    expect(mock.journal.list()).toMatchObject([{ mobile: '254712345678', message: 'Hello' }])
  })

  it('answers GET with a query string as well', async () => {
    server.use(...smsHandlers(mock))
    const res = await fetch(
      `${LIVE_BASE_URL}/api/services/getbalance?apikey=sandbox-api-key&partnerID=12345`,
    )
    expect(await res.json()).toMatchObject({ 'response-code': 200 })
  })

  it('takes the path prefix of another base URL off, body and all', async () => {
    server.use(...smsHandlers(mock, { baseUrl: 'https://sms.example.test/advanta/' }))
    const res = await sendsms('https://sms.example.test/advanta')
    expect((await res.json()).responses[0]['response-code']).toBe(200)
    expect(mock.journal.size).toBe(1)
  })

  it('leaves requests outside its base URL to other handlers', async () => {
    server.use(...smsHandlers(mock, { baseUrl: 'https://sms.example.test/advanta' }))
    await expect(sendsms('https://sms.example.test/other')).rejects.toThrow()
    await expect(sendsms(LIVE_BASE_URL)).rejects.toThrow()
    expect(mock.journal.size).toBe(0)
  })
})

describe('pathAtMock', () => {
  it.each([
    ['https://x.test/api/services/sendsms?a=1', '', '/api/services/sendsms?a=1'],
    ['https://x.test/advanta/api/services/sendsms/', '/advanta', '/api/services/sendsms/'],
    ['https://x.test/advanta', '/advanta', '/'],
  ])('%s less %j is %s', (url, prefix, path) => {
    expect(pathAtMock(url, prefix)).toBe(path)
  })
})
