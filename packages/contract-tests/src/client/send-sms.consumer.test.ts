/**
 * @module
 * Consumer contract of `@sendsms/client`'s `sendSms` (`sendsms`, GET and POST) with the
 * Advanta SMS API. Each interaction is exercised by the real `createClient(...).sendSms(...)`
 * pointed at the Pact mock server, and the test asserts the client's typed outcome. A common
 * pitfall is to call the mock server with a bare HTTP client; that bypasses the client code
 * under test.
 */
import type { SendSmsRequest } from '@sendsms/client'
import { assertAllAccepted, PartialFailureError } from '@sendsms/client'
import {
  answersWithProfile,
  SANDBOX_ACCOUNT_EXISTS,
  SANDBOX_ACCOUNT_HAS_NO_CREDIT,
} from '@sendsms/mock-server'
import { sameDigits } from '@sendsms/pact'
import { describe, expect, it } from 'vitest'
import {
  acceptedSmsRow,
  LOW_CREDIT_NUMBER,
  LOW_CREDIT_ROW,
  lowCreditRow,
  rejectedRow,
} from '../fixtures/answer-rows.js'
import { recordInteraction } from '../fixtures/interaction.js'
import { NUMBER_FORMS } from '../fixtures/number-forms.js'
import { REFUSALS } from '../fixtures/refusal-cases.js'
import { sendParams } from '../fixtures/sandbox.js'
import { consumerPact } from '../pacts/consumer-pact.js'
import { CLIENT_CONSUMER } from '../pacts/pact-dir.js'
import { testRefusals } from './refusal-tests.js'
import { sandboxClient } from './sandbox-client.js'

const pact = consumerPact(CLIENT_CONSUMER)

const ACCEPTED_1 = {
  mobile: '254712345678',
  messageId: '100000001',
  networkId: '1',
  code: 200,
  description: 'Success',
  ok: true,
  status: 'accepted',
}
const ACCEPTED_2 = { ...ACCEPTED_1, mobile: '254733123456', messageId: '100000002', networkId: '2' }

const ROW_1 = acceptedSmsRow(254712345678, { messageId: 100000001, networkId: 1 })
const ROW_2 = acceptedSmsRow(254733123456, { messageId: 100000002, networkId: 2 })

const rejected = (mobile: string, code: number, description: string) => ({
  mobile,
  messageId: undefined,
  networkId: undefined,
  code,
  description,
  ok: false,
  status: 'rejected',
})

/**
 * What a send of one request resolves with around its rows: every recipient answered, none
 * failed or left out. `toMatchObject`, so fields the result gains later (the message's
 * encoding and parts) do not break the assertion; the rows still match field by field.
 */
const answered = (rows: { results: unknown[]; accepted: unknown[]; rejected: unknown[] }) => ({
  ...rows,
  allAccepted: rows.rejected.length === 0,
  failed: [],
  notAttempted: [],
  batches: 1,
})

interface AcceptedCase {
  name: string
  description: string
  state?: string
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
  {
    name: 'reads the code key spelled respose-code and a string networkid as the docs form',
    description: 'a POST send answered as the live capture shows it',
    state: answersWithProfile('live-capture'),
    request: { to: '254712345678', message: 'Hello' },
    wire: { method: 'POST', mobile: '254712345678' },
    rows: [
      {
        'respose-code': 200,
        'response-description': 'Success',
        mobile: sameDigits(254712345678),
        messageid: sameDigits(100000001),
        networkid: sameDigits('1'),
      },
    ],
    expected: [ACCEPTED_1],
  },
  {
    name: 'reads a string messageid as a strict Go client expects it',
    description: 'a POST send answered with messageid as a string',
    state: answersWithProfile('strict-go'),
    request: { to: '254712345678', message: 'Hello' },
    wire: { method: 'POST', mobile: '254712345678' },
    rows: [{ ...ROW_1, messageid: sameDigits('100000001') }],
    expected: [ACCEPTED_1],
  },
]

const EVERY_FORM = NUMBER_FORMS.map((number, i) => ({
  row: acceptedSmsRow(number.msisdn, { messageId: 100000001 + i, networkId: number.networkId }),
  expected: {
    ...ACCEPTED_1,
    mobile: String(number.msisdn),
    messageId: String(100000001 + i),
    networkId: String(number.networkId),
  },
}))

