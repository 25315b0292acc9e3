import { describe, expect, it } from 'vitest'
import { IN_PROCESS_BASE_URL } from './in-process-fetch.js'
import { startTestMock } from './start-test-mock.js'

const query = (url: string) =>
  `${url}/api/services/sendsms?apikey=sandbox-api-key&partnerID=12345&shortcode=SANDBOX&mobile=0712345678&message=Hi`

describe('startTestMock', () => {
  it('listens on a free port of 127.0.0.1 that a plain fetch reaches', async () => {
    const sms = await startTestMock()
    try {
      expect(sms.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(sms.url).not.toBe('http://127.0.0.1:4010')
      const res = await fetch(query(sms.url))
      expect((await res.json()).responses[0]['response-code']).toBe(200)
      expect(sms.mock.journal.size).toBe(1)
    } finally {
      await sms.close()
    }
  })

  it('leaves no server listening once closed', async () => {
    const sms = await startTestMock()
    await sms.close()
    await expect(fetch(query(sms.url))).rejects.toThrow()
  })

  it('serves the same mock through its in-process fetch as over the socket', async () => {
    const sms = await startTestMock()
    try {
      await sms.fetch(query(sms.url))
      await fetch(query(sms.url))
      expect(sms.mock.journal.size).toBe(2)
    } finally {
      await sms.close()
    }
  })

  it('runs in-process with no socket when asked', async () => {
    const sms = await startTestMock({ inProcess: true })
    expect(sms.url).toBe(IN_PROCESS_BASE_URL)
    const res = await sms.fetch(query(sms.url))
    expect((await res.json()).responses[0]['response-code']).toBe(200)
    sms.reset()
    expect(sms.mock.journal.size).toBe(0)
    await sms.close()
  })

  it("gives the sandbox account's credentials in the client's option names", async () => {
    const sms = await startTestMock({ inProcess: true })
    expect(sms.account).toEqual({
      apiKey: 'sandbox-api-key',
      partnerId: '12345',
      shortcode: 'SANDBOX',
    })
    await sms.close()
  })

  it("gives the first account's credentials when the test brings its own", async () => {
    const sms = await startTestMock({
      inProcess: true,
      accounts: [
        { partnerID: '777', apikey: 'acme-key', shortcodes: ['ACME', 'ACME2'], credit: 5 },
      ],
    })
    expect(sms.account).toEqual({ apiKey: 'acme-key', partnerId: '777', shortcode: 'ACME' })
    await sms.close()
  })
})
