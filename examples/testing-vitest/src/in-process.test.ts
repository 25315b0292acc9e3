// The same mock with no socket at all: the client's requests are answered by the mock's
// in-process fetch (as they would be in a browser test).
import { IN_PROCESS_BASE_URL, smsMatchers, useMockServer } from '@sendsms/mock-server/testing'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createLoginCodes } from './login-codes.js'

expect.extend(smsMatchers)

describe('login codes, in-process', () => {
  const sms = useMockServer({ inProcess: true, hooks: { beforeAll, beforeEach, afterAll } })

  it('sends through the in-process fetch', async () => {
    const codes = createLoginCodes({
      ...sms.account,
      baseUrl: sms.url,
      fetch: sms.fetch,
      env: false,
    })
    await codes.send('0733123456', '9876')
    expect(sms.url).toBe(IN_PROCESS_BASE_URL)
    expect(sms).toHaveSent({ to: '0733123456', message: 'Your login code is 9876' })
  })

  it('answers a fault pushed on the mock as the provider would', async () => {
    sms.mock.faults.push({ code: 4090 })
    const codes = createLoginCodes({
      ...sms.account,
      baseUrl: sms.url,
      fetch: sms.fetch,
      env: false,
    })
    await expect(codes.send('0733123456', '9876')).rejects.toThrow()
    expect(sms).not.toHaveSent({ to: '0733123456' })
  })
})
