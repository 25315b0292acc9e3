// One mock on a free port for this file. Jest puts beforeAll, beforeEach and afterAll on
// the global object, where useMockServer finds them.
const { smsMatchers, useMockServer } = require('@sendsms/mock-server/testing')
const { createNotifier } = require('../src/notify.cjs')

expect.extend(smsMatchers)

describe('order notifications, over HTTP', () => {
  const sms = useMockServer()

  test('texts the customer that the order shipped', async () => {
    const notifier = createNotifier({ ...sms.account, baseUrl: sms.url, env: false })
    const messageId = await notifier.orderShipped({ phone: '0712345678', orderId: 'A-17' })
    expect(sms).toHaveSent({ to: '254712345678', message: 'Order A-17 has shipped' })
    expect(sms).toHaveSentTimes(1, { endpoint: 'sendsms' })
    expect(sms.mock.journal.find(messageId)?.shortcode).toBe('SANDBOX')
  })

  test('starts each test with an empty journal', () => {
    expect(sms).toHaveSentTimes(0)
    expect(sms).not.toHaveSent({ to: '0712345678' })
  })

  test('lists what was sent when the expected message is missing', async () => {
    const notifier = createNotifier({ ...sms.account, baseUrl: sms.url, env: false })
    await notifier.orderShipped({ phone: '0733123456', orderId: 'B-2' })
    expect(() => expect(sms).toHaveSent({ to: '0712345678' })).toThrow(
      '- to 254733123456 from SANDBOX through sendsms: "Order B-2 has shipped"',
    )
  })
})

describe('order notifications, in-process', () => {
  const sms = useMockServer({ inProcess: true })

  test('sends through the in-process fetch, with no socket', async () => {
    const notifier = createNotifier({
      ...sms.account,
      baseUrl: sms.url,
      fetch: sms.fetch,
      env: false,
    })
    await notifier.orderShipped({ phone: '+254 733 123 456', orderId: 'C-3' })
    expect(sms).toHaveSent({ to: '0733123456', message: /C-3/ })
  })
})
