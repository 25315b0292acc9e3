/**
 * @module
 * The Delivery Reports page's request, in the Send SMS page's six examples adapted to
 * `getdlr`: with the mock's clock virtual, each asks for the report of a message just sent
 * (not final yet), then again once the clock has moved past its delivery.
 */
import { DELIVERED_AFTER, type JournalEntry } from '@sendsms/mock-server'
import { type RunningMock, startMockServer } from '@sendsms/mock-server/node'
import { validateAnswer } from '@sendsms/spec'
import {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  ENDPOINTS,
  type EndpointName,
  readCode,
  SUCCESS_CODE,
} from '@sendsms/wire'
import { afterAll, beforeAll, beforeEach, describe, expect } from 'vitest'
import { itRunsEachExample, type RunnableExample } from './each-example.js'
import { expectedFiles, listExamples } from './example-files.js'
import { advanceClock, journalOf, resetMock, sendThroughMock } from './mock-control.js'
import { readPrintedAnswer } from './printed-answer.js'
import { runExample } from './run-example.js'
import { sandboxValues } from './sandbox-values.js'

const ENDPOINT: EndpointName = 'getdlr'
const { path, methods } = ENDPOINTS[ENDPOINT]
// An ordinary Safaricom number: the mock delivers its messages within seconds.
const MOBILE = '254712345678'
// A second past the latest the mock delivers a message to an ordinary number.
const PAST_DELIVERY = `${DELIVERED_AFTER[1] + 1}s`
// Typed by the spec's statuses, so it cannot drift from them.
const DELIVERED: DeliveryStatus = 'DeliveredToTerminal'

const statusOf = (description: unknown) =>
  DELIVERY_STATUSES.find((s) => s.description === description)

describe('the examples of the Delivery Reports page', () => {
  let server: RunningMock

  beforeAll(async () => {
    // Time stands still until the test moves it: a report is found by advancing the
    // clock, never by waiting.
    server = await startMockServer({ port: 0, clock: { virtual: true } })
  })
  afterAll(async () => {
    await server?.close()
  })
  beforeEach(() => resetMock(server.url))

  // Runs the example for `messageID` and returns the report it printed, after checking it.
  async function printedReport(
    example: RunnableExample,
    messageID: string,
  ): Promise<Record<string, unknown>> {
    const output = await runExample(example, example.interpreter, {
      ...sandboxValues(server.url),
      messageID,
    })
    const answer = readPrintedAnswer(output, example.language)
    expect(validateAnswer(path, example.method, answer).errors).toEqual([])
    const report = answer as Record<string, unknown>
    expect(readCode(report)).toBe(SUCCESS_CODE)
    expect(String(report['message-id'])).toBe(messageID)
    expect(report['delivery-status']).toBe(statusOf(report['delivery-description'])?.status)
    return report
  }

  itRunsEachExample(
    listExamples('delivery-docs'),
    expectedFiles(methods),
    'calls getdlr: the report of a sent message, final once the clock has passed its delivery',
    async (example) => {
      const { apikey, partnerID, shortcode } = sandboxValues(server.url)
      const sent = (await sendThroughMock(server.url, {
        apikey,
        partnerID,
        shortcode,
        message: 'Your order has shipped',
        mobile: MOBILE,
      })) as { responses: [Record<string, unknown>] }
      expect(readCode(sent.responses[0])).toBe(SUCCESS_CODE)
      const messageID = String(sent.responses[0].messageid)

      const early = await printedReport(example, messageID)
      expect(statusOf(early['delivery-description'])?.final).toBe(false)

      await advanceClock(server.url, PAST_DELIVERY)
      const late = await printedReport(example, messageID)
      expect(late['delivery-description']).toBe(DELIVERED)
      expect(statusOf(late['delivery-description'])?.final).toBe(true)

      // The mock's journal tells the same of the message.
      const [entry] = (await journalOf(server.url)) as (JournalEntry & {
        delivery?: { description: string }
      })[]
      expect(entry?.messageId).toBe(String(messageID))
      expect(entry?.delivery?.description).toBe(DELIVERED)
    },
  )
})
