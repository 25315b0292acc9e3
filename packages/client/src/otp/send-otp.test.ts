/**
 * @module
 * Unit tests of `createClient().sendOtp` and `sendHashed` with a fake fetch answering the
 * spec's named examples: the requests sent (the hashed one with `hashed: true` and hashes in
 * `mobile`), string message ids, every documented refusal and the checks before sending.
 */
import { validateSchema } from '@sendsms/spec'
import { readCode } from '@sendsms/wire'
import { describe, expect, it } from 'vitest'
import { createClient } from '../create-client.js'
import {
  errorFromCode,
  InvalidCredentialsError,
  InvalidRequestError,
  LowCreditError,
  RequestAbortedError,
} from '../errors/index.js'
import { fakeFetch, jsonResponse } from '../test-support/fake-fetch.js'
import { answerExample, answerExamples, requestExamples } from '../test-support/spec-examples.js'
import { hashMsisdn } from './hash-msisdn.js'

const ACCOUNT = { apiKey: 'test-key', partnerId: '12345', shortcode: 'SANDBOX' }
const EXAMPLES = answerExamples('SendOtpAnswer')
const OTP = answerExample('SendOtpAnswer', 'code-200-otp')
const HASHED = answerExample('SendOtpAnswer', 'code-200-hashed')
const HASH = (requestExamples('SendOtp', 'post').hashed as { mobile: string }).mobile

function clientWith(answer: unknown) {
  const fake = fakeFetch(() => jsonResponse(answer))
  const client = createClient({ baseUrl: 'http://api.test', ...ACCOUNT, fetch: fake.fetch })
  return { client, fake }
}

describe('sendOtp', () => {
  it('posts the send parameters to sendotp, as the spec describes the body', async () => {
    const { client, fake } = clientWith(OTP)
    await client.sendOtp({ to: '254712345678', message: 'Your code is 4821' })
    const [request] = fake.requests
    expect(request?.url).toBe('http://api.test/api/services/sendotp')
    const body = await request?.json()
    expect(body).toEqual({
      apikey: 'test-key',
      partnerID: '12345',
      shortcode: 'SANDBOX',
      message: 'Your code is 4821',
      mobile: '254712345678',
    })
    expect(validateSchema('SendOtpRequest', body)).toEqual({ valid: true, errors: [] })
  })

  it('sends a query string over GET', async () => {
    const { client, fake } = clientWith(OTP)
    await client.sendOtp({ to: '0712345678', message: 'Code 1', method: 'GET' })
    expect(fake.requests[0]?.url).toBe(
      'http://api.test/api/services/sendotp?apikey=test-key&partnerID=12345&shortcode=SANDBOX' +
        '&message=Code%201&mobile=0712345678',
    )
  })

  it('reads the string messageid of the spec example as the same id as an integer', async () => {
    const { client } = clientWith(OTP)
    expect(await client.sendOtp({ to: '254712345678', message: 'Code' })).toEqual({
      results: [
        {
          mobile: '254712345678',
          messageId: '100000001',
          networkId: '1',
          code: 200,
          description: 'Success',
          ok: true,
          status: 'accepted',
        },
      ],
      accepted: [expect.objectContaining({ messageId: '100000001' })],
      rejected: [],
      allAccepted: true,
    })
  })

  it('reads low credit as a rejected row, and a top-level 1004 as LowCreditError', async () => {
    const row = answerExample('SendSmsAnswer', 'code-1004-low-credit-row')
    const result = await clientWith(row).client.sendOtp({ to: '0708467001', message: 'Code' })
    expect(result.rejected.map((r) => [r.code, r.mobile])).toEqual([[1004, '0708467001']])
    const topLevel = answerExample('SendSmsAnswer', 'code-1004-low-bulk-credits')
    await expect(
      clientWith(topLevel).client.sendOtp({ to: '0708467001', message: 'Code' }),
    ).rejects.toBeInstanceOf(LowCreditError)
  })

  const refusals = Object.entries(EXAMPLES).filter(
    ([, answer]) => !('responses' in (answer as object)),
  )
  it.each(refusals)('rejects the spec example %s with the class of its code', async (_, answer) => {
    const code = readCode(answer as Record<string, unknown>) as number
    const error = await clientWith(answer)
      .client.sendOtp({ to: '254712345678', message: 'Code' })
      .catch((e: unknown) => e)
    expect((error as Error).constructor).toBe(errorFromCode(code).constructor)
  })

  it('types a refusal sent with the misspelled key', async () => {
    const { client } = clientWith({
      'respose-code': 1006,
      'response-description': 'Invalid credentials',
    })
    await expect(client.sendOtp({ to: '254712345678', message: 'Code' })).rejects.toBeInstanceOf(
      InvalidCredentialsError,
    )
  })

  it.each<[string, Record<string, unknown>, string]>([
    ['an empty message', { message: '' }, 'message'],
    ['no numbers', { to: ' , ' }, 'to'],
    ['an unknown method', { method: 'PUT' }, 'method'],
  ])('refuses %s before sending anything', async (_, change, field) => {
    const { client, fake } = clientWith(OTP)
    const request = { to: '254712345678', message: 'Code', ...change } as never
    const error = await client.sendOtp(request).catch((e: unknown) => e)
    expect((error as InvalidRequestError).field).toBe(field)
    expect(error).toBeInstanceOf(InvalidRequestError)
    expect(fake.requests).toHaveLength(0)
  })

  it('sends nothing with an aborted signal', async () => {
    const { client, fake } = clientWith(OTP)
    await expect(
      client.sendOtp({ to: '254712345678', message: 'Code', signal: AbortSignal.abort() }),
    ).rejects.toBeInstanceOf(RequestAbortedError)
    expect(fake.requests).toHaveLength(0)
  })
})

