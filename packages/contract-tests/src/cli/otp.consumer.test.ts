/**
 * @module
 * Consumer contract of the `sendsms otp` command (`sendotp`, GET and POST, and with
 * `--hashed` a hashed POST) with the Advanta SMS API, run in-process against the Pact mock
 * server: the exit code and the `--json` document.
 */
import { createHash } from 'node:crypto'
import { EXIT_CODES } from '@sendsms/cli'
import { SANDBOX_ACCOUNT_EXISTS, SANDBOX_ACCOUNT_HAS_NO_CREDIT } from '@sendsms/mock-server'
import { describe, expect, it } from 'vitest'
import {
  acceptedHashedRow,
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
import { CLI_CONSUMER } from '../pacts/pact-dir.js'
import {
  acceptedJsonRow,
  checkedSendDocument,
  rejectedJsonRow,
  sendResultDocument,
} from './json-rows.js'
import { testCliRefusals } from './refusal-tests.js'
import { methodFlags, runJson } from './run-cli-json.js'

const pact = consumerPact(CLI_CONSUMER)

const OTP = 'Your code is 4821'
const LOW_CREDIT_TEXT = String(LOW_CREDIT_ROW['response-description'])
/** SHA-256 of the 254 form, computed here independently of the client. */
const HASH = createHash('sha256').update('254712345678').digest('hex')

describe('sendsms otp --json', () => {
  it.each(['POST', 'GET'] as const)(
    'exits 0 and prints the accepted row of an OTP (%s)',
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
          const run = await runJson(mockServer, [
            'otp',
            '--to',
            '254712345678',
            '--message',
            OTP,
            ...methodFlags(method),
          ])
          expect(run.exitCode).toBe(EXIT_CODES.ok)
          expect(run.document).toEqual(
            checkedSendDocument([acceptedJsonRow('254712345678', '100000001', '1')]),
          )
        },
      )
    },
  )

  it.each(['POST', 'GET'] as const)(
    'exits 4 with every row when some numbers are refused (%s)',
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
          const run = await runJson(mockServer, [
            'otp',
            '--no-check',
            '--to',
            '254712345678,07123,255712345678',
            '--message',
            OTP,
            ...methodFlags(method),
          ])
          expect(run.exitCode).toBe(EXIT_CODES.partialFailure)
          expect(run.document).toEqual(
            sendResultDocument([
              acceptedJsonRow('254712345678', '100000001', '1'),
              rejectedJsonRow('07123', 1003, 'Invalid mobile number'),
              rejectedJsonRow('255712345678', 1002, 'Network not allowed'),
            ]),
          )
        },
      )
    },
  )

  it.each(['POST', 'GET'] as const)(
    'exits 4 for low credit answered as a 1004 row (%s)',
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
          // As given: the row echoes the number in the form the live service wrote it.
          const run = await runJson(mockServer, [
            'otp',
            '--no-check',
            '--to',
            LOW_CREDIT_NUMBER,
            '--message',
            OTP,
            ...methodFlags(method),
          ])
          expect(run.exitCode).toBe(EXIT_CODES.partialFailure)
          expect(run.document).toEqual(
            sendResultDocument([rejectedJsonRow(LOW_CREDIT_NUMBER, 1004, LOW_CREDIT_TEXT)]),
          )
        },
      )
    },
  )

  describe('the whole request refused', () => {
    testCliRefusals({
      pact,
      cases: REFUSALS.sendotp,
      endpoint: 'sendotp',
      methods: ['POST', 'GET'],
      subject: 'OTP send',
      params: (credentials) => sendParams({ message: OTP, mobile: '254712345678' }, credentials),
      command: (method) => [
        'otp',
        '--to',
        '254712345678',
        '--message',
        OTP,
        ...methodFlags(method),
      ],
    })
  })
})

describe('sendsms otp --hashed --json', () => {
  it('exits 0 and prints the row of the hash it sent for a number', async () => {
    await recordInteraction(
      pact,
      {
        state: { name: SANDBOX_ACCOUNT_EXISTS },
        description: 'a hashed send to one number',
        endpoint: 'sendotp',
        method: 'POST',
        params: sendParams({ message: OTP, mobile: HASH, hashed: true }),
        answer: { responses: [acceptedHashedRow(HASH, { messageId: '100000001', networkId: 1 })] },
      },
      async (mockServer) => {
        const run = await runJson(mockServer, [
          'otp',
          '--to',
          '0712345678',
          '--message',
          OTP,
          '--hashed',
        ])
        expect(run.exitCode).toBe(EXIT_CODES.ok)
        expect(run.document).toEqual(checkedSendDocument([acceptedJsonRow(HASH, '100000001', '1')]))
      },
    )
  })

  it('exits 4 for low credit, the row naming the hash', async () => {
    await recordInteraction(
      pact,
      {
        state: { name: SANDBOX_ACCOUNT_HAS_NO_CREDIT },
        description: 'a hashed send from an account with no credit',
        endpoint: 'sendotp',
        method: 'POST',
        params: sendParams({ message: OTP, mobile: HASH, hashed: true }),
        answer: { responses: [lowCreditRow(HASH)] },
      },
      async (mockServer) => {
        const run = await runJson(mockServer, [
          'otp',
          '--to',
          '254712345678',
          '--message',
          OTP,
          '--hashed',
        ])
        expect(run.exitCode).toBe(EXIT_CODES.partialFailure)
        expect(run.document).toEqual(
          checkedSendDocument([rejectedJsonRow(HASH, 1004, LOW_CREDIT_TEXT)]),
        )
      },
    )
  })

  describe('the whole request refused', () => {
    testCliRefusals({
      pact,
      cases: REFUSALS.hashed,
      endpoint: 'sendotp',
      methods: ['POST'],
      subject: 'hashed send',
      params: (credentials) =>
        sendParams({ message: OTP, mobile: HASH, hashed: true }, credentials),
      command: () => ['otp', '--to', '254712345678', '--message', OTP, '--hashed'],
    })
  })
})
