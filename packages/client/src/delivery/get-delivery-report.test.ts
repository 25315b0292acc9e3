/**
 * @module
 * Unit tests of `createClient().getDeliveryReport` with a fake fetch answering the spec's
 * named examples: the request sent, every status of the spec, "no report" under both of its
 * codes, the other refusals, type drift and refused ids.
 */
import { validateSchema } from '@sendsms/spec'
import { readCode } from '@sendsms/wire'
import { describe, expect, it } from 'vitest'
import { createClient } from '../create-client.js'
import {
  ApiError,
  errorFromCode,
  InvalidRequestError,
  NoDeliveryReportError,
  RequestAbortedError,
  UnexpectedResponseError,
  UnsupportedDataTypeError,
} from '../errors/index.js'
import { fakeFetch, jsonResponse } from '../test-support/fake-fetch.js'
import { answerExample, answerExamples } from '../test-support/spec-examples.js'
import { DELIVERY_STATUSES } from './delivery-statuses.js'

const ACCOUNT = { apiKey: 'test-key', partnerId: '12345', shortcode: 'SANDBOX' }
const EXAMPLES = answerExamples('DeliveryReportAnswer')
const DELIVERED = answerExample('DeliveryReportAnswer', 'code-200-delivered') as Record<
  string,
  unknown
>

function clientWith(answer: unknown) {
  const fake = fakeFetch(() => jsonResponse(answer))
  const client = createClient({ baseUrl: 'http://api.test', ...ACCOUNT, fetch: fake.fetch })
  return { client, fake }
}

