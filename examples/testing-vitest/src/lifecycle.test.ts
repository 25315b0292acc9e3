// One mock on a free port for this file: started before the first test, reset before each,
// closed after the last. The hooks are passed because this project runs vitest without
// `globals: true`.
import { SANDBOX_ACCOUNT } from '@sendsms/mock-server'
import { smsMatchers, useMockServer } from '@sendsms/mock-server/testing'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createLoginCodes } from './login-codes.js'

expect.extend(smsMatchers)

describe('login codes, over HTTP', () => {
  const sms = useMockServer({ hooks: { beforeAll, beforeEach, afterAll } })

  it('sends the code to the number given', async () => {
    const codes = createLoginCodes({ ...sms.account, baseUrl: sms.url, env: false })
    const messageId = await codes.send('0712345678', '4321')
    expect(sms).toHaveSent({ to: '+254 712 345 678', message: /login code is 4321/ })
    expect(sms).toHaveSentTimes(1, { endpoint: 'sendotp', from: 'SANDBOX' })
    expect(sms.mock.journal.find(messageId)?.mobile).toBe('254712345678')
  })

  it('starts each test with an empty journal', () => {
    expect(sms).toHaveSentTimes(0)
  })

  it('sends nothing to anyone else', async () => {
    await createLoginCodes({ ...sms.account, baseUrl: sms.url, env: false }).send('0712345678', '1')
    expect(sms).not.toHaveSent({ to: '0733123456' })
  })

  it('rejects when the provider refuses the number', async () => {
    const codes = createLoginCodes({ ...sms.account, baseUrl: sms.url, env: false })
    await expect(codes.send('0712', '4321')).rejects.toThrow()
    expect(sms).toHaveSentTimes(0)
  })

  it('needs the number a message went to', () => {
    // @ts-expect-error `to` is required by the matcher's type
    expect(() => expect(sms).toHaveSent({ message: 'Your login code is 4321' })).toThrow(/to/)
  })

  it('uses the sandbox account', () => {
    expect(sms.account.apiKey).toBe(SANDBOX_ACCOUNT.apikey)
  })
})
