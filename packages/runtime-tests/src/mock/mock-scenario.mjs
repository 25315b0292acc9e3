/**
 * @module
 * What every runtime does with the mock's root entry (`createMock`), wherever the mock runs:
 * through the built client, a send to two numbers, the balance and a wrong key; through the
 * control endpoints, the journal and the virtual clock moved past the delivery; and the
 * delivery report before and after. Plain JavaScript, so Node, Bun, Deno, a Worker and a
 * browser page load the same file; the caller passes the client module and the `fetch` that
 * reaches the mock (the network, or `mock.app` in-process).
 */
import { RECIPIENTS, WRONG_API_KEY } from '../programs/scenario.mjs'

export { RECIPIENTS, WRONG_API_KEY }

/**
 * Where the mock's virtual clock starts, in East Africa Time: the mock is created with
 * `clock: { virtual: true, start: MOCK_CLOCK_START }`, so the clock stands still there until
 * the scenario advances it.
 */
export const MOCK_CLOCK_START = '2030-01-01T09:00:00+03:00'

/** The namespace the scenario's second run uses (`/ns/runtime-check/…`). */
export const NAMESPACE = 'runtime-check'

/** The message sent; one part, so each recipient costs one credit. */
export const MOCK_MESSAGE = 'Runtime check'

/**
 * Runs the scenario against the mock at `baseUrl` (a loopback name, so its control endpoints
 * answer) and returns what the client and the control endpoints answered, as JSON-safe
 * values for the test to compare. `advance` is how far the clock is moved (`'20s'`).
 *
 * @example
 * ```js
 * import * as client from '@sendsms/client'
 * const mock = createMock({ clock: { virtual: true, start: MOCK_CLOCK_START } })
 * const fetch = (input, init) => mock.app.fetch(new Request(input, init))
 * await runMockScenario(client, { baseUrl: 'http://localhost', fetch, advance: '20s' })
 * ```
 */
export async function runMockScenario(client, { baseUrl, fetch = globalThis.fetch, advance }) {
  const sandbox = { baseUrl, partnerId: '12345', shortcode: 'SANDBOX', env: false, fetch }
  const sms = client.createClient({ ...sandbox, apiKey: 'sandbox-api-key' })
  // The control endpoints are not the client's business; they are called as a test would.
  const control = async (path, body) => {
    const init =
      body === undefined
        ? {}
        : {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          }
    const response = await fetch(new Request(new URL(path, baseUrl), init))
    return { status: response.status, body: await response.json() }
  }
  const journal = async () => {
    const { status, body } = await control('/__mock/messages')
    return {
      status,
      messages: (body.messages ?? []).map((entry) => ({
        messageId: entry.messageId,
        mobile: entry.mobile,
        endpoint: entry.endpoint,
        delivery: entry.delivery?.description,
      })),
    }
  }
  const report = async (messageId) => {
    const found = await sms.getDeliveryReport(messageId)
    return { messageId: found.messageId, status: found.status, final: found.final }
  }

  const sent = await sms.sendSms({ to: RECIPIENTS, message: MOCK_MESSAGE })
  const messageIds = sent.results.map((row) => row.messageId)
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
      showsKey: [error.message, String(error), error.stack, JSON.stringify(error)].some((text) =>
        String(text).includes(WRONG_API_KEY),
      ),
    }
  }

  const journalBefore = await journal()
  const reportBefore = await report(messageIds[0])
  const clockBefore = await control('/__mock/clock')
  const clockAfter = await control('/__mock/clock', { advance })
  const reportAfter = await report(messageIds[0])
  const journalAfter = await journal()

  // A test run of its own on the same mock: a namespace, reached by its base URL alone.
  const namespaced = client.createClient({
    ...sandbox,
    baseUrl: `${baseUrl}/ns/${NAMESPACE}`,
    apiKey: 'sandbox-api-key',
  })
  const namespacedSent = await namespaced.sendSms({ to: RECIPIENTS[0], message: MOCK_MESSAGE })
  const namespaceJournal = await control(`/ns/${NAMESPACE}/__mock/messages`)
  const rootJournal = await journal()
  // Dropped as a test's teardown would, so a mock kept between runs (a Worker's) starts the
  // next run with no namespace.
  const dropped = await fetch(
    new Request(new URL(`/ns/${NAMESPACE}/__mock/namespace`, baseUrl), { method: 'DELETE' }),
  )

  return {
    sent: {
      allAccepted: sent.allAccepted,
      mobiles: sent.results.map((row) => row.mobile),
      messageIds,
    },
    balance: { credit: balance.credit, partnerId: balance.partnerId },
    wrongKey,
    journalBefore,
    reportBefore,
    clockBefore,
    clockAfter,
    reportAfter,
    journalAfter,
    namespace: {
      messageIds: namespacedSent.results.map((row) => row.messageId),
      status: namespaceJournal.status,
      messages: (namespaceJournal.body.messages ?? []).map((entry) => entry.mobile),
      rootMessages: rootJournal.messages.length,
      dropped: { status: dropped.status, body: await dropped.json() },
    },
  }
}
