/**
 * @module
 * Integration tests of `getBalance` against the real mock, in-process: the sandbox credit,
 * the credit a send uses, every refusal of the credentials, over GET and POST.
 */
import { SANDBOX_ACCOUNT } from '@sendsms/mock-server'
import { SANDBOX, SANDBOX_CREDIT } from '@sendsms/test-fixtures'
import { describe, expect, it } from 'vitest'
import {
  type ApiError,
  type ClientOptions,
  InvalidCredentialsError,
  InvalidRequestError,
  TryLaterError,
} from '../index.js'
import { clientFor, mockWith } from '../test-support/mock-client.js'

describe('getBalance against the mock', () => {
  it.each(['GET', 'POST'] as const)('reads the sandbox credit over %s', async (method) => {
    const balance = await clientFor(mockWith()).getBalance({ method })
    expect(balance).toEqual({
      credit: SANDBOX_CREDIT,
      creditText: SANDBOX_CREDIT.toFixed(2),
      partnerId: SANDBOX.partnerId,
    })
  })

  it('reads the credit a send used', async () => {
    const mock = mockWith({ accounts: [{ ...SANDBOX_ACCOUNT, credit: 545 }] })
    const client = clientFor(mock)
    await client.sendSms({ to: '0712345678,0733123456', message: 'Hi' })
    expect(await client.getBalance()).toMatchObject({ credit: 543, creditText: '543.00' })
  })

  const cases: [string, ClientOptions, new (...args: never[]) => ApiError, number][] = [
    ['an unknown apikey', { ...SANDBOX, apiKey: 'wrong-key' }, InvalidCredentialsError, 1006],
  ]
  it.each(cases)('rejects %s with its error class', async (_, options, ErrorClass, code) => {
    const error = await clientFor(mockWith(), options)
      .getBalance()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ErrorClass)
    expect((error as ApiError).code).toBe(code)
  })

  it.each<[string, ClientOptions, string]>([
    ['no partnerId', { ...SANDBOX, partnerId: undefined }, 'partnerId'],
    ['no apiKey', { ...SANDBOX, apiKey: undefined }, 'apiKey'],
  ])('refuses %s before the mock sees a request', async (_, options, field) => {
    const mock = mockWith()
    const error = await clientFor(mock, options)
      .getBalance()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidRequestError)
    expect(error).toMatchObject({ field })
    expect(mock.journal.size).toBe(0)
  })

  it('rejects an injected 4090 with TryLaterError', async () => {
    const mock = mockWith()
    mock.faults.push({ code: 4090 })
    await expect(clientFor(mock).getBalance()).rejects.toBeInstanceOf(TryLaterError)
  })

  it('reads the live-capture profile the same', async () => {
    const balance = await clientFor(mockWith({ profile: 'live-capture' })).getBalance()
    expect(balance.credit).toBe(SANDBOX_CREDIT)
  })
})
