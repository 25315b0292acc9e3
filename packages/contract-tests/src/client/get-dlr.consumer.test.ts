/**
 * @module
 * Consumer contract of `@sendsms/client`'s `getDeliveryReport` (`getdlr`, GET and POST) with
 * the Advanta SMS API, driven by the real client at the Pact mock server. The provider states
 * send message 100000001 through the mock's own rules and move its clock, so each report is
 * one the mock's delivery lifecycle really reaches; times and turnarounds are matched by
 * format, the status, network and id exactly.
 */
import { NoDeliveryReportError } from '@sendsms/client'
import {
  MESSAGE_DELIVERED,
  MESSAGE_NEVER_REPORTED,
  MESSAGE_TO_ABSENT_SUBSCRIBER,
  MESSAGE_WITH_NO_REPORT,
  REPORTED_MESSAGE_ID,
  SANDBOX_ACCOUNT_EXISTS,
} from '@sendsms/mock-server'
import { providerTime, sameDigits, turnaround } from '@sendsms/pact'
import { DELIVERY_STATUSES, type DeliveryStatus } from '@sendsms/wire'
import { describe, expect, it } from 'vitest'
import { NO_DLR } from '../fixtures/answer-rows.js'
import { recordInteraction } from '../fixtures/interaction.js'
import { REFUSALS } from '../fixtures/refusal-cases.js'
import { describeCode, reportParams } from '../fixtures/sandbox.js'
import { consumerPact } from '../pacts/consumer-pact.js'
import { CLIENT_CONSUMER } from '../pacts/pact-dir.js'
import { expectRefusal, rejectionOf } from './expect-refusal.js'
import { testRefusals } from './refusal-tests.js'
import { sandboxClient } from './sandbox-client.js'

const pact = consumerPact(CLIENT_CONSUMER)

function statusOf(description: DeliveryStatus) {
  const status = DELIVERY_STATUSES.find((entry) => entry.description === description)
  if (!status) throw new Error(`The spec has no delivery status ${description}`)
  return status
}

interface ReportCase {
  name: string
  state: string
  method: 'GET' | 'POST'
  /** How the caller passes the id: as a send answered it (text), or as a number. */
  messageId: string | number
  status: DeliveryStatus
  /** Examples of the provider-generated fields, as the mock writes them in this state. */
  tat: string
  time: string
  turnaroundSeconds: number
  deliveredAt: string
}

const REPORT_CASES: ReportCase[] = [
  {
    name: 'reads a delivered message as final, with its turnaround and time in UTC',
    state: MESSAGE_DELIVERED,
    method: 'POST',
    messageId: REPORTED_MESSAGE_ID,
    status: 'DeliveredToTerminal',
    tat: '00:00:20',
    time: '2030-01-01 09:00:20',
    turnaroundSeconds: 20,
    deliveredAt: '2030-01-01T06:00:20.000Z',
  },
  {
    name: 'asks for the report by GET, an id given as a number sent as its digits',
    state: MESSAGE_DELIVERED,
    method: 'GET',
    messageId: Number(REPORTED_MESSAGE_ID),
    status: 'DeliveredToTerminal',
    tat: '00:00:20',
    time: '2030-01-01 09:00:20',
    turnaroundSeconds: 20,
    deliveredAt: '2030-01-01T06:00:20.000Z',
  },
  {
    name: 'reads SentToNetwork as a report that is not final yet',
    state: MESSAGE_NEVER_REPORTED,
    method: 'POST',
    messageId: REPORTED_MESSAGE_ID,
    status: 'SentToNetwork',
    tat: '00:00:00',
    time: '2030-01-01 09:00:00',
    turnaroundSeconds: 0,
    deliveredAt: '2030-01-01T06:00:00.000Z',
  },
  {
    name: 'reads AbsentSubscriber as a final failure reported a day later',
    state: MESSAGE_TO_ABSENT_SUBSCRIBER,
    method: 'GET',
    messageId: REPORTED_MESSAGE_ID,
    status: 'AbsentSubscriber',
    tat: '24:00:00',
    time: '2030-01-02 09:00:00',
    turnaroundSeconds: 86_400,
    deliveredAt: '2030-01-02T06:00:00.000Z',
  },
]

describe('getDeliveryReport: a report', () => {
  it.each(REPORT_CASES)('$name', async (report) => {
    const status = statusOf(report.status)
    await recordInteraction(
      pact,
      {
        state: { name: report.state },
        description: `a ${report.method} report request for a message in status ${report.status}${
          typeof report.messageId === 'number' ? ', the id given as a number' : ''
        }`,
        endpoint: 'getdlr',
        method: report.method,
        params: reportParams(REPORTED_MESSAGE_ID),
        answer: {
          'response-code': 200,
          'message-id': sameDigits(REPORTED_MESSAGE_ID),
          'response-description': describeCode(200),
          'delivery-status': sameDigits(status.status),
          'delivery-description': report.status,
          'delivery-tat': turnaround(report.tat),
          'delivery-networkid': sameDigits(1),
          'delivery-time': providerTime(report.time),
        },
      },
      async (mockServer) => {
        const result = await sandboxClient(mockServer).getDeliveryReport(report.messageId, {
          method: report.method,
        })
        expect(result).toEqual({
          messageId: REPORTED_MESSAGE_ID,
          status: report.status,
          statusCode: status.status,
          final: status.final,
          turnaround: report.tat,
          turnaroundSeconds: report.turnaroundSeconds,
          networkId: '1',
          deliveredAt: new Date(report.deliveredAt),
        })
      },
    )
  })
})

describe('getDeliveryReport: no report', () => {
  it.each([
    { why: 'a message scheduled for later', state: MESSAGE_WITH_NO_REPORT, method: 'POST' },
    { why: 'a message scheduled for later', state: MESSAGE_WITH_NO_REPORT, method: 'GET' },
    { why: 'an id the account never sent', state: SANDBOX_ACCOUNT_EXISTS, method: 'POST' },
  ] as const)(
    'rejects with NoDeliveryReportError for $why ($method), as getdlr\'s "No dlr"',
    async ({ why, state, method }) => {
      const id = state === SANDBOX_ACCOUNT_EXISTS ? '999999999' : REPORTED_MESSAGE_ID
      await recordInteraction(
        pact,
        {
          state: { name: state },
          description: `a ${method} report request for ${why}`,
          endpoint: 'getdlr',
          method,
          params: reportParams(id),
          answer: NO_DLR,
        },
        async (mockServer) => {
          const error = await rejectionOf(
            sandboxClient(mockServer).getDeliveryReport(id, { method }),
          )
          expectRefusal(error, NoDeliveryReportError, {
            code: 1009,
            description: String(NO_DLR['response-description']),
          })
        },
      )
    },
  )
})

describe('getDeliveryReport: the request refused', () => {
  testRefusals({
    pact,
    cases: REFUSALS.getdlr,
    endpoint: 'getdlr',
    methods: ['POST', 'GET'],
    subject: 'report request',
    params: (credentials) => reportParams(REPORTED_MESSAGE_ID, credentials),
    call: (client, method) => client.getDeliveryReport(REPORTED_MESSAGE_ID, { method }),
  })
})
