/**
 * @module
 * Unit tests of `createClient().getBalance` with a fake fetch answering the spec's named
 * examples: the request sent, the credit read whatever its type, every documented refusal,
 * and aborts.
 */
import { validateSchema } from '@sendsms/spec'
import { readCode } from '@sendsms/wire'
import { describe, expect, it } from 'vitest'
import { createClient } from '../create-client.js'
import {
  ApiError,
  errorFromCode,
  InvalidCredentialsError,
  InvalidRequestError,
  NoApiKeyError,
  RequestAbortedError,
  UnexpectedResponseError,
} from '../errors/index.js'
import type { ClientOptions } from '../options.js'
import { fakeFetch, hangingFetch, jsonResponse } from '../test-support/fake-fetch.js'
import { answerExample, answerExamples } from '../test-support/spec-examples.js'

const ACCOUNT = { apiKey: 'test-key', partnerId: '12345', shortcode: 'SANDBOX' }
const EXAMPLES = answerExamples('BalanceAnswer')
const BALANCE = answerExample('BalanceAnswer', 'code-200-balance') as Record<string, unknown>

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

describe('getBalance', () => {
  it('posts only the credentials to getbalance, as the spec describes the body', async () => {
    const { client, fake } = clientWith(BALANCE)
    await client.getBalance()
    const [request] = fake.requests
    expect(request?.method).toBe('POST')
    expect(request?.url).toBe('http://api.test/api/services/getbalance')
    const body = await request?.json()
    expect(body).toEqual({ apikey: 'test-key', partnerID: '12345' })
    expect(validateSchema('GetBalanceRequest', body)).toEqual({ valid: true, errors: [] })
  })

  it('sends the credentials as a query string over GET', async () => {
    const { client, fake } = clientWith(BALANCE)
    await client.getBalance({ method: 'GET' })
    expect(fake.requests[0]?.url).toBe(
      'http://api.test/api/services/getbalance?apikey=test-key&partnerID=12345',
    )
  })

  it('reads the credit of the spec example as a number and keeps its text', async () => {
    const { client } = clientWith(BALANCE)
    expect(await client.getBalance()).toEqual({
      credit: 545,
      creditText: '545.00',
      partnerId: '12345',
    })
  })

  it.each([
    ['a JSON number', { credit: 545.5 }, { credit: 545.5, creditText: '545.50' }],
    ['a whole JSON number', { credit: 12 }, { credit: 12, creditText: '12.00' }],
    ['a string with blanks', { credit: ' 7.25 ' }, { credit: 7.25, creditText: '7.25' }],
    ['grouped thousands', { credit: '1,234.50' }, { credit: 1234.5, creditText: '1,234.50' }],
    ['tens of thousands', { credit: '12,345.50' }, { credit: 12345.5, creditText: '12,345.50' }],
    ['millions', { credit: '1,234,567.00' }, { credit: 1234567, creditText: '1,234,567.00' }],
    ['a string without decimals', { credit: '545' }, { credit: 545, creditText: '545' }],
    ['a negative credit', { credit: '-3.00' }, { credit: -3, creditText: '-3.00' }],
  ])('reads a credit given as %s', async (_, change, expected) => {
    const { client } = clientWith({ ...BALANCE, ...change })
    expect(await client.getBalance()).toMatchObject(expected)
  })

  it.each([
    ['an integer partner-id', { 'partner-id': 12345 }, '12345'],
    ['no partner-id, so the one sent', { 'partner-id': undefined }, '12345'],
    ['a partner-id other than the one sent', { 'partner-id': '67890' }, '67890'],
  ])('reads %s', async (_, change, partnerId) => {
    const { client } = clientWith({ ...BALANCE, ...change })
    expect((await client.getBalance()).partnerId).toBe(partnerId)
  })

  it('reads a balance answered with the misspelled code key or a string code', async () => {
    const { 'response-code': code, ...rest } = BALANCE
    for (const answer of [
      { ...rest, 'respose-code': code },
      { ...rest, 'response-code': '200' },
    ]) {
      const { client } = clientWith(answer)
      expect((await client.getBalance()).credit).toBe(545)
    }
  })

  const refusals = Object.entries(EXAMPLES).filter(([name]) => !name.startsWith('code-200'))
  it.each(refusals)('rejects the spec example %s with the class of its code', async (_, answer) => {
    const code = readCode(answer as Record<string, unknown>) as number
    const { client } = clientWith(answer)
    const error = await client.getBalance().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as Error).constructor).toBe(errorFromCode(code).constructor)
    expect(error).toMatchObject({ code })
  })

  it('lists an error example for every code the spec documents for the endpoint', () => {
    expect(refusals.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'code-1006-invalid-credentials',
        'code-4091-no-partner-id',
        'code-4092-no-api-key',
      ]),
    )
  })

  it('types a refusal sent with the misspelled key', async () => {
    const { client } = clientWith({
      'respose-code': 1006,
      'response-description': 'Invalid credentials',
    })
    await expect(client.getBalance()).rejects.toBeInstanceOf(InvalidCredentialsError)
  })

  it('rejects a 4092 answer with NoApiKeyError, should a server send one', async () => {
    const { client } = clientWith(answerExample('BalanceAnswer', 'code-4092-no-api-key'))
    await expect(client.getBalance()).rejects.toBeInstanceOf(NoApiKeyError)
  })

  const NOT_A_NUMBER = 'The SMS API answered a credit that is not a number'
  it.each([
    [
      'no credit',
      { 'response-code': 200, 'partner-id': '12345' },
      'The SMS API answered a balance without a credit',
    ],
    ['a credit that is not a number', { ...BALANCE, credit: 'lots' }, NOT_A_NUMBER],
    ['a credit that is an object', { ...BALANCE, credit: { amount: 5 } }, NOT_A_NUMBER],
    ['an infinite credit', { ...BALANCE, credit: '1e400' }, NOT_A_NUMBER],
    ['a null credit', { ...BALANCE, credit: null }, NOT_A_NUMBER],
  ])('rejects an answer with %s as UnexpectedResponseError', async (_, answer, message) => {
    const { client } = clientWith(answer)
    const error = await client.getBalance().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UnexpectedResponseError)
    expect(error).toMatchObject({ status: 200, message })
  })

  it('refuses a method other than GET or POST before sending anything', async () => {
    const { client, fake } = clientWith(BALANCE)
    const error = await client.getBalance({ method: 'PUT' as 'GET' }).catch((e: unknown) => e)
    expect(error).toMatchObject({ name: 'InvalidRequestError', field: 'method' })
    expect(error).toBeInstanceOf(InvalidRequestError)
    expect(fake.requests).toHaveLength(0)
  })

  it('sends nothing with an aborted signal and rejects when aborted on the way', async () => {
    const { client, fake } = clientWith(BALANCE)
    await expect(client.getBalance({ signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'RequestAbortedError',
      mayHaveBeenSent: false,
    })
    expect(fake.requests).toHaveLength(0)
    const hanging = hangingFetch()
    const controller = new AbortController()
    const asking = createClient({
      baseUrl: 'http://api.test',
      ...ACCOUNT,
      fetch: hanging.fetch,
    }).getBalance({ signal: controller.signal })
    controller.abort()
    await expect(asking).rejects.toBeInstanceOf(RequestAbortedError)
  })
})