describe('getDeliveryReport', () => {
  it('posts the credentials and messageID to getdlr, as the spec describes the body', async () => {
    const { client, fake } = clientWith(DELIVERED)
    await client.getDeliveryReport('100000001')
    const [request] = fake.requests
    expect(request?.url).toBe('http://api.test/api/services/getdlr')
    const body = await request?.json()
    expect(body).toEqual({ apikey: 'test-key', partnerID: '12345', messageID: '100000001' })
    expect(validateSchema('GetDlrRequest', body)).toEqual({ valid: true, errors: [] })
  })

  it('sends an integer id as its digits, over GET as a query string', async () => {
    const { client, fake } = clientWith(DELIVERED)
    await client.getDeliveryReport(100000001, { method: 'GET' })
    expect(fake.requests[0]?.url).toBe(
      'http://api.test/api/services/getdlr?apikey=test-key&partnerID=12345&messageID=100000001',
    )
  })

  it.each<[string | number, string]>([
    [0, '0'],
    [' 100000001 ', '100000001'],
  ])('asks for the id %j as %j', async (messageId, sent) => {
    const { client, fake } = clientWith({ ...DELIVERED, 'message-id': undefined })
    const report = await client.getDeliveryReport(messageId)
    expect(await fake.requests[0]?.json()).toMatchObject({ messageID: sent })
    expect(report.messageId).toBe(sent)
  })

  it('reads the delivered example of the spec into a typed report', async () => {
    const { client } = clientWith(DELIVERED)
    expect(await client.getDeliveryReport('100000001')).toEqual({
      messageId: '100000001',
      status: 'DeliveredToTerminal',
      statusCode: 32,
      final: true,
      turnaround: '00:02:30',
      turnaroundSeconds: 150,
      networkId: '1',
      // "2024-11-01 11:15:32" is East Africa Time (UTC+3).
      deliveredAt: new Date('2024-11-01T08:15:32Z'),
    })
  })

  it.each(DELIVERY_STATUSES)(
    'reads $description as status $status, final $final',
    async ({ description, status, final }) => {
      const { client } = clientWith({
        ...DELIVERED,
        'delivery-status': status,
        'delivery-description': description,
      })
      expect(await client.getDeliveryReport('100000001')).toMatchObject({
        status: description,
        statusCode: status,
        final,
      })
    },
  )

  it('knows every status of the spec', () => {
    expect(DELIVERY_STATUSES.map((s) => s.description)).toContain('SenderName Blacklisted')
    expect(DELIVERY_STATUSES.filter((s) => !s.final).map((s) => s.description)).toEqual([
      'Scheduled',
      'SentToNetwork',
    ])
  })

  it.each([
    [
      'ids and numbers as strings',
      { 'message-id': 100000001, 'delivery-status': '32', 'delivery-networkid': '1' },
    ],
    ['the misspelled code key', { 'response-code': undefined, 'respose-code': 200 }],
    ['a lower-case description', { 'delivery-description': 'deliveredtoterminal' }],
    ['only the status number', { 'delivery-description': undefined }],
    [
      'only the status number, as digits',
      { 'delivery-description': undefined, 'delivery-status': ' 32 ' },
    ],
    [
      'only a description, with blanks around it',
      { 'delivery-description': ' deliveredtoterminal ', 'delivery-status': undefined },
    ],
    ['no code at all', { 'response-code': undefined }],
  ])('reads a report with %s', async (_, change) => {
    const { client } = clientWith({ ...DELIVERED, ...change })
    expect(await client.getDeliveryReport('100000001')).toMatchObject({
      messageId: '100000001',
      status: 'DeliveredToTerminal',
      statusCode: 32,
      networkId: '1',
    })
  })

  it.each(['32a', 'a32', '3 2', '+32', 32.5, true])(
    'reads no status from the number %j',
    async (status) => {
      const { client } = clientWith({
        ...DELIVERED,
        'delivery-status': status,
        'delivery-description': undefined,
      })
      const error = await client.getDeliveryReport('1').catch((e: unknown) => e)
      expect(error).toBeInstanceOf(UnexpectedResponseError)
      expect((error as Error).message).toBe(
        'The SMS API answered a delivery report without a status this client knows',
      )
    },
  )

  it.each(['32a', 'a32'])(
    "keeps the spec's number beside a description when the number %j is not one",
    async (status) => {
      const { client } = clientWith({ ...DELIVERED, 'delivery-status': status })
      expect(await client.getDeliveryReport('1')).toMatchObject({
        status: 'DeliveredToTerminal',
        statusCode: 32,
      })
    },
  )

  it('takes the description over a number that disagrees, and keeps the number sent', async () => {
    const { client } = clientWith({
      ...DELIVERED,
      'delivery-status': 99,
      'delivery-description': 'SentToNetwork',
    })
    expect(await client.getDeliveryReport('1')).toMatchObject({
      status: 'SentToNetwork',
      statusCode: 99,
      final: false,
    })
  })

  it.each([
    [
      'a turnaround in seconds',
      { 'delivery-tat': '6s' },
      { turnaround: '6s', turnaroundSeconds: 6 },
    ],
    [
      'no turnaround',
      { 'delivery-tat': undefined },
      { turnaround: undefined, turnaroundSeconds: undefined },
    ],
    [
      'an unreadable turnaround',
      { 'delivery-tat': 'soon' },
      { turnaround: 'soon', turnaroundSeconds: undefined },
    ],
    ['no time', { 'delivery-time': undefined }, { deliveredAt: undefined }],
    ['an unreadable time', { 'delivery-time': 'yesterday' }, { deliveredAt: undefined }],
    ['no message-id, so the one asked for', { 'message-id': undefined }, { messageId: '42' }],
    ['the message-id answered', { 'message-id': '100000042' }, { messageId: '100000042' }],
  ])('reads %s', async (_, change, expected) => {
    const { client } = clientWith({ ...DELIVERED, ...change })
    expect(await client.getDeliveryReport('42')).toMatchObject(expected)
  })

  it.each(['code-1008-no-delivery-report', 'code-1009-no-dlr'])(
    'rejects the spec example %s with NoDeliveryReportError',
    async (name) => {
      const answer = EXAMPLES[name] as Record<string, unknown>
      const { client } = clientWith(answer)
      const error = await client.getDeliveryReport('100000001').catch((e: unknown) => e)
      expect(error).toBeInstanceOf(NoDeliveryReportError)
      expect(error).toBeInstanceOf(ApiError)
      expect(error).toMatchObject({
        code: readCode(answer),
        description: answer['response-description'],
      })
    },
  )

  it('keeps 1009 with its own description an UnsupportedDataTypeError', async () => {
    const { client } = clientWith({
      'response-code': 1009,
      'response-description': 'Unsupported data type',
    })
    const error = await client.getDeliveryReport('1').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UnsupportedDataTypeError)
    expect(error).not.toBeInstanceOf(NoDeliveryReportError)
  })

  it('reads "no report" under the misspelled key and in another case', async () => {
    const { client } = clientWith({ 'respose-code': '1009', 'response-description': 'no DLR' })
    await expect(client.getDeliveryReport('1')).rejects.toBeInstanceOf(NoDeliveryReportError)
  })

  const refusals = Object.entries(EXAMPLES).filter(
    ([name]) => !name.startsWith('code-200') && !/no-d/.test(name),
  )
  it.each(refusals)('rejects the spec example %s with the class of its code', async (_, answer) => {
    const code = readCode(answer as Record<string, unknown>) as number
    const { client } = clientWith(answer)
    const error = await client.getDeliveryReport('1').catch((e: unknown) => e)
    expect((error as Error).constructor).toBe(errorFromCode(code).constructor)
    expect(error).toMatchObject({ code })
  })

  it('has the credentials refusal among those examples', () => {
    expect(refusals.map(([name]) => name)).toContain('code-1006-invalid-credentials')
  })

  it.each([
    ['no status at all', { 'delivery-status': undefined, 'delivery-description': undefined }],
    [
      'a status of no known name or number',
      { 'delivery-status': 77, 'delivery-description': 'Lost' },
    ],
  ])('rejects a report with %s as UnexpectedResponseError', async (_, change) => {
    const { client } = clientWith({ ...DELIVERED, ...change })
    await expect(client.getDeliveryReport('1')).rejects.toBeInstanceOf(UnexpectedResponseError)
  })

  it.each([
    ['an empty id', ''],
    ['a blank id', '  '],
    ['a negative id', -1],
    ['a fractional id', 1.5],
    ['NaN', Number.NaN],
    ['null', null as unknown as string],
  ])('refuses %s before sending anything', async (_, messageId) => {
    const { client, fake } = clientWith(DELIVERED)
    const error = await client.getDeliveryReport(messageId).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidRequestError)
    expect((error as InvalidRequestError).field).toBe('messageId')
    expect((error as InvalidRequestError).message).toBe(
      'messageId must be the id a send answered: a non-empty string or a non-negative integer',
    )
    expect(fake.requests).toHaveLength(0)
  })

  it('sends nothing with an aborted signal', async () => {
    const { client, fake } = clientWith(DELIVERED)
    await expect(
      client.getDeliveryReport('1', { signal: AbortSignal.abort() }),
    ).rejects.toBeInstanceOf(RequestAbortedError)
    expect(fake.requests).toHaveLength(0)
  })
})
