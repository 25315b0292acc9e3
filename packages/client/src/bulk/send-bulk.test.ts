/**
 * @module
 * Unit tests of `createClient().sendBulk` with a fake fetch answering the spec's named
 * examples: the body sent, rows matched back to their items, low credit as a row, every
 * documented refusal, and the checks made before anything is sent.
 */
import { loadSpec, validateSchema } from '@sendsms/spec'
import { readCode } from '@sendsms/wire'
import { describe, expect, it } from 'vitest'
import { createClient } from '../create-client.js'
import {
  errorFromCode,
  InvalidCredentialsError,
  InvalidRequestError,
  LowCreditError,
  RequestAbortedError,
  TooManyMessagesOnSmsListError,
  UnexpectedResponseError,
} from '../errors/index.js'
import type { ClientOptions } from '../options.js'
import { fakeFetch, jsonResponse } from '../test-support/fake-fetch.js'
import { answerExample, answerExamples, requestExamples } from '../test-support/spec-examples.js'
import { MAX_BULK_ITEMS } from './check-items.js'
import { itemsById } from './read-bulk-answer.js'
import type { BulkItem } from './types.js'

const ACCOUNT = { apiKey: 'test-key', partnerId: '12345', shortcode: 'SANDBOX' }
const EXAMPLES = answerExamples('SendBulkAnswer')
const SUCCESS = answerExample('SendBulkAnswer', 'code-200-success') as { responses: Row[] }
const ITEMS: BulkItem[] = [
  { to: '254712345678', message: 'Your order 1001 has shipped', clientSmsId: 1001 },
  { to: '0733123456', message: 'Your order 1002 has shipped', clientSmsId: 1002 },
]

type Row = Record<string, unknown>

function clientWith(answer: unknown, options: ClientOptions = {}) {
  const fake = fakeFetch(() => jsonResponse(answer))
  const client = createClient({
    baseUrl: 'http://api.test',
    ...ACCOUNT,
    fetch: fake.fetch,
    ...options,
  })
  return { client, fake }
}

function numbers(count: number): BulkItem[] {
  return Array.from({ length: count }, (_, i) => ({
    to: `2547${String(i).padStart(8, '0')}`,
    message: `Message ${i}`,
  }))
}

describe('sendBulk requests', () => {
  it('posts the body of the spec example for the same items', async () => {
    const example = requestExamples('SendBulk', 'post')['two-messages'] as {
      smslist: Row[]
    }
    const [first] = example.smslist
    const { client, fake } = clientWith(SUCCESS, {
      apiKey: String(first?.apikey),
      partnerId: String(first?.partnerID),
      shortcode: String(first?.shortcode),
    })
    const items = example.smslist.map((item) => ({
      to: String(item.mobile),
      message: String(item.message),
      clientSmsId: item.clientsmsid as number,
    }))
    await client.sendBulk(items)
    const [request] = fake.requests
    expect(request?.method).toBe('POST')
    expect(request?.url).toBe('http://api.test/api/services/sendbulk')
    const body = await request?.json()
    // pass_type is ignored by the API (spec: SendBulkItem), so the client does not send it.
    const expected = {
      ...example,
      smslist: example.smslist.map(({ pass_type: _, ...item }) => item),
    }
    expect(body).toEqual(expected)
    expect(validateSchema('SendBulkRequest', body)).toEqual({ valid: true, errors: [] })
  })

  it('leaves out the clientsmsid of an item without one and keeps string ids as strings', async () => {
    const { client, fake } = clientWith(SUCCESS)
    await client.sendBulk([
      { to: '254712345678', message: 'A' },
      { to: ' 0733123456 ', message: 'B', clientSmsId: 'order-7' },
    ])
    const body = (await fake.requests[0]?.json()) as { count: number; smslist: Row[] }
    expect(body.count).toBe(2)
    expect(body.smslist).toEqual([
      {
        apikey: 'test-key',
        partnerID: '12345',
        shortcode: 'SANDBOX',
        mobile: '254712345678',
        message: 'A',
      },
      {
        apikey: 'test-key',
        partnerID: '12345',
        shortcode: 'SANDBOX',
        clientsmsid: 'order-7',
        mobile: '0733123456',
        message: 'B',
      },
    ])
  })

  it('sends a clientSmsId of 0 and matches its row by it', async () => {
    const [first] = SUCCESS.responses
    const { client, fake } = clientWith({ responses: [{ ...first, clientsmsid: 0 }] })
    const result = await client.sendBulk([{ to: '254712345678', message: 'A', clientSmsId: 0 }])
    const body = (await fake.requests[0]?.json()) as { smslist: Row[] }
    expect(body.smslist[0]?.clientsmsid).toBe(0)
    expect(result.results.map((row) => [row.clientSmsId, row.index])).toEqual([['0', 0]])
  })

  it('refuses missing credentials before sending any item', async () => {
    const { client, fake } = clientWith(SUCCESS, {
      apiKey: undefined,
      partnerId: undefined,
      env: false,
    })
    await expect(client.sendBulk(ITEMS)).rejects.toMatchObject({ field: 'apiKey' })
    expect(fake.requests).toHaveLength(0)
  })

  it('accepts exactly MAX_BULK_ITEMS items', async () => {
    expect(Number.isSafeInteger(MAX_BULK_ITEMS)).toBe(true)
    const { client, fake } = clientWith(SUCCESS)
    await client.sendBulk(numbers(MAX_BULK_ITEMS))
    expect(fake.requests).toHaveLength(1)
  })
})

