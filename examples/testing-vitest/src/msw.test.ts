// The application's client unchanged (the live base URL): MSW intercepts its requests and
// a fresh mock per test answers them, inside server.boundary(), so tests running at once
// never see each other's messages.
import { smsMatchers } from '@sendsms/mock-server/testing'
import { withSmsSandbox } from '@sendsms/mock-server/testing/msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLoginCodes } from './login-codes.js'

expect.extend(smsMatchers)

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

const codes = createLoginCodes({
  apiKey: 'sandbox-api-key',
  partnerId: '12345',
  shortcode: 'SANDBOX',
  env: false,
})

describe('login codes, behind MSW', () => {
  it.concurrent('sends to the first user only in its own sandbox', () =>
    withSmsSandbox(server, async (sandbox) => {
      await codes.send('0712345678', '1111')
      await Promise.resolve()
      await codes.send('0712345678', '1112')
      expect(sandbox).toHaveSentTimes(2)
      expect(sandbox).not.toHaveSent({ to: '0733123456' })
    }))

  it.concurrent('sends to the second user only in its own sandbox', () =>
    withSmsSandbox(server, async (sandbox) => {
      await codes.send('0733123456', '2222')
      expect(sandbox).toHaveSentTimes(1)
      expect(sandbox).toHaveSent({ to: '0733123456', message: /2222/ })
    }))
})
