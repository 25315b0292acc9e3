// The application's client unchanged (the live base URL): MSW intercepts its requests and
// a fresh mock per test answers them inside server.boundary(), so concurrent tests never
// see each other's messages.
const { setupServer } = require('msw/node')
const { smsMatchers } = require('@sendsms/mock-server/testing')
const { withSmsSandbox } = require('@sendsms/mock-server/testing/msw')
const { createNotifier } = require('../src/notify.cjs')

expect.extend(smsMatchers)

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

const notifier = createNotifier({
  apiKey: 'sandbox-api-key',
  partnerId: '12345',
  shortcode: 'SANDBOX',
  env: false,
})

describe('order notifications, behind MSW', () => {
  test.concurrent('texts the first customer in its own sandbox', () =>
    withSmsSandbox(server, async (sandbox) => {
      await notifier.orderShipped({ phone: '0712345678', orderId: 'A-1' })
      await notifier.orderShipped({ phone: '0712345678', orderId: 'A-2' })
      expect(sandbox).toHaveSentTimes(2)
      expect(sandbox).not.toHaveSent({ to: '0733123456' })
    }))

  test.concurrent('texts the second customer in its own sandbox', () =>
    withSmsSandbox(server, async (sandbox) => {
      await notifier.orderShipped({ phone: '0733123456', orderId: 'B-1' })
      expect(sandbox).toHaveSentTimes(1)
      expect(sandbox).toHaveSent({ to: '0733123456', message: 'Order B-1 has shipped' })
    }))
})