describe('sendBulk answers', () => {
  it('reads the success example, each row with its item', async () => {
    const { client } = clientWith(SUCCESS)
    const result = await client.sendBulk(ITEMS)
    expect(result.allAccepted).toBe(true)
    expect(result.results).toEqual([
      {
        mobile: '254712345678',
        messageId: '100000001',
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
        messageId: '100000002',
        networkId: '2',
        code: 200,
        description: 'Success',
        ok: true,
        status: 'accepted',
        clientSmsId: '1002',
        index: 1,
      },
    ])
  })

  it('reads the one-bad-item example as a partial failure', async () => {
    const { client } = clientWith(answerExample('SendBulkAnswer', 'code-1003-one-bad-item'))
    const result = await client.sendBulk([
      { to: '254712345678', message: 'A', clientSmsId: 1 },
      { to: '07123', message: 'B', clientSmsId: 2 },
    ])
    expect(result.allAccepted).toBe(false)
    expect(result.accepted.map((row) => row.index)).toEqual([0])
    expect(result.rejected).toEqual([
      {
        mobile: '07123',
        messageId: undefined,
        networkId: undefined,
        code: 1003,
        description: 'Invalid mobile number',
        ok: false,
        status: 'rejected',
        clientSmsId: '2',
        index: 1,
      },
    ])
  })

  it('matches rows answered in another order by their clientsmsid', async () => {
    const [first, second] = SUCCESS.responses
    const { client } = clientWith({ responses: [second, first] })
    const result = await client.sendBulk(ITEMS)
    expect(result.results.map((row) => [row.clientSmsId, row.index, row.mobile])).toEqual([
      ['1002', 1, '254733123456'],
      ['1001', 0, '254712345678'],
    ])
  })

  it('matches an id echoed as a string to the integer given, and the other way round', async () => {
    const rows = SUCCESS.responses.map((row) => ({ ...row, clientsmsid: String(row.clientsmsid) }))
    const { client } = clientWith({ responses: [...rows].reverse() })
    const result = await client.sendBulk([
      { ...ITEMS[0], clientSmsId: '1001' } as BulkItem,
      ITEMS[1] as BulkItem,
    ])
    expect(result.results.map((row) => row.index)).toEqual([1, 0])
  })

  it('matches by position when items carry no id or the same id', async () => {
    const withoutIds = SUCCESS.responses.map(({ clientsmsid: _, ...row }) => row)
    const { client } = clientWith({ responses: withoutIds })
    const result = await client.sendBulk(numbers(2))
    expect(result.results.map((row) => [row.index, row.clientSmsId])).toEqual([
      [0, undefined],
      [1, undefined],
    ])
    const same = clientWith(SUCCESS).client
    const repeated = await same.sendBulk(ITEMS.map((item) => ({ ...item, clientSmsId: 1001 })))
    expect(repeated.results.map((row) => row.index)).toEqual([0, 1])
  })

  it('leaves the index of a row beyond the items unset', async () => {
    const { client } = clientWith({
      responses: [...SUCCESS.responses, { ...SUCCESS.responses[0], clientsmsid: 9 }],
    })
    const result = await client.sendBulk(ITEMS)
    expect(result.results.map((row) => row.index)).toEqual([0, 1, undefined])
  })

  it('reads low credit answered per item as rejected rows, keeping the description', async () => {
    const lowCredit = answerExample('SendSmsAnswer', 'code-1004-low-credit-row') as {
      responses: Row[]
    }
    const { client } = clientWith(lowCredit)
    const result = await client.sendBulk([{ to: '0708467001', message: 'Hi', clientSmsId: 5 }])
    expect(result.rejected).toEqual([
      {
        ...result.rejected[0],
        code: 1004,
        ok: false,
        status: 'rejected',
        mobile: '0708467001',
        description: lowCredit.responses[0]?.['response-description'],
        index: 0,
        clientSmsId: '5',
      },
    ])
  })

  it('rejects low credit answered at the top level with LowCreditError', async () => {
    const { client } = clientWith(answerExample('SendSmsAnswer', 'code-1004-low-bulk-credits'))
    await expect(client.sendBulk(ITEMS)).rejects.toBeInstanceOf(LowCreditError)
  })

  const refusals = Object.entries(EXAMPLES).filter(
    ([, answer]) => !('responses' in (answer as Row)),
  )
  it.each(refusals)('rejects the spec example %s with the class of its code', async (_, answer) => {
    const code = readCode(answer as Row) as number
    const { client } = clientWith(answer)
    const error = await client.sendBulk(ITEMS).catch((e: unknown) => e)
    expect((error as Error).constructor).toBe(errorFromCode(code).constructor)
    expect(error).toMatchObject({ code })
  })

  it('has 1006, 1010 and 1012 among those examples, 1012 with its own class', async () => {
    expect(refusals.map(([, answer]) => readCode(answer as Row))).toEqual(
      expect.arrayContaining([1006, 1010, 1012]),
    )
    const { client } = clientWith(answerExample('SendBulkAnswer', 'code-1012-too-many-messages'))
    await expect(client.sendBulk(ITEMS)).rejects.toBeInstanceOf(TooManyMessagesOnSmsListError)
  })

  it('types a refusal sent with the misspelled key and a string code', async () => {
    const { client } = clientWith({
      'respose-code': '1006',
      'response-description': 'Invalid credentials',
    })
    await expect(client.sendBulk(ITEMS)).rejects.toBeInstanceOf(InvalidCredentialsError)
  })

  const NO_CODE = 'The SMS API answered a row without a code'
  it.each([
    [
      'an empty responses list',
      { responses: [] },
      'The SMS API answered an empty responses[] list',
    ],
    ['a row without a code', { responses: [{ mobile: '254712345678' }] }, NO_CODE],
    ['a row that is not an object', { responses: ['ok'] }, NO_CODE],
    [
      'a top-level 200 without rows',
      { 'response-code': 200, 'response-description': 'Success' },
      'The SMS API answered JSON with neither responses[] nor an error code',
    ],
  ])('rejects %s as UnexpectedResponseError', async (_, answer, message) => {
    const { client } = clientWith(answer)
    const error = await client.sendBulk(ITEMS).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UnexpectedResponseError)
    expect(error).toMatchObject({ status: 200, message })
  })
})

