/**
 * @module
 * Consumer contract of `@sendsms/client`'s `sendOtp` (`sendotp`, GET and POST) with the
 * Advanta SMS API, driven by the real client at the Pact mock server. Its rows are a send's,
 * with `messageid` a string as the docs show; the result reads the same as `sendSms`'s.
 */

import { SANDBOX_ACCOUNT_EXISTS, SANDBOX_ACCOUNT_HAS_NO_CREDIT } from '@sendsms/mock-server'
import { describe, expect, it } from 'vitest'
import {
  acceptedOtpRow,
  LOW_CREDIT_NUMBER,
  LOW_CREDIT_ROW,
  lowCreditRow,
  rejectedRow,
} from '../fixtures/answer-rows.js'
import { recordInteraction } from '../fixtures/interaction.js'
import { REFUSALS } from '../fixtures/refusal-cases.js'
import { sendParams } from '../fixtures/sandbox.js'
import { consumerPact } from '../pacts/consumer-pact.js'
import { CLIENT_CONSUMER } from '../pacts/pact-dir.js'
import { testRefusals } from './refusal-tests.js'
import { sandboxClient } from './sandbox-client.js'

const pact = consumerPact(CLIENT_CONSUMER)

const OTP = 'Your code is 4821 & valid for 5 min'

const ACCEPTED = {
  mobile: '254712345678',
  messageId: '100000001',
  networkId: '1',
  code: 200,
  description: 'Success',
  ok: true,
  status: 'accepted',
}

const rejected = (mobile: string, code: number, description: string) => ({
  mobile,
  messageId: undefined,
  networkId: undefined,
  code,
  description,
  ok: false,
  status: 'rejected',
})

describe('sendOtp: accepted numbers', () => {
  it.each(['POST', 'GET'] as const)(
    'sends an OTP to one number by %s and returns its row, the string messageid read as any id',
    async (method) => {
      await recordInteraction(
        pact,
        {
          state: { name: SANDBOX_ACCOUNT_EXISTS },
          description: `a ${method} OTP send to one valid number`,
          endpoint: 'sendotp',
          method,
          params: sendParams({ message: OTP, mobile: '254712345678' }),
          answer: {
            responses: [acceptedOtpRow(254712345678, { messageId: '100000001', networkId: 1 })],
          },
        },
        async (mockServer) => {
          const result = await sandboxClient(mockServer).sendOtp({
            to: '254712345678',
            message: OTP,
            method,
          })
          expect(result).toEqual({
            results: [ACCEPTED],
            accepted: [ACCEPTED],
            rejected: [],
            allAccepted: true,
          })
        },
      )
    },
  )
})

describe('sendOtp: some numbers refused', () => {
  it.each(['POST', 'GET'] as const)(
    'returns the accepted row beside an invalid and a foreign number (%s)',
    async (method) => {
      await recordInteraction(
        pact,
        {
          state: { name: SANDBOX_ACCOUNT_EXISTS },
          description: `a ${method} OTP send to a valid, an invalid and a foreign number`,
          endpoint: 'sendotp',
          method,
          params: sendParams({ message: OTP, mobile: '254712345678,07123,255712345678' }),
          answer: {
            responses: [
              acceptedOtpRow(254712345678, { messageId: '100000001', networkId: 1 }),
              rejectedRow(1003, '07123'),
              rejectedRow(1002, '255712345678'),
            ],
          },
        },
        async (mockServer) => {
          const result = await sandboxClient(mockServer).sendOtp({
            to: ['254712345678', '07123', '255712345678'],
            message: OTP,
            method,
          })
          const refused = [
            rejected('07123', 1003, 'Invalid mobile number'),
            rejected('255712345678', 1002, 'Network not allowed'),
          ]
          expect(result).toEqual({
            results: [ACCEPTED, ...refused],
            accepted: [ACCEPTED],
            rejected: refused,
            allAccepted: false,
          })
        },
      )
    },
  )

  it.each(['POST', 'GET'] as const)(
    'returns low credit as a rejected 1004 row (%s)',
    async (method) => {
      await recordInteraction(
        pact,
        {
          state: { name: SANDBOX_ACCOUNT_HAS_NO_CREDIT },
          description: `a ${method} OTP send from an account with no credit`,
          endpoint: 'sendotp',
          method,
          params: sendParams({ message: OTP, mobile: LOW_CREDIT_NUMBER }),
          answer: { responses: [lowCreditRow()] },
        },
        async (mockServer) => {
          const result = await sandboxClient(mockServer).sendOtp({
            to: LOW_CREDIT_NUMBER,
            message: OTP,
            method,
          })
          const row = rejected(
            LOW_CREDIT_NUMBER,
            1004,
            String(LOW_CREDIT_ROW['response-description']),
          )
          expect(result).toEqual({
            results: [row],
            accepted: [],
            rejected: [row],
            allAccepted: false,
          })
        },
      )
    },
  )
})

describe('sendOtp: the whole request refused', () => {
  testRefusals({
    pact,
    cases: REFUSALS.sendotp,
    endpoint: 'sendotp',
    methods: ['POST', 'GET'],
    subject: 'OTP send',
    params: (credentials) => sendParams({ message: OTP, mobile: '254712345678' }, credentials),
    call: (client, method) => client.sendOtp({ to: '254712345678', message: OTP, method }),
  })
})
