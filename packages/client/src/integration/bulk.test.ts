/**
 * @module
 * Integration tests of `sendBulk` against the real mock, in-process: items journalled with
 * their `clientsmsid`, rows matched to items, a bad item beside good ones, low credit, the
 * refusals of the first item's credentials and the mock's limit of items.
 */
import { SANDBOX_ACCOUNT } from '@sendsms/mock-server'
import { SANDBOX } from '@sendsms/test-fixtures'
import { describe, expect, it } from 'vitest'
import {
  type ApiError,
  type BulkItem,
  type ClientOptions,
  InvalidCredentialsError,
  InvalidRequestError,
  InvalidSenderIdError,
  LowCreditError,
  MAX_BULK_ITEMS,
  TooManyMessagesOnSmsListError,
} from '../index.js'
import { clientFor, mockWith } from '../test-support/mock-client.js'

const ITEMS: BulkItem[] = [
  { to: '0712345678', message: 'Order 1001 shipped', clientSmsId: 1001 },
  { to: '254733123456', message: 'Order 1002 shipped', clientSmsId: 'order-1002' },
]

describe('sendBulk against the mock', () => {
  it('sends each item its own message and matches each row to its item', async () => {
    const mock = mockWith()
    const result = await clientFor(mock).sendBulk(ITEMS)
    const journal = mock.journal.list()
    expect(result.allAccepted).toBe(true)
    expect(result.results).toEqual([
      {
        mobile: '254712345678',
        messageId: String(journal[0]?.messageId),
        networkId: '1',
        code: 200,
        description: 'Success',
        ok: true,
        status: 'accepted',
        clientSmsId: '1001',
        index: 0,
      },
      {
        mobile: '254733123456',
        messageId: String(journal[1]?.messageId),
        networkId: '2',
        code: 200,
        description: 'Success',
        ok: true,
        status: 'accepted',
        clientSmsId: 'order-1002',
        index: 1,
      },
    ])
    expect(journal.map((entry) => [entry.endpoint, entry.message, entry.clientsmsid])).toEqual([
      ['sendbulk', 'Order 1001 shipped', 1001],
      ['sendbulk', 'Order 1002 shipped', 'order-1002'],
    ])
  })

  it('matches items without ids by position', async () => {
    const result = await clientFor(mockWith()).sendBulk([
      { to: '0712345678', message: 'A' },
      { to: '0733123456', message: 'B' },
    ])
    expect(result.results.map((row) => [row.index, row.mobile])).toEqual([
      [0, '254712345678'],
      [1, '254733123456'],
    ])
  })

  it('reports a bad number as a rejected row beside the accepted one', async () => {
    const mock = mockWith()
    const result = await clientFor(mock).sendBulk([
      ITEMS[0] as BulkItem,
      { to: '07123', message: 'Nobody', clientSmsId: 2 },
    ])
    expect(result.accepted.map((row) => row.index)).toEqual([0])
    expect(result.rejected.map((row) => [row.index, row.code, row.clientSmsId])).toEqual([
      [1, 1003, '2'],
    ])
    expect(mock.journal.size).toBe(1)
  })

  it('reads low credit per item as rejected rows, or at the top level as LowCreditError', async () => {
    const broke = [{ ...SANDBOX_ACCOUNT, credit: 0 }]
    const rows = await clientFor(mockWith({ accounts: broke })).sendBulk(ITEMS)
    expect(rows.rejected.map((row) => [row.code, row.index])).toEqual([
      [1004, 0],
      [1004, 1],
    ])
    const topLevel = mockWith({
      accounts: broke,
      profile: { base: 'docs', lowCredit: 'top-level' },
    })
    await expect(clientFor(topLevel).sendBulk(ITEMS)).rejects.toBeInstanceOf(LowCreditError)
  })

  const cases: [string, ClientOptions, new (...args: never[]) => ApiError, number][] = [
    ['an unknown apikey', { ...SANDBOX, apiKey: 'wrong-key' }, InvalidCredentialsError, 1006],
    ['an unassigned shortcode', { ...SANDBOX, shortcode: 'NOTMINE' }, InvalidSenderIdError, 1001],
  ]
  it.each(cases)('rejects %s with its error class', async (_, options, ErrorClass, code) => {
    const mock = mockWith()
    const error = await clientFor(mock, options)
      .sendBulk(ITEMS)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ErrorClass)
    expect((error as ApiError).code).toBe(code)
    expect(mock.journal.size).toBe(0)
  })

  it.each<[string, ClientOptions, string]>([
    ['no partnerId', { ...SANDBOX, partnerId: undefined }, 'partnerId'],
    ['no apiKey', { ...SANDBOX, apiKey: undefined }, 'apiKey'],
    ['no shortcode', { ...SANDBOX, shortcode: undefined }, 'shortcode'],
  ])('refuses %s before the mock sees a request', async (_, options, field) => {
    const mock = mockWith()
    const error = await clientFor(mock, options)
      .sendBulk(ITEMS)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidRequestError)
    expect(error).toMatchObject({ field })
    expect(mock.journal.size).toBe(0)
  })

  it('refuses more than MAX_BULK_ITEMS items before the mock sees them', async () => {
    expect(Number.isSafeInteger(MAX_BULK_ITEMS)).toBe(true)
    const mock = mockWith()
    const items = Array.from({ length: MAX_BULK_ITEMS + 1 }, () => ITEMS[0] as BulkItem)
    await expect(clientFor(mock).sendBulk(items)).rejects.toBeInstanceOf(InvalidRequestError)
    expect(mock.journal.size).toBe(0)
  })

  it('rejects the mock refusing too many items (an injected 1012) with its class', async () => {
    const mock = mockWith()
    mock.faults.push({ code: 1012 })
    await expect(clientFor(mock).sendBulk(ITEMS)).rejects.toBeInstanceOf(
      TooManyMessagesOnSmsListError,
    )
  })

  it('reads the live-capture profile the same', async () => {
    const plain = await clientFor(mockWith()).sendBulk(ITEMS)
    const quirky = await clientFor(mockWith({ profile: 'live-capture' })).sendBulk(ITEMS)
    expect(quirky).toEqual(plain)
  })
})
