/**
 * @module
 * Tests of hashing a number for a hashed send: the spec's example hash, every usual form
 * of the same number, and numbers that cannot be hashed.
 */
import { describe, expect, it } from 'vitest'
import { InvalidRequestError } from '../errors/index.js'
import { requestExamples } from '../test-support/spec-examples.js'
import { hashMsisdn, isHashedMsisdn, toMsisdn } from './hash-msisdn.js'

// The spec's example: "A hashed Safaricom number (SHA-256 of 254712345678)".
const EXAMPLE = requestExamples('SendOtp', 'post').hashed as { mobile: string }

describe('hashMsisdn', () => {
  it.each(['254712345678', '0712345678', '+254712345678', '+254 712 345 678', '0712-345-678'])(
    'hashes %j to the spec example of 254712345678',
    async (number) => {
      expect(await hashMsisdn(number)).toBe(EXAMPLE.mobile)
    },
  )

  it('writes 64 lower-case hex digits', async () => {
    expect(await hashMsisdn('0112345678')).toMatch(/^[0-9a-f]{64}$/)
    expect(await hashMsisdn('0112345678')).not.toBe(EXAMPLE.mobile)
  })

  it.each(['07123', '255712345678', '0812345678', '', 'abc', '2547123456789', '90712345678'])(
    'refuses %j, which is no Kenyan mobile number',
    async (number) => {
      const error = await hashMsisdn(number).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(InvalidRequestError)
      expect((error as InvalidRequestError).field).toBe('to')
      expect((error as InvalidRequestError).message).toBe(
        `cannot hash '${number}': not a Kenyan mobile number (2547…, 2541…, 07…, 01…, +254…)`,
      )
    },
  )

  it('refuses a value that is not a string', async () => {
    await expect(hashMsisdn(254712345678 as unknown as string)).rejects.toBeInstanceOf(
      InvalidRequestError,
    )
  })
})

describe('toMsisdn and isHashedMsisdn', () => {
  it.each([
    ['0712345678', '254712345678'],
    ['0112345678', '254112345678'],
    ['+254712345678', '254712345678'],
    ['254712345678', '254712345678'],
    ['712345678', undefined],
  ])('writes %j in the 254 form as %j', (number, msisdn) => {
    expect(toMsisdn(number)).toBe(msisdn)
  })

  it('tells a hash from a number', () => {
    expect(isHashedMsisdn(EXAMPLE.mobile)).toBe(true)
    expect(isHashedMsisdn(EXAMPLE.mobile.toUpperCase())).toBe(true)
    expect(isHashedMsisdn(EXAMPLE.mobile.slice(1))).toBe(false)
    expect(isHashedMsisdn(`${EXAMPLE.mobile}0`)).toBe(false)
    expect(isHashedMsisdn(`x${EXAMPLE.mobile}`)).toBe(false)
    expect(isHashedMsisdn('254712345678')).toBe(false)
  })
})