ACCEPTED_CASES.push(
  ...(['POST', 'GET'] as const).map(
    (method): AcceptedCase => ({
      name: `sends numbers in every accepted form as given and reads them back in 254 form (${method})`,
      description: `a ${method} send to a number in every accepted form`,
      request: { to: NUMBER_FORMS.map((number) => number.given), message: 'Hello', method },
      wire: { method, mobile: NUMBER_FORMS.map((number) => number.given).join(',') },
      rows: EVERY_FORM.map(({ row }) => row),
      expected: EVERY_FORM.map(({ expected }) => expected),
    }),
  ),
)

describe('sendSms: accepted numbers', () => {
  it.each(ACCEPTED_CASES)(
    '$name',
    async ({ description, state, request, wire, rows, expected }) => {
      const { method, message = 'Hello', ...fields } = wire
      const profile = state?.match(/the (\S+) profile/)?.[1]
      await recordInteraction(
        pact,
        {
          state: state
            ? { name: state, ...(profile ? { params: { profile } } : {}) }
            : { name: SANDBOX_ACCOUNT_EXISTS },
          description,
          endpoint: 'sendsms',
          method,
          params: sendParams({ message, ...fields }),
          answer: { responses: rows },
        },
        async (mockServer) => {
          const result = await sandboxClient(mockServer).sendSms(request)
          expect(result).toMatchObject(
            answered({ results: expected, accepted: expected, rejected: [] }),
          )
        },
      )
    },
  )
})

describe('sendSms: some numbers refused', () => {
  it.each(['POST', 'GET'] as const)(
    'returns accepted and rejected rows side by side and assertAllAccepted throws (%s)',
    async (method) => {
      await recordInteraction(
        pact,
        {
          state: { name: SANDBOX_ACCOUNT_EXISTS },
          description: `a ${method} send to a valid, an invalid and a foreign number`,
          endpoint: 'sendsms',
          method,
          params: sendParams({ message: 'Hello', mobile: '254712345678,07123,255712345678' }),
          answer: {
            responses: [ROW_1, rejectedRow(1003, '07123'), rejectedRow(1002, '255712345678')],
          },
        },
        async (mockServer) => {
          const result = await sandboxClient(mockServer).sendSms({
            to: ['254712345678', '07123', '255712345678'],
            message: 'Hello',
            method,
          })
          const invalid = rejected('07123', 1003, 'Invalid mobile number')
          const foreign = rejected('255712345678', 1002, 'Network not allowed')
          expect(result).toMatchObject(
            answered({
              results: [ACCEPTED_1, invalid, foreign],
              accepted: [ACCEPTED_1],
              rejected: [invalid, foreign],
            }),
          )
          expect(() => assertAllAccepted(result)).toThrow(PartialFailureError)
        },
      )
    },
  )

  it.each(['POST', 'GET'] as const)(
    'returns low credit as a rejected 1004 row, as the live service answers it (%s)',
    async (method) => {
      await recordInteraction(
        pact,
        {
          state: { name: SANDBOX_ACCOUNT_HAS_NO_CREDIT },
          description: `a ${method} send from an account with no credit`,
          endpoint: 'sendsms',
          method,
          params: sendParams({ message: 'Hello', mobile: LOW_CREDIT_NUMBER }),
          answer: { responses: [lowCreditRow()] },
        },
        async (mockServer) => {
          const result = await sandboxClient(mockServer).sendSms({
            to: LOW_CREDIT_NUMBER,
            message: 'Hello',
            method,
          })
          const row = rejected(
            LOW_CREDIT_NUMBER,
            1004,
            String(LOW_CREDIT_ROW['response-description']),
          )
          expect(result).toMatchObject(answered({ results: [row], accepted: [], rejected: [row] }))
        },
      )
    },
  )
})

describe('sendSms: the whole request refused', () => {
  testRefusals({
    pact,
    cases: REFUSALS.sendsms,
    endpoint: 'sendsms',
    methods: ['POST', 'GET'],
    subject: 'send',
    params: (credentials) => sendParams({ message: 'Hello', mobile: '254712345678' }, credentials),
    call: (client, method) => client.sendSms({ to: '254712345678', message: 'Hello', method }),
  })
})