describe('sendHashed', () => {
  it('posts the hashes of the numbers with hashed: true, as the spec example does', async () => {
    const { client, fake } = clientWith(HASHED)
    await client.sendHashed({ to: '0712345678', message: 'Your code is 4821' })
    const body = await fake.requests[0]?.json()
    const { apikey: _, ...example } = requestExamples('SendOtp', 'post').hashed as Record<
      string,
      unknown
    >
    expect(body).toEqual({ ...example, apikey: 'test-key' })
    expect(validateSchema('SendOtpRequest', body)).toEqual({ valid: true, errors: [] })
    expect(fake.requests[0]?.url).toBe('http://api.test/api/services/sendotp')
    expect(fake.requests[0]?.method).toBe('POST')
  })

  it('sends a value already hashed as it is, beside numbers it hashes', async () => {
    const { client, fake } = clientWith(HASHED)
    const upper = HASH.toUpperCase()
    await client.sendHashed({ to: [upper, '0733123456, 0112345678'], message: 'Hi' })
    const body = (await fake.requests[0]?.json()) as { mobile: string }
    expect(body.mobile.split(',')).toEqual([
      upper,
      await hashMsisdn('0733123456'),
      await hashMsisdn('0112345678'),
    ])
    expect(JSON.stringify(body)).not.toContain('733123456')
  })

  it('reads the hashed example: the row carries the hash as mobile', async () => {
    const { client } = clientWith(HASHED)
    const result = await client.sendHashed({ to: '0712345678', message: 'Hi' })
    expect(result.accepted).toEqual([
      {
        mobile: HASH,
        messageId: '100000002',
        networkId: '1',
        code: 200,
        description: 'Success',
        ok: true,
        status: 'accepted',
      },
    ])
  })

  it('reads the not-a-hash example as a rejected row', async () => {
    const { client } = clientWith(answerExample('SendOtpAnswer', 'code-1003-not-a-hash'))
    const result = await client.sendHashed({ to: HASH, message: 'Hi' })
    expect(result.rejected.map((row) => row.code)).toEqual([1003])
  })

  it.each<[string, Record<string, unknown>, string]>([
    ['a number that is not Kenyan', { to: '255712345678' }, 'to'],
    ['a hash one digit short', { to: HASH.slice(1) }, 'to'],
    ['no numbers', { to: [] }, 'to'],
    ['a blank message', { message: ' ' }, 'message'],
  ])('refuses %s before sending anything', async (_, change, field) => {
    const { client, fake } = clientWith(HASHED)
    const request = { to: '0712345678', message: 'Hi', ...change } as never
    const error = await client.sendHashed(request).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidRequestError)
    expect((error as InvalidRequestError).field).toBe(field)
    expect(fake.requests).toHaveLength(0)
  })

  it('rejects a refusal with its class', async () => {
    const { client } = clientWith(answerExample('SendOtpAnswer', 'code-1006-invalid-credentials'))
    await expect(client.sendHashed({ to: HASH, message: 'Hi' })).rejects.toBeInstanceOf(
      InvalidCredentialsError,
    )
  })
})
