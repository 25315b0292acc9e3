/**
 * @module
 * The Safaricom Hashed SMS page's request, in the Send SMS page's examples adapted to
 * `sendotp` with `hashed`: each hashes the number (254 form, SHA-256) itself, the row echoes
 * that hash, and the mock journals the message under it.
 */
import { createHash } from 'node:crypto'
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

// Hashed sends go to sendotp with `hashed`; the page documents only POST, the spec both.
const ENDPOINT: EndpointName = 'sendotp'
const { path, methods } = ENDPOINTS[ENDPOINT]
// A Safaricom number in 254 form, as the page asks it to be before hashing.
const MOBILE = '254712345678'
const HASH = createHash('sha256').update(MOBILE).digest('hex')
const MESSAGE = 'Your payment of KES 1,250 was received'

describe('the examples of the Safaricom Hashed SMS page', () => {
  let server: RunningMock

  beforeAll(async () => {
    server = await startMockServer({ port: 0 })
  })
  afterAll(async () => {
    await server?.close()
  })
  beforeEach(() => resetMock(server.url))

  itRunsEachExample(
    listExamples('send-hashed-docs'),
    expectedFiles(methods),
    'hashes the number and sends it hashed: a 200 row echoing the hash, and the message journaled',
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
      // The example hashed the number itself: the row echoes the hash as sent.
      expect(row.mobile).toBe(HASH)
      expect(typeof row.messageid).toBe('string')

      const journaled = await journalOf(server.url)
      expect(journaled).toHaveLength(1)
      expect(journaled[0]).toMatchObject({
        messageId: String(row.messageid),
        hash: HASH,
        message: MESSAGE,
        endpoint: ENDPOINT,
        method: example.method,
        status: 'sent',
      })
    },
  )
})
