/**
 * @module
 * Consumer contract of the `sendsms bulk FILE` command (`sendbulk`, POST) with the Advanta
 * SMS API, run in-process against the Pact mock server with the file on standard input
 * (`bulk -`): a CSV file's rows become items (a client id of digits sent as a number), and
 * the `--json` document names each row's client id and position in the file.
 */
import { EXIT_CODES } from '@sendsms/cli'
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
import { CLI_CONSUMER } from '../pacts/pact-dir.js'
import {
  acceptedJsonRow,
  checkedSendDocument,
  rejectedJsonRow,
  sendResultDocument,
} from './json-rows.js'
import { testCliRefusals } from './refusal-tests.js'
import { runJson } from './run-cli-json.js'

const pact = consumerPact(CLI_CONSUMER)

const csv = (...lines: string[]) => `${['to,message,clientSmsId', ...lines].join('\n')}\n`
const withIds = <Row extends { ok: boolean }>(
  row: Row,
  clientSmsId: string | null,
  index: number | null,
) => ({
  ...row,
  clientSmsId,
  index,
})

describe('sendsms bulk --json', () => {
  it('exits 0 and prints every row with its client id and its place in the file', async () => {
    await recordInteraction(
      pact,
      {
        state: { name: SANDBOX_ACCOUNT_EXISTS },
        description: 'a bulk send of a CSV file with client ids',
        endpoint: 'sendbulk',
        method: 'POST',
        params: bulkParams([
          { clientsmsid: 1001, mobile: '254712345678', message: 'Hi Ann, your order shipped' },
          // The CLI checks each number first and sends it in its 254 form.
          { clientsmsid: 'order-1002', mobile: '254733123456', message: 'Hi Ben' },
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
          ],
        },
      },
      async (mockServer) => {
        const run = await runJson(mockServer, ['bulk', '-'], {
          stdin: csv(
            '254712345678,"Hi Ann, your order shipped",1001',
            '0733123456,Hi Ben,order-1002',
          ),
        })
        expect(run.exitCode).toBe(EXIT_CODES.ok)
        expect(run.document).toEqual(
          checkedSendDocument([
            withIds(acceptedJsonRow('254712345678', '100000001', '1'), '1001', 0),
            withIds(acceptedJsonRow('254733123456', '100000002', '2'), 'order-1002', 1),
          ]),
        )
      },
    )
  })

  it('exits 4 and prints the refused items beside the accepted one', async () => {
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
        // --no-check: every number goes as given, for the provider to refuse in its rows.
        const run = await runJson(mockServer, ['bulk', '-', '--no-check'], {
          stdin: csv('254712345678,Hi,1', '07123,Hi,2', '255712345678,Hi,3'),
        })
        expect(run.exitCode).toBe(EXIT_CODES.partialFailure)
        expect(run.document).toEqual(
          sendResultDocument([
            withIds(acceptedJsonRow('254712345678', '100000001', '1'), '1', 0),
            withIds(rejectedJsonRow('07123', 1003, 'Invalid mobile number'), '2', 1),
            withIds(rejectedJsonRow('255712345678', 1002, 'Network not allowed'), '3', 2),
          ]),
        )
      },
    )
  })

  it('exits 4 for low credit answered as a 1004 row per item', async () => {
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
        const run = await runJson(mockServer, ['bulk', '-', '--no-check'], {
          stdin: csv(`${LOW_CREDIT_NUMBER},Hi,1001`),
        })
        expect(run.exitCode).toBe(EXIT_CODES.partialFailure)
        const text = String(LOW_CREDIT_ROW['response-description'])
        expect(run.document).toEqual(
          sendResultDocument([withIds(rejectedJsonRow(LOW_CREDIT_NUMBER, 1004, text), '1001', 0)]),
        )
      },
    )
  })

  describe('the whole list refused', () => {
    testCliRefusals({
      pact,
      cases: REFUSALS.sendbulk,
      endpoint: 'sendbulk',
      methods: ['POST'],
      subject: 'bulk send',
      params: (credentials) =>
        bulkParams([{ clientsmsid: 1001, mobile: '254712345678', message: 'Hi' }], credentials),
      command: () => ['bulk', '-'],
      stdin: csv('254712345678,Hi,1001'),
    })
  })
})
