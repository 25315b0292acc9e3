/**
 * @module
 * Consumer contract of the `sendsms send` command (`sendsms`, GET and POST) with the Advanta
 * SMS API. The real `runCli([...])` runs in-process with `--base-url` pointing at the Pact
 * mock server, and the test asserts what a CI script relies on: the exit code and the
 * `--json` document.
 */
import { EXIT_CODES } from '@sendsms/cli'
import { SANDBOX_ACCOUNT_EXISTS, SANDBOX_ACCOUNT_HAS_NO_CREDIT } from '@sendsms/mock-server'
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

const ROW_1 = acceptedSmsRow(254712345678, { messageId: 100000001, networkId: 1 })
const JSON_1 = acceptedJsonRow('254712345678', '100000001', '1')

describe('sendsms send --json: accepted', () => {
  it('exits 0 and prints the accepted row for one number', async () => {
    await recordInteraction(
      pact,
      {
        state: { name: SANDBOX_ACCOUNT_EXISTS },
        description: 'a POST send to one valid number',
        endpoint: 'sendsms',
        method: 'POST',
        params: sendParams({ message: 'Hello from CI', mobile: '254712345678' }),
        answer: { responses: [ROW_1] },
      },
      async (mockServer) => {
        const run = await runJson(mockServer, [
          'send',
          '--to',
          '254712345678',
          '--message',
          'Hello from CI',
        ])
        expect(run.exitCode).toBe(EXIT_CODES.ok)
        expect(run.document).toEqual(checkedSendDocument([JSON_1]))
      },
    )
  })

  it('exits 0 for several numbers sent with --get, one row each in order', async () => {
    await recordInteraction(
      pact,
      {
        state: { name: SANDBOX_ACCOUNT_EXISTS },
        description: 'a GET send to two valid numbers',
        endpoint: 'sendsms',
        method: 'GET',
        params: sendParams({ message: 'Hello', mobile: '254712345678,254733123456' }),
        answer: {
          responses: [ROW_1, acceptedSmsRow(254733123456, { messageId: 100000002, networkId: 2 })],
        },
      },
      async (mockServer) => {
        const run = await runJson(mockServer, [
          'send',
          '--to',
          '254712345678,254733123456',
          '--message',
          'Hello',
          '--get',
        ])
        expect(run.exitCode).toBe(EXIT_CODES.ok)
        expect(run.document).toEqual(
          checkedSendDocument([JSON_1, acceptedJsonRow('254733123456', '100000002', '2')]),
        )
      },
    )
  })

  it('schedules with --at, read in East Africa Time and sent as timeToSend', async () => {
    await recordInteraction(
      pact,
      {
        state: { name: SANDBOX_ACCOUNT_EXISTS },
        description: 'a POST send scheduled with timeToSend',
        endpoint: 'sendsms',
        method: 'POST',
        params: sendParams({
          message: 'Hello',
          mobile: '254712345678',
          timeToSend: '2030-09-01 18:00',
        }),
        answer: { responses: [ROW_1] },
      },
      async (mockServer) => {
        const run = await runJson(mockServer, [
          'send',
          '--to',
          '254712345678',
          '--message',
          'Hello',
          '--at',
          '2030-09-01T15:00:00Z',
        ])
        expect(run.exitCode).toBe(EXIT_CODES.ok)
        expect(run.document).toEqual(checkedSendDocument([JSON_1]))
      },
    )
  })
})

describe('sendsms send --json: numbers in every accepted form', () => {
  const mobile = NUMBER_FORMS.map((number) => number.given).join(',')
  it.each(['POST', 'GET'] as const)(
    'sends each as given and prints it back in 254 form with its network (%s)',
    async (method) => {
      await recordInteraction(
        pact,
        {
          state: { name: SANDBOX_ACCOUNT_EXISTS },
          description: `a ${method} send to a number in every accepted form`,
          endpoint: 'sendsms',
          method,
          params: sendParams({ message: 'Hello', mobile }),
          answer: {
            responses: NUMBER_FORMS.map((number, i) =>
              acceptedSmsRow(number.msisdn, {
                messageId: 100000001 + i,
                networkId: number.networkId,
              }),
            ),
          },
        },
        async (mockServer) => {
          const run = await runJson(mockServer, [
            'send',
            '--no-check',
            '--to',
            mobile,
            '--message',
            'Hello',
            ...methodFlags(method),
          ])
          expect(run.exitCode).toBe(EXIT_CODES.ok)
          expect(run.document).toEqual(
            sendResultDocument(
              NUMBER_FORMS.map((number, i) =>
                acceptedJsonRow(
                  String(number.msisdn),
                  String(100000001 + i),
                  String(number.networkId),
                ),
              ),
            ),
          )
        },
      )
    },
  )
})

describe('sendsms send --json: some numbers refused', () => {
  it.each(['POST', 'GET'] as const)(
    'exits 4 and prints every row when one number is accepted and others refused (%s)',
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
          const run = await runJson(mockServer, [
            'send',
            '--no-check',
            '--to',
            '254712345678,07123,255712345678',
            '--message',
            'Hello',
            ...methodFlags(method),
          ])
          expect(run.exitCode).toBe(EXIT_CODES.partialFailure)
          expect(run.document).toEqual(
            sendResultDocument([
              JSON_1,
              rejectedJsonRow('07123', 1003, 'Invalid mobile number'),
              rejectedJsonRow('255712345678', 1002, 'Network not allowed'),
            ]),
          )
        },
      )
    },
  )

  it.each(['POST', 'GET'] as const)(
    'exits 4 for low credit answered as a 1004 row, as the live service does (%s)',
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
          const run = await runJson(mockServer, [
            'send',
            '--no-check',
            '--to',
            LOW_CREDIT_NUMBER,
            '--message',
            'Hello',
            ...methodFlags(method),
          ])
          expect(run.exitCode).toBe(EXIT_CODES.partialFailure)
          expect(run.document).toEqual(
            sendResultDocument([
              rejectedJsonRow(
                LOW_CREDIT_NUMBER,
                1004,
                String(LOW_CREDIT_ROW['response-description']),
              ),
            ]),
          )
        },
      )
    },
  )
})

describe('sendsms send --json: the whole request refused', () => {
  testCliRefusals({
    pact,
    cases: REFUSALS.sendsms,
    endpoint: 'sendsms',
    methods: ['POST', 'GET'],
    subject: 'send',
    params: (credentials) => sendParams({ message: 'Hello', mobile: '254712345678' }, credentials),
    command: (method) => [
      'send',
      '--to',
      '254712345678',
      '--message',
      'Hello',
      ...methodFlags(method),
    ],
  })
})
