/**
 * @module
 * Integration tests of `sendOtp` and `sendHashed` against the real mock, in-process: string
 * message ids read as the journal's, numbers hashed as the mock expects them, rejected
 * rows and refusals.
 */
import { SANDBOX } from '@sendsms/test-fixtures'
import { describe, expect, it } from 'vitest'
import { hashMsisdn, InvalidCredentialsError, InvalidSenderIdError } from '../index.js'
import { clientFor, mockWith } from '../test-support/mock-client.js'

describe('sendOtp against the mock', () => {
  it.each(['GET', 'POST'] as const)(
    'sends an OTP over %s with its journalled id',
    async (method) => {
      const mock = mockWith()
      const result = await clientFor(mock).sendOtp({
        to: '0712345678',
        message: 'Your code is 4821',
        method,
      })
      const [entry] = mock.journal.list()
      expect(result.results).toEqual([
        {
          mobile: '254712345678',
          messageId: String(entry?.messageId),
          networkId: '1',
          code: 200,
          description: 'Success',
          ok: true,
          status: 'accepted',
        },
      ])
      expect(entry).toMatchObject({ endpoint: 'sendotp', method, message: 'Your code is 4821' })
    },
  )

  it('reports an invalid number as a rejected row', async () => {
    const result = await clientFor(mockWith()).sendOtp({ to: '0712345678,07123', message: 'Code' })
    expect(result.rejected.map((row) => [row.mobile, row.code])).toEqual([['07123', 1003]])
  })

  it('rejects an unknown key and an unassigned shortcode with their classes', async () => {
    const mock = mockWith()
    const send = { to: '0712345678', message: 'Code' }
    await expect(
      clientFor(mock, { ...SANDBOX, apiKey: 'wrong-key' }).sendOtp(send),
    ).rejects.toBeInstanceOf(InvalidCredentialsError)
    await expect(
      clientFor(mock, { ...SANDBOX, shortcode: 'NOTMINE' }).sendOtp(send),
    ).rejects.toBeInstanceOf(InvalidSenderIdError)
  })
})

describe('sendHashed against the mock', () => {
  it('sends to a number hashed by the client, journalled by its hash', async () => {
    const mock = mockWith()
    const hash = await hashMsisdn('0712345678')
    const result = await clientFor(mock).sendHashed({ to: '+254 712 345 678', message: 'Paid' })
    expect(result.accepted.map((row) => [row.mobile, row.code])).toEqual([[hash, 200]])
    const [entry] = mock.journal.list()
    expect(entry).toMatchObject({ endpoint: 'sendotp', hash, message: 'Paid' })
    expect(String(result.accepted[0]?.messageId)).toBe(String(entry?.messageId))
  })

  it('sends values already hashed as they are, beside numbers it hashes', async () => {
    const mock = mockWith()
    const given = await hashMsisdn('0722000000')
    const result = await clientFor(mock).sendHashed({ to: [given, '0712345678'], message: 'Paid' })
    expect(result.accepted.map((row) => row.mobile)).toEqual([
      given,
      await hashMsisdn('0712345678'),
    ])
    expect(mock.journal.size).toBe(2)
  })

  it('rejects an unknown key with its class', async () => {
    const error = await clientFor(mockWith(), { ...SANDBOX, apiKey: 'wrong-key' })
      .sendHashed({ to: '0712345678', message: 'Paid' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidCredentialsError)
  })
})
