/**
 * @module
 * Consumer contract of the CLI's list sending paths with the Advanta SMS API, run
 * in-process against the Pact mock server: a send to the numbers of a list file (checked
 * first: the refused number and the repeat never reach the wire, the others go in their 254
 * form), a CSV bulk file whose messages are templates filled per row, and a dry run, whose
 * one request asks the balance and sends nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EXIT_CODES } from '@sendsms/cli'
import { SANDBOX_ACCOUNT_EXISTS, SANDBOX_ACCOUNT_HAS_CREDIT } from '@sendsms/mock-server'
import { sameAmount, sameDigits } from '@sendsms/pact'
import { afterAll, describe, expect, it } from 'vitest'
import { acceptedBulkRow, acceptedSmsRow } from '../fixtures/answer-rows.js'
import { recordInteraction } from '../fixtures/interaction.js'
import { bulkParams, credentialParams, SANDBOX, sendParams } from '../fixtures/sandbox.js'
import { consumerPact } from '../pacts/consumer-pact.js'
import { CLI_CONSUMER } from '../pacts/pact-dir.js'
import { acceptedJsonRow, checkedSendDocument, sendResultDocument } from './json-rows.js'
import { runJson } from './run-cli-json.js'

const pact = consumerPact(CLI_CONSUMER)
const dir = mkdtempSync(join(tmpdir(), 'sendsms-lists-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('sendsms send --to @FILE --json', () => {
  it('sends the valid numbers once each, in 254 form, and reports the refused one', async () => {
    const file = join(dir, 'numbers.txt')
    writeFileSync(file, '0712345678\n+254 712 345 678\n07123\n0733123456\n')
    await recordInteraction(
      pact,
      {
        state: { name: SANDBOX_ACCOUNT_EXISTS },
        description: 'a POST send to the checked numbers of a list file',
        endpoint: 'sendsms',
        method: 'POST',
        params: sendParams({ message: 'Hello', mobile: '254712345678,254733123456' }),
        answer: {
          responses: [
            acceptedSmsRow(254712345678, { messageId: 100000001, networkId: 1 }),
            acceptedSmsRow(254733123456, { messageId: 100000002, networkId: 2 }),
          ],
        },
      },
      async (mockServer) => {
        const run = await runJson(mockServer, ['send', '--to', `@${file}`, '--message', 'Hello'])
        expect(run.exitCode).toBe(EXIT_CODES.partialFailure)
        expect(run.document).toEqual({
          ...sendResultDocument([
            acceptedJsonRow('254712345678', '100000001', '1'),
            acceptedJsonRow('254733123456', '100000002', '2'),
          ]),
          ok: false,
          refused: [{ input: '07123', reason: 'too-short', message: expect.any(String) }],
          duplicates: 1,
        })
      },
    )
  })
})

describe('sendsms bulk FILE --json with message templates', () => {
  it('fills each message from its own row', async () => {
    await recordInteraction(
      pact,
      {
        state: { name: SANDBOX_ACCOUNT_EXISTS },
        description: 'a bulk send of a CSV file whose messages are templates',
        endpoint: 'sendbulk',
        method: 'POST',
        params: bulkParams([
          { clientsmsid: 1001, mobile: '254712345678', message: 'Hello Ann, order 1001 shipped' },
        ]),
        answer: {
          responses: [
            acceptedBulkRow('254712345678', {
              messageId: '100000001',
              networkId: 1,
              clientsmsid: 1001,
            }),
          ],
        },
      },
      async (mockServer) => {
        const run = await runJson(mockServer, ['bulk', '-'], {
          stdin:
            'name,to,clientSmsId,message\nAnn,254712345678,1001,"Hello {name}, order {clientSmsId} shipped"\n',
        })
        expect(run.exitCode).toBe(EXIT_CODES.ok)
        const row = {
          ...acceptedJsonRow('254712345678', '100000001', '1'),
          clientSmsId: '1001',
          index: 0,
        }
        expect(run.document).toEqual(checkedSendDocument([row]))
      },
    )
  })
})

describe('sendsms send --dry-run --json', () => {
  it('asks only the balance, and prints the plan', async () => {
    await recordInteraction(
      pact,
      {
        state: { name: SANDBOX_ACCOUNT_HAS_CREDIT, params: { credit: 545 } },
        description: 'the balance request of a dry run',
        endpoint: 'getbalance',
        method: 'POST',
        params: credentialParams(),
        answer: {
          'response-code': 200,
          credit: sameAmount('545.00'),
          'partner-id': sameDigits(SANDBOX.partnerId),
        },
      },
      async (mockServer) => {
        const run = await runJson(mockServer, [
          'send',
          '--to',
          '0712345678,0733123456',
          '--message',
          'Hello 😀',
          '--dry-run',
        ])
        expect(run.exitCode).toBe(EXIT_CODES.ok)
        expect(run.document).toMatchObject({
          ok: true,
          dryRun: true,
          recipients: { valid: 2, refused: [], duplicates: 0 },
          message: { encoding: 'UCS-2', parts: 1 },
          requests: 1,
          creditNeeded: 2,
          balance: { credit: 545, creditText: '545.00' },
        })
      },
    )
  })
})
