/**
 * @module
 * Consumer contract of `@sendsms/client` with the Advanta SMS API. Each interaction is
 * exercised by the real `createClient(...).sendSms(...)` pointed at the Pact mock server,
 * and the test asserts the client's typed outcome. A common pitfall is to call the mock
 * server with a bare HTTP client; that bypasses the client code under test.
 */

import { PactV4 } from '@pact-foundation/pact'
import type { SendSmsRequest } from '@sendsms/client'
import { ApiError, assertAllAccepted, PartialFailureError } from '@sendsms/client'
import { describe, expect, it } from 'vitest'
import { exposedText } from '../fixtures/exposed-text.js'
import {
  acceptedRow,
  describeCode,
  rejectedRow,
  SANDBOX,
  sendParams,
  topLevelError,
} from '../fixtures/sandbox.js'
import { declareSend, type SendInteraction } from '../fixtures/send-interaction.js'
import { CLIENT_CONSUMER, PACT_DIR, PROVIDER } from '../pacts/pact-dir.js'
import { SANDBOX_ACCOUNT_EXISTS } from '../states/provider-states.js'
import { REFUSALS } from './refusal-cases.js'
import { sandboxClient } from './sandbox-client.js'

const pact = new PactV4({
  consumer: CLIENT_CONSUMER,
  provider: PROVIDER,
  dir: PACT_DIR,
  host: '127.0.0.1',
  logLevel: 'warn',
})
const sendInteraction = (send: SendInteraction) => declareSend(pact, send)

const ACCEPTED_1 = {
  mobile: '254712345678',
  messageId: '100000001',
  networkId: '1',
  code: 200,
  description: 'Success',
  ok: true,
}
const ACCEPTED_2 = { ...ACCEPTED_1, mobile: '254733123456', messageId: '100000002', networkId: '2' }

const ROW_1 = acceptedRow(254712345678, { messageId: 100000001, networkId: 1 })
const ROW_2 = acceptedRow(254733123456, { messageId: 100000002, networkId: 2 })

interface AcceptedCase {
  name: string
  description: string
  /** What the client is asked to send. */
  request: SendSmsRequest
  /** What must reach the wire for it. */
  wire: { method: 'GET' | 'POST'; mobile: string; message?: string; timeToSend?: string }
  rows: unknown[]
  expected: (typeof ACCEPTED_1)[]
}

const URL_UNSAFE_MESSAGE = 'Your code is 1234 & expires in 5 min'

const ACCEPTED_CASES: AcceptedCase[] = [
  {
    name: 'sends one number by POST and returns its accepted row',
    description: 'a POST send to one valid number',
    request: { to: '254712345678', message: 'Hello' },
    wire: { method: 'POST', mobile: '254712345678' },
    rows: [ROW_1],
    expected: [ACCEPTED_1],
  },
  {
    name: 'sends several numbers by POST as one comma-separated mobile, one row each in order',
    description: 'a POST send to two valid numbers',
    request: { to: ['254712345678', '254733123456'], message: 'Hello' },
    wire: { method: 'POST', mobile: '254712345678,254733123456' },
    rows: [ROW_1, ROW_2],
    expected: [ACCEPTED_1, ACCEPTED_2],
  },
  {
    name: 'sends one number by GET with the message URL-encoded in the query',
    description: 'a GET send to one valid number',
    request: { to: '254712345678', message: URL_UNSAFE_MESSAGE, method: 'GET' },
    wire: { method: 'GET', mobile: '254712345678', message: URL_UNSAFE_MESSAGE },
    rows: [ROW_1],
    expected: [ACCEPTED_1],
  },
  {
    name: 'sends a comma-separated string of numbers by GET, trimmed and joined',
    description: 'a GET send to two valid numbers',
    request: { to: '254712345678, 254733123456', message: 'Hello', method: 'GET' },
    wire: { method: 'GET', mobile: '254712345678,254733123456' },
    rows: [ROW_1, ROW_2],
    expected: [ACCEPTED_1, ACCEPTED_2],
  },
  {
    name: 'schedules a send: a Date becomes timeToSend in East Africa Time',
    description: 'a POST send scheduled with timeToSend',
    // 15:00 UTC is 18:00 in Nairobi (UTC+3, no daylight saving).
    request: { to: '254712345678', message: 'Hello', sendAt: new Date('2030-09-01T15:00:00Z') },
    wire: { method: 'POST', mobile: '254712345678', timeToSend: '2030-09-01 18:00' },
    rows: [ROW_1],
    expected: [ACCEPTED_1],
  },
]

