/**
 * @module
 * The Send SMS page's six examples, copied as published, run against the mock: each prints
 * a 200 row the spec allows for `sendsms`, and the mock journals its message.
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

const ENDPOINT: EndpointName = 'sendsms'
const { path, methods } = ENDPOINTS[ENDPOINT]
const MOBILE = '254712345678'
const MESSAGE = 'Hello from the provider docs'

describe('the examples of the Send SMS page', () => {
  let server: RunningMock

  beforeAll(async () => {
    server = await startMockServer({ port: 0 })
  })
  afterAll(async () => {
    await server?.close()
  })
  beforeEach(() => resetMock(server.url))

  itRunsEachExample(
    listExamples('send-sms-docs'),
    expectedFiles(methods),
    'sends through sendsms: a 200 row, and the message journaled',
    async (example) => {
      const output = await runExample(example, example.interpreter, {
        ...sandboxValues(server.url),
        mobile: MOBILE,
        message: MESSAGE,
      })

      const answer = readPrintedAnswer(output, example.language)
      expect(validateAnswer(path, example.method, answer).errors).toEqual([])
      const { responses } = answer as { responses: Record<string, unknown>[] }
      expect(responses).toHaveLength(1)
      const [row] = responses as [Record<string, unknown>]
      expect(readCode(row)).toBe(SUCCESS_CODE)
      expect(String(row.mobile)).toBe(MOBILE)

      const journaled = await journalOf(server.url)
      expect(journaled).toHaveLength(1)
      expect(journaled[0]).toMatchObject({
        messageId: String(row.messageid),
        mobile: MOBILE,
        message: MESSAGE,
        endpoint: ENDPOINT,
        method: example.method,
        status: 'sent',
      })
    },
  )
})