describe('itemsById', () => {
  it('finds each item by its id as text, leaving out items without one', () => {
    const byId = itemsById([
      { clientSmsId: undefined },
      { clientSmsId: 7 },
      { clientSmsId: 'order-8' },
    ])
    expect([...byId]).toEqual([
      ['7', 1],
      ['order-8', 2],
    ])
  })

  it('leaves out an id that names two items, as a number or as text', () => {
    expect([...itemsById([{ clientSmsId: 1 }, { clientSmsId: '1' }, { clientSmsId: 2 }])]).toEqual([
      ['2', 2],
    ])
  })
})

describe('sendBulk input checks', () => {
  const BAD_ID = 'items[0].clientSmsId must be a non-blank string or a non-negative integer'
  const ONE_NUMBER = 'items[0].to must hold exactly one number'
  it.each<[string, unknown, string, string]>([
    ['no items', [], 'items', 'items must hold at least one message'],
    [
      'a list that is not an array',
      { to: '254712345678', message: 'Hi' },
      'items',
      'items must be an array of { to, message } objects',
    ],
    [
      'an item that is not an object',
      ['254712345678'],
      'items',
      'items[0] must be a { to, message } object',
    ],
    ['an item without a number', [{ to: ' ', message: 'Hi' }], 'to', ONE_NUMBER],
    [
      'an item with two numbers',
      [{ to: '254712345678,0733123456', message: 'Hi' }],
      'to',
      ONE_NUMBER,
    ],
    ['an item whose number is a number', [{ to: 254712345678, message: 'Hi' }], 'to', ONE_NUMBER],
    [
      'an item whose number is in a list',
      [{ to: ['254712345678'], message: 'Hi' }],
      'to',
      ONE_NUMBER,
    ],
    [
      'an item with a blank message',
      [{ to: '254712345678', message: ' \n' }],
      'message',
      'items[0].message must not be empty',
    ],
    [
      'an item without a message',
      [{ to: '254712345678' }],
      'message',
      'items[0].message must not be empty',
    ],
    [
      'a blank clientSmsId',
      [{ to: '254712345678', message: 'Hi', clientSmsId: ' ' }],
      'clientSmsId',
      BAD_ID,
    ],
    [
      'a negative clientSmsId',
      [{ to: '254712345678', message: 'Hi', clientSmsId: -1 }],
      'clientSmsId',
      BAD_ID,
    ],
    [
      'a fractional clientSmsId',
      [{ to: '254712345678', message: 'Hi', clientSmsId: 1.5 }],
      'clientSmsId',
      BAD_ID,
    ],
  ])('refuses %s before sending anything', async (_, items, field, message) => {
    const { client, fake } = clientWith(SUCCESS)
    const error = await client.sendBulk(items as BulkItem[]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidRequestError)
    expect((error as InvalidRequestError).field).toBe(field)
    expect((error as InvalidRequestError).message).toBe(message)
    expect(fake.requests).toHaveLength(0)
  })

  it('takes its limit from the spec (x-max-items of smslist)', () => {
    const schema = loadSpec().components.schemas.SendBulkRequest as {
      properties: { smslist: Record<string, unknown> }
    }
    expect(MAX_BULK_ITEMS).toBe(schema.properties.smslist['x-max-items'])
  })

  it('refuses more than MAX_BULK_ITEMS items before sending anything', async () => {
    expect(Number.isSafeInteger(MAX_BULK_ITEMS)).toBe(true)
    const { client, fake } = clientWith(SUCCESS)
    const error = await client.sendBulk(numbers(MAX_BULK_ITEMS + 1)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidRequestError)
    expect((error as InvalidRequestError).field).toBe('items')
    expect((error as Error).message).toContain(`at most ${MAX_BULK_ITEMS}`)
    expect(fake.requests).toHaveLength(0)
  })

  it('names the item at fault', async () => {
    const { client } = clientWith(SUCCESS)
    const items = [...ITEMS, { to: '254712345678', message: '' }]
    await expect(client.sendBulk(items)).rejects.toThrow('items[2].message must not be empty')
  })

  it('sends nothing with an aborted signal', async () => {
    const { client, fake } = clientWith(SUCCESS)
    await expect(client.sendBulk(ITEMS, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      RequestAbortedError,
    )
    expect(fake.requests).toHaveLength(0)
  })
})
