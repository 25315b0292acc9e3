/**
 * @module
 * The SMS Account Balance page's request, in the Send SMS page's six examples adapted to
 * `getbalance`: each prints the account's credit as the mock holds it, and after a send
 * prints it lower by exactly what the send cost.
 */
import { type RunningMock, startMockServer } from '@sendsms/mock-server/node'
import { validateAnswer } from '@sendsms/spec'
import { ENDPOINTS, type EndpointName, readCode, SUCCESS_CODE } from '@sendsms/wire'
import { afterAll, beforeAll, beforeEach, describe, expect } from 'vitest'
import { itRunsEachExample, type RunnableExample } from './each-example.js'
import { expectedFiles, listExamples } from './example-files.js'
import { creditOf, journalOf, resetMock, sendThroughMock } from './mock-control.js'
import { readPrintedAnswer } from './printed-answer.js'
import { runExample } from './run-example.js'
import { sandboxValues } from './sandbox-values.js'

const ENDPOINT: EndpointName = 'getbalance'
const { path, methods } = ENDPOINTS[ENDPOINT]
// Long enough to take more than one SMS part, so the fall is more than one unit.
const LONG_MESSAGE = 'Your statement is ready. '.repeat(8)

describe('the examples of the SMS Account Balance page', () => {
  let server: RunningMock

  beforeAll(async () => {
    server = await startMockServer({ port: 0 })
  })
  afterAll(async () => {
    await server?.close()
  })
  beforeEach(() => resetMock(server.url))

  // Runs the example and returns the credit it printed, after checking its answer.
  async function printedCredit(example: RunnableExample): Promise<number> {
    const values = sandboxValues(server.url)
    const output = await runExample(example, example.interpreter, values)
    const answer = readPrintedAnswer(output, example.language)
    expect(validateAnswer(path, example.method, answer).errors).toEqual([])
    const balance = answer as Record<string, unknown>
    expect(readCode(balance)).toBe(SUCCESS_CODE)
    expect(String(balance['partner-id'])).toBe(values.partnerID)
    const credit = Number(balance.credit)
    expect(credit, `credit ${String(balance.credit)}`).not.toBeNaN()
    expect(credit).toBe(await creditOf(server.url, values.partnerID))
    return credit
  }

  itRunsEachExample(
    listExamples('balance-docs'),
    expectedFiles(methods),
    "calls getbalance: the account's credit, lower by what a send cost",
    async (example) => {
      const before = await printedCredit(example)

      const { apikey, partnerID, shortcode } = sandboxValues(server.url)
      await sendThroughMock(server.url, {
        apikey,
        partnerID,
        shortcode,
        message: LONG_MESSAGE,
        mobile: '254712345678,0733123456',
      })
      const cost = (await journalOf(server.url)).reduce((sum, entry) => sum + entry.parts, 0)
      expect(cost).toBeGreaterThan(2)

      expect(await printedCredit(example)).toBe(before - cost)
    },
  )
})
