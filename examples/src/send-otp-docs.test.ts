/**
 * @module
 * The Send OTP page's request, in the Send SMS page's six examples adapted to `sendotp`:
 * each prints a 200 row with a string `messageid`, and the mock journals its message.
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

const ENDPOINT: EndpointName = 'sendotp'
const { path, methods } = ENDPOINTS[ENDPOINT]
const MOBILE = '254712345678'
const MESSAGE = 'Your code is 4821'

describe('the examples of the Send OTP page', () => {
  let server: RunningMock

  beforeAll(async () => {
    server = await startMockServer({ port: 0 })
  })
  afterAll(async () => {
    await server?.close()
  })
  beforeEach(() => resetMock(server.url))

  itRunsEachExample(
    listExamples('send-otp-docs'),
    expectedFiles(methods),
    'sends through sendotp: a 200 row with a string messageid, and the message journaled',
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
      // The page: "string for this API", where sendsms answers an integer.
      expect(typeof row.messageid).toBe('string')

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