describe('sendSms: accepted numbers', () => {
  it.each(ACCEPTED_CASES)('$name', async ({ description, request, wire, rows, expected }) => {
    const { method, message = 'Hello', ...fields } = wire
    await sendInteraction({
      state: SANDBOX_ACCOUNT_EXISTS,
      description,
      method,
      params: sendParams({ message, ...fields }),
      answer: { responses: rows },
    }).executeTest(async (mockServer) => {
      const result = await sandboxClient(mockServer).sendSms(request)
      expect(result).toEqual({
        results: expected,
        accepted: expected,
        rejected: [],
        allAccepted: true,
      })
    })
  })
})

describe('sendSms: some numbers refused', () => {
  it('returns accepted and rejected rows side by side and assertAllAccepted throws', async () => {
    await sendInteraction({
      state: SANDBOX_ACCOUNT_EXISTS,
      description: 'a POST send to a valid, an invalid and a foreign number',
      method: 'POST',
      params: sendParams({ message: 'Hello', mobile: '254712345678,07123,255712345678' }),
      answer: {
        responses: [ROW_1, rejectedRow(1003, '07123'), rejectedRow(1002, '255712345678')],
      },
    }).executeTest(async (mockServer) => {
      const result = await sandboxClient(mockServer).sendSms({
        to: ['254712345678', '07123', '255712345678'],
        message: 'Hello',
      })
      const invalid = {
        mobile: '07123',
        messageId: undefined,
        networkId: undefined,
        code: 1003,
        description: 'Invalid mobile number',
        ok: false,
      }
      const foreign = {
        ...invalid,
        mobile: '255712345678',
        code: 1002,
        description: 'Network not allowed',
      }
      expect(result).toEqual({
        results: [ACCEPTED_1, invalid, foreign],
        accepted: [ACCEPTED_1],
        rejected: [invalid, foreign],
        allAccepted: false,
      })
      expect(() => assertAllAccepted(result)).toThrow(PartialFailureError)
    })
  })
})

describe('sendSms: the whole request refused', () => {
  it.each(REFUSALS)('throws the typed error for code $code ($why)', async (refusal) => {
    const method = refusal.method ?? 'POST'
    const credentials = refusal.credentials ?? {}
    const interaction: SendInteraction = {
      state: refusal.state,
      description: `a ${method} send refused with ${refusal.code} (${refusal.why})`,
      method,
      params: sendParams({ message: 'Hello', mobile: '254712345678' }, credentials),
      answer: topLevelError(refusal.code),
    }
    if (refusal.stateParams) interaction.stateParams = refusal.stateParams
    await sendInteraction(interaction).executeTest(async (mockServer) => {
      const request: SendSmsRequest = { to: '254712345678', message: 'Hello', method }
      const error = await sandboxClient(mockServer, credentials)
        .sendSms(request)
        .then(
          () => undefined,
          (e: unknown) => e,
        )
      expect(error).toBeInstanceOf(refusal.errorClass)
      expect(error).toBeInstanceOf(ApiError)
      expect(error).toMatchObject({ code: refusal.code, description: describeCode(refusal.code) })
      for (const key of [SANDBOX.apiKey, 'wrong-api-key']) {
        expect(exposedText(error)).not.toContain(key)
      }
    })
  })
})
