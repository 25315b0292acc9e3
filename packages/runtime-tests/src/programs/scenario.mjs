/**
 * @module
 * What every runtime does with the built client: two recipients in one send, the balance,
 * and a wrong API key. Plain JavaScript with no imports, so Node, Bun, Deno, workerd and a
 * browser page all load the same file; each caller passes the client module it loaded (ESM
 * or CommonJS), so the build under test is the one that runtime picked.
 */

/** The key the scenario sends when it means to be refused; it must never be echoed back. */
export const WRONG_API_KEY = 'wrong-api-key-4f1c'

/** The numbers sent to, in two of the Kenyan forms the provider reads. */
export const RECIPIENTS = ['0712345678', '+254733123456']

/**
 * Runs the scenario against the mock at `baseUrl` with its sandbox account and returns
 * what the client answered, as JSON-safe values for the test to compare.
 *
 * @example
 * ```js
 * import * as client from '@sendsms/client'
 * console.log(JSON.stringify(await runScenario(client, 'http://127.0.0.1:41234')))
 * ```
 */
export async function runScenario(client, baseUrl) {
  const sandbox = { baseUrl, partnerId: '12345', shortcode: 'SANDBOX', env: false }
  const sms = client.createClient({ ...sandbox, apiKey: 'sandbox-api-key' })

  const sent = await sms.sendSms({ to: RECIPIENTS, message: 'Runtime check' })
  const balance = await sms.getBalance()

  let wrongKey
  try {
    await client.createClient({ ...sandbox, apiKey: WRONG_API_KEY }).getBalance()
    wrongKey = { resolved: true }
  } catch (error) {
    wrongKey = {
      name: error.name,
      code: error.code,
      isInvalidCredentialsError: error instanceof client.InvalidCredentialsError,
      isSendSmsError: error instanceof client.SendSmsError,
      // The key must not leak through any of the ways an error is usually logged.
      showsKey: [error.message, String(error), error.stack, JSON.stringify(error)].some((text) =>
        String(text).includes(WRONG_API_KEY),
      ),
    }
  }

  return {
    sent: {
      allAccepted: sent.allAccepted,
      mobiles: sent.results.map((row) => row.mobile),
      codes: sent.results.map((row) => row.code),
      messageIds: sent.results.map((row) => row.messageId),
    },
    balance: {
      creditType: typeof balance.credit,
      credit: balance.credit,
      partnerId: balance.partnerId,
    },
    wrongKey,
  }
}
