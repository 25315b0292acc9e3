/**
 * @module
 * The Bulk SMS page's three examples (POST only), copied as published, run against the mock:
 * each prints a row per item of `smslist`, echoing the item's `clientsmsid`, and the mock
 * journals every item's message.
 */
import { type RunningMock, startMockServer } from '@sendsms/mock-server/node'
import { validateAnswer } from '@sendsms/spec'
import { ENDPOINTS, type EndpointName, readCode, SUCCESS_CODE } from '@sendsms/wire'
import { afterAll, beforeAll, beforeEach, describe, expect } from 'vitest'
import { itRunsEachExample } from './each-example.js'
import { expectedFiles, listExamples } from './example-files.js'
import { journalOf, resetMock } from './mock-control.js'
import { readPrintedAnswer } from './printed-answer.js'
import { runExample } from './run-example.js'
import { sandboxValues } from './sandbox-values.js'

const ENDPOINT: EndpointName = 'sendbulk'
const { path, methods } = ENDPOINTS[ENDPOINT]

// The page's two items, each its own number (a Safaricom one in 254 form, an Airtel one in
// 07 form), message and clientsmsid.
const ITEMS = [
  { mobile: '254712345678', msisdn: '254712345678', message: 'Your order has shipped' },
  { mobile: '0733123456', msisdn: '254733123456', message: 'Your parcel is at the desk' },
] as const

describe('the examples of the Bulk SMS page', () => {
  let server: RunningMock
  let run = 0

  beforeAll(async () => {
    server = await startMockServer({ port: 0 })
  })
  afterAll(async () => {
    await server?.close()
  })
  beforeEach(() => resetMock(server.url))

  itRunsEachExample(
    listExamples('bulk-sms-docs'),
    expectedFiles(methods),
    'sends through sendbulk: a 200 row per item with its clientsmsid, each message journaled',
    async (example) => {
      // Ids of the caller's own, different for every example, so an echo cannot be a constant.
      run += 1
      const clientsmsids = ITEMS.map((_, i) => 7000 + run * 10 + i)
      const output = await runExample(example, example.interpreter, {
        ...sandboxValues(server.url),
        count: String(ITEMS.length),
        pass_type: 'plain',
        ...Object.fromEntries(
          ITEMS.flatMap((item, i) => [
            [`mobile${i + 1}`, item.mobile],
            [`message${i + 1}`, item.message],
            [`clientsmsid${i + 1}`, String(clientsmsids[i])],
          ]),
        ),
      })

      const answer = readPrintedAnswer(output, example.language)
      expect(validateAnswer(path, example.method, answer).errors).toEqual([])
      const { responses } = answer as { responses: Record<string, unknown>[] }
      expect(responses).toHaveLength(ITEMS.length)
      responses.forEach((row, i) => {
        expect(readCode(row), `row ${i}`).toBe(SUCCESS_CODE)
        expect(row.clientsmsid, `row ${i}`).toBe(clientsmsids[i])
        expect(String(row.mobile), `row ${i}`).toBe(ITEMS[i]?.msisdn)
      })

      const journaled = await journalOf(server.url)
      expect(journaled).toHaveLength(ITEMS.length)
      journaled.forEach((entry, i) => {
        expect(entry, `message ${i}`).toMatchObject({
          messageId: String(responses[i]?.messageid),
          mobile: ITEMS[i]?.msisdn,
          message: ITEMS[i]?.message,
          endpoint: ENDPOINT,
          clientsmsid: clientsmsids[i],
          method: 'POST',
          status: 'sent',
        })
      })
    },
  )
})
