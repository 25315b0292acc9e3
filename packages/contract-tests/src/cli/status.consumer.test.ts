/**
 * @module
 * Consumer contract of the `sendsms status MESSAGE_ID` command (`getdlr`, GET and POST) with
 * the Advanta SMS API, run in-process against the Pact mock server. The provider states send
 * message 100000001 through the mock's own rules; exit 0 prints its report whatever its
 * status, and "no report yet" exits 3 with `NoDeliveryReportError`.
 */
import { EXIT_CODES } from '@sendsms/cli'
import {
  MESSAGE_DELIVERED,
  MESSAGE_NEVER_REPORTED,
  MESSAGE_WITH_NO_REPORT,
  REPORTED_MESSAGE_ID,
} from '@sendsms/mock-server'
import { providerTime, sameDigits, turnaround } from '@sendsms/pact'
import { DELIVERY_STATUSES, type DeliveryStatus } from '@sendsms/wire'
import { describe, expect, it } from 'vitest'
import { NO_DLR } from '../fixtures/answer-rows.js'
import { recordInteraction } from '../fixtures/interaction.js'
import { REFUSALS } from '../fixtures/refusal-cases.js'
import { describeCode, reportParams } from '../fixtures/sandbox.js'
import { consumerPact } from '../pacts/consumer-pact.js'
import { CLI_CONSUMER } from '../pacts/pact-dir.js'
import { refusalDocument, testCliRefusals } from './refusal-tests.js'
import { methodFlags, runJson } from './run-cli-json.js'

const pact = consumerPact(CLI_CONSUMER)

function statusOf(description: DeliveryStatus) {
  const status = DELIVERY_STATUSES.find((entry) => entry.description === description)
  if (!status) throw new Error(`The spec has no delivery status ${description}`)
  return status
}

const CASES = [
  {
    method: 'POST',
    state: MESSAGE_DELIVERED,
    status: 'DeliveredToTerminal',
    tat: '00:00:20',
    time: '2030-01-01 09:00:20',
    seconds: 20,
    at: '2030-01-01T06:00:20.000Z',
  },
  {
    method: 'GET',
    state: MESSAGE_DELIVERED,
    status: 'DeliveredToTerminal',
    tat: '00:00:20',
    time: '2030-01-01 09:00:20',
    seconds: 20,
    at: '2030-01-01T06:00:20.000Z',
  },
  {
    method: 'POST',
    state: MESSAGE_NEVER_REPORTED,
    status: 'SentToNetwork',
    tat: '00:00:00',
    time: '2030-01-01 09:00:00',
    seconds: 0,
    at: '2030-01-01T06:00:00.000Z',
  },
] as const

describe('sendsms status --json', () => {
  it.each(CASES)(
    'exits 0 and prints the $status report, final or not ($method)',
    async ({ method, state, status, tat, time, seconds, at }) => {
      const entry = statusOf(status)
      await recordInteraction(
        pact,
        {
          state: { name: state },
          description: `a ${method} report request for a message in status ${status}`,
          endpoint: 'getdlr',
          method,
          params: reportParams(REPORTED_MESSAGE_ID),
          answer: {
            'response-code': 200,
            'message-id': sameDigits(REPORTED_MESSAGE_ID),
            'response-description': describeCode(200),
            'delivery-status': sameDigits(entry.status),
            'delivery-description': status,
            'delivery-tat': turnaround(tat),
            'delivery-networkid': sameDigits(1),
            'delivery-time': providerTime(time),
          },
        },
        async (mockServer) => {
          const run = await runJson(mockServer, [
            'status',
            REPORTED_MESSAGE_ID,
            ...methodFlags(method),
          ])
          expect(run.exitCode).toBe(EXIT_CODES.ok)
          expect(run.document).toEqual({
            ok: true,
            report: {
              messageId: REPORTED_MESSAGE_ID,
              status,
              statusCode: entry.status,
              final: entry.final,
              turnaround: tat,
              turnaroundSeconds: seconds,
              networkId: '1',
              deliveredAt: at,
            },
          })
        },
      )
    },
  )

  it.each(['POST', 'GET'] as const)(
    'exits 3 with NoDeliveryReportError for a message with no report yet (%s)',
    async (method) => {
      await recordInteraction(
        pact,
        {
          state: { name: MESSAGE_WITH_NO_REPORT },
          description: `a ${method} report request for a message scheduled for later`,
          endpoint: 'getdlr',
          method,
          params: reportParams(REPORTED_MESSAGE_ID),
          answer: NO_DLR,
        },
        async (mockServer) => {
          const run = await runJson(mockServer, [
            'status',
            REPORTED_MESSAGE_ID,
            ...methodFlags(method),
          ])
          expect(run.exitCode).toBe(EXIT_CODES.apiError)
          const document = refusalDocument(1009, String(NO_DLR['response-description']))
          expect(run.document).toEqual({
            ...document,
            error: { ...document.error, name: 'NoDeliveryReportError' },
          })
        },
      )
    },
  )

  describe('the request refused', () => {
    testCliRefusals({
      pact,
      cases: REFUSALS.getdlr,
      endpoint: 'getdlr',
      methods: ['POST', 'GET'],
      subject: 'report request',
      params: (credentials) => reportParams(REPORTED_MESSAGE_ID, credentials),
      command: (method) => ['status', REPORTED_MESSAGE_ID, ...methodFlags(method)],
    })
  })
})
