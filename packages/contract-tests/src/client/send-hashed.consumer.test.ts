/**
 * @module
 * Consumer contract of `@sendsms/client`'s `sendHashed` (`sendotp` with `hashed: true`,
 * POST) with the Advanta SMS API, driven by the real client at the Pact mock server. The
 * recorded request carries SHA-256 hashes of the 254 form, computed here with node:crypto,
 * independently of the client, so the contract pins what leaves the caller's machine.
 */
import { createHash } from 'node:crypto'
import { SANDBOX_ACCOUNT_EXISTS, SANDBOX_ACCOUNT_HAS_NO_CREDIT } from '@sendsms/mock-server'
import { operationExamples } from '@sendsms/pact'
import { ENDPOINTS } from '@sendsms/wire'
import { describe, expect, it } from 'vitest'
import { acceptedHashedRow, LOW_CREDIT_ROW, lowCreditRow } from '../fixtures/answer-rows.js'
import { recordInteraction } from '../fixtures/interaction.js'
import { REFUSALS } from '../fixtures/refusal-cases.js'
import { sendParams } from '../fixtures/sandbox.js'
import { consumerPact } from '../pacts/consumer-pact.js'
import { CLIENT_CONSUMER } from '../pacts/pact-dir.js'
import { testRefusals } from './refusal-tests.js'
import { sandboxClient } from './sandbox-client.js'

const pact = consumerPact(CLIENT_CONSUMER)

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** The hash of 254712345678: the one the spec's hashed example shows. */
const HASH_1 = sha256('254712345678')
/** A value the caller hashed already, in upper case: sent as it is. */
const HASH_2 = sha256('254733123456').toUpperCase()

const MESSAGE = 'Payment of KES 500 received'

const accepted = (mobile: string, messageId: string) => ({
  mobile,
  messageId,
  networkId: '1',
  code: 200,
  description: 'Success',
  ok: true,
  status: 'accepted',
})

describe('sendHashed: accepted numbers', () => {
  it('hashes a number itself, sends a given hash as it is, and returns the rows by hash', async () => {
    // The spec's own example hash is the SHA-256 of 254712345678: the same rule as here.
    const rows = operationExamples(ENDPOINTS.sendotp.path, 'POST').map(({ body }) => body.mobile)
    expect(rows).toContain(HASH_1)
    await recordInteraction(
      pact,
      {
        state: { name: SANDBOX_ACCOUNT_EXISTS },
        description: 'a hashed send to a number and a hash',
        endpoint: 'sendotp',
        method: 'POST',
        params: sendParams({ message: MESSAGE, mobile: `${HASH_1},${HASH_2}`, hashed: true }),
        answer: {
          responses: [
            acceptedHashedRow(HASH_1, { messageId: '100000001', networkId: 1 }),
            acceptedHashedRow(HASH_2, { messageId: '100000002', networkId: 1 }),
          ],
        },
      },
      async (mockServer) => {
        const result = await sandboxClient(mockServer).sendHashed({
          to: ['0712 345 678', HASH_2],
          message: MESSAGE,
        })
        const rows = [accepted(HASH_1, '100000001'), accepted(HASH_2, '100000002')]
        expect(result).toEqual({ results: rows, accepted: rows, rejected: [], allAccepted: true })
      },
    )
  })
})

describe('sendHashed: low credit', () => {
  it('returns low credit as a rejected 1004 row naming the hash', async () => {
    await recordInteraction(
      pact,
      {
        state: { name: SANDBOX_ACCOUNT_HAS_NO_CREDIT },
        description: 'a hashed send from an account with no credit',
        endpoint: 'sendotp',
        method: 'POST',
        params: sendParams({ message: MESSAGE, mobile: HASH_1, hashed: true }),
        answer: { responses: [lowCreditRow(HASH_1)] },
      },
      async (mockServer) => {
        const result = await sandboxClient(mockServer).sendHashed({
          to: '254712345678',
          message: MESSAGE,
        })
        const row = {
          mobile: HASH_1,
          messageId: undefined,
          networkId: undefined,
          code: 1004,
          description: String(LOW_CREDIT_ROW['response-description']),
          ok: false,
          status: 'rejected',
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

describe('sendHashed: the whole request refused', () => {
  testRefusals({
    pact,
    cases: REFUSALS.hashed,
    endpoint: 'sendotp',
    methods: ['POST'],
    subject: 'hashed send',
    params: (credentials) =>
      sendParams({ message: MESSAGE, mobile: HASH_1, hashed: true }, credentials),
    call: (client) => client.sendHashed({ to: '254712345678', message: MESSAGE }),
  })
})
