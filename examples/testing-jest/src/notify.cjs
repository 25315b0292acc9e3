// The application under test: it texts a customer when an order ships, through
// @sendsms/client. It knows nothing of the tests; they hand it client options or intercept
// its requests with MSW.
const { assertAllAccepted, createClient } = require('@sendsms/client')

/**
 * The shipping notifier, with the client options of the environment it runs in.
 * @example
 * await createNotifier().orderShipped({ phone: '0712345678', orderId: 'A-17' }) // '100000001'
 */
function createNotifier(options = {}) {
  const client = createClient(options)
  return {
    async orderShipped({ phone, orderId }) {
      const result = await client.sendSms({ to: phone, message: `Order ${orderId} has shipped` })
      assertAllAccepted(result)
      return result.accepted[0]?.messageId
    },
  }
}

module.exports = { createNotifier }
