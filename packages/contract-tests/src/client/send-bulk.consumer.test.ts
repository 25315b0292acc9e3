/**
 * @module
 * Consumer contract of `@sendsms/client`'s `sendBulk` (`sendbulk`, POST only) with the
 * Advanta SMS API, driven by the real client at the Pact mock server: every item carries the
 * sender's credentials, `clientsmsid` goes as given (a number or a string, or not at all),
 * and each row is matched back to its item.
 */

import { SANDBOX_ACCOUNT_EXISTS, SANDBOX_ACCOUNT_HAS_NO_CREDIT } from '@sendsms/mock-server'
import { describe, expect, it } from 'vitest'
import {
  acceptedBulkRow,
  LOW_CREDIT_NUMBER,
  LOW_CREDIT_ROW,
  lowCreditRow,
  rejectedRow,
} from '../fixtures/answer-rows.js'
import { recordInteraction } from '../fixtures/interaction.js'
import { REFUSALS } from '../fixtures/refusal-cases.js'
import { bulkParams } from '../fixtures/sandbox.js'
import { consumerPact } from '../pacts/consumer-pact.js'
import { CLIENT_CONSUMER } from '../pacts/pact-dir.js'
import { testRefusals } from './refusal-tests.js'
import { sandboxClient } from './sandbox-client.js'

const pact = consumerPact(CLIENT_CONSUMER)

const rejected = (mobile: string, code: number, description: string) => ({
  messageId: undefined,
  networkId: undefined,
  code,
  description,
  ok: false,
  status: 'rejected',
  mobile,
})

describe('sendBulk: accepted items', () => {
  it('sends each item with its own message and client id, and matches every row to its item', async () => {
    await recordInteraction(
      pact,
      {
        state: { name: SANDBOX_ACCOUNT_EXISTS },
        description: 'a bulk send of three messages, two with client ids',
        endpoint: 'sendbulk',
        method: 'POST',
        params: bulkParams([
          { clientsmsid: 1001, mobile: '254712345678', message: 'Your order 1001 has shipped' },
          {
            clientsmsid: 'order-1002',
            mobile: '0733123456',
            message: 'Your order 1002 has shipped',
          },
          { mobile: '0770123456', message: 'Thank you' },
        ]),
        answer: {
          responses: [
            acceptedBulkRow('254712345678', {
              messageId: '100000001',
              networkId: 1,
              clientsmsid: 1001,
            }),
            acceptedBulkRow('254733123456', {
              messageId: '100000002',
              networkId: 2,
              clientsmsid: 'order-1002',
            }),
            acceptedBulkRow('254770123456', { messageId: '100000003', networkId: 3 }),
          ],
        },
      },
      async (mockServer) => {
        const result = await sandboxClient(mockServer).sendBulk([
          { to: '254712345678', message: 'Your order 1001 has shipped', clientSmsId: 1001 },
          { to: '0733123456', message: 'Your order 1002 has shipped', clientSmsId: 'order-1002' },
          { to: '0770123456', message: 'Thank you' },
        ])
        const row = (mobile: string, messageId: string, networkId: string) => ({
          mobile,
          messageId,
          networkId,
          code: 200,
          description: 'Success',
          ok: true,
          status: 'accepted',
        })
        const rows = [
          { ...row('254712345678', '100000001', '1'), clientSmsId: '1001', index: 0 },
          { ...row('254733123456', '100000002', '2'), clientSmsId: 'order-1002', index: 1 },
          { ...row('254770123456', '100000003', '3'), clientSmsId: undefined, index: 2 },
        ]
        expect(result).toEqual({ results: rows, accepted: rows, rejected: [], allAccepted: true })
      },
    )
  })
})

describe('sendBulk: some items refused', () => {
  it('returns the refused items as rejected rows with their client ids', async () => {
    await recordInteraction(
      pact,
      {
        state: { name: SANDBOX_ACCOUNT_EXISTS },
        description: 'a bulk send of a valid, an invalid and a foreign number',
        endpoint: 'sendbulk',
        method: 'POST',
        params: bulkParams([
          { clientsmsid: 1, mobile: '254712345678', message: 'Hi' },
          { clientsmsid: 2, mobile: '07123', message: 'Hi' },
          { clientsmsid: 3, mobile: '255712345678', message: 'Hi' },
        ]),
        answer: {
          responses: [
            acceptedBulkRow('254712345678', {
              messageId: '100000001',
              networkId: 1,
              clientsmsid: 1,
            }),
            rejectedRow(1003, '07123', 2),
            rejectedRow(1002, '255712345678', 3),
          ],
        },
      },
      async (mockServer) => {
        const result = await sandboxClient(mockServer).sendBulk([
          { to: '254712345678', message: 'Hi', clientSmsId: 1 },
          { to: '07123', message: 'Hi', clientSmsId: 2 },
          { to: '255712345678', message: 'Hi', clientSmsId: 3 },
        ])
        const refused = [
          { ...rejected('07123', 1003, 'Invalid mobile number'), clientSmsId: '2', index: 1 },
          { ...rejected('255712345678', 1002, 'Network not allowed'), clientSmsId: '3', index: 2 },
        ]
        expect(result.rejected).toEqual(refused)
        expect(result.accepted).toEqual([
          expect.objectContaining({ mobile: '254712345678', ok: true, clientSmsId: '1', index: 0 }),
        ])
        expect(result.allAccepted).toBe(false)
      },
    )
  })

  it('returns low credit as a rejected 1004 row per item, with its client id', async () => {
    await recordInteraction(
      pact,
      {
        state: { name: SANDBOX_ACCOUNT_HAS_NO_CREDIT },
        description: 'a bulk send from an account with no credit',
        endpoint: 'sendbulk',
        method: 'POST',
        params: bulkParams([{ clientsmsid: 1001, mobile: LOW_CREDIT_NUMBER, message: 'Hi' }]),
        answer: { responses: [lowCreditRow(LOW_CREDIT_NUMBER, 1001)] },
      },
      async (mockServer) => {
        const result = await sandboxClient(mockServer).sendBulk([
          { to: LOW_CREDIT_NUMBER, message: 'Hi', clientSmsId: 1001 },
        ])
        const row = {
          ...rejected(LOW_CREDIT_NUMBER, 1004, String(LOW_CREDIT_ROW['response-description'])),
          clientSmsId: '1001',
          index: 0,
        }
        expect(result).toEqual({
          results: [row],
          accepted: [],
          rejected: [row],
          allAccepted: false,
        })
      },
    )
  })
})

describe('sendBulk: the whole list refused', () => {
  testRefusals({
    pact,
    cases: REFUSALS.sendbulk,
    endpoint: 'sendbulk',
    methods: ['POST'],
    subject: 'bulk send',
    params: (credentials) =>
      bulkParams([{ clientsmsid: 1001, mobile: '254712345678', message: 'Hi' }], credentials),
    call: (client) => client.sendBulk([{ to: '254712345678', message: 'Hi', clientSmsId: 1001 }]),
  })
})
