/**
 * @module
 * Tests that every code documented in the OpenAPI document maps to its error class
 * and that `RESPONSE_CODES` repeats the document's descriptions.
 */
import { documentedCodes } from '@sendsms/spec'
import { describe, expect, it } from 'vitest'
import {
  ApiError,
  DetailsNotFoundError,
  errorFromCode,
  InvalidCredentialsError,
  InvalidMobileNumberError,
  InvalidSenderIdError,
  LowCreditError,
  NetworkNotAllowedError,
  NoApiKeyError,
  NoDeliveryReportError,
  NoPartnerIdError,
  RESPONSE_CODES,
  SendSmsError,
  SystemError,
  TooManyContactsError,
  TooManyMessagesOnSmsListError,
  TryLaterError,
  UnsupportedDataTypeError,
  UnsupportedRequestTypeError,
} from './index.js'

const EXPECTED_CLASS: Record<number, typeof ApiError> = {
  200: ApiError,
  1001: InvalidSenderIdError,
  1002: NetworkNotAllowedError,
  1003: InvalidMobileNumberError,
  1004: LowCreditError,
  1005: SystemError,
  1006: InvalidCredentialsError,
  1007: SystemError,
  1008: NoDeliveryReportError,
  1009: UnsupportedDataTypeError,
  1010: UnsupportedRequestTypeError,
  1012: TooManyMessagesOnSmsListError,
  1104: TooManyContactsError,
  4090: TryLaterError,
  4091: NoPartnerIdError,
  4092: NoApiKeyError,
  4093: DetailsNotFoundError,
}

describe('errorFromCode', () => {
  it('has an expectation for every documented code', () => {
    expect(documentedCodes().map(({ code }) => code)).toEqual(
      Object.keys(EXPECTED_CLASS).map(Number),
    )
  })

  it.each(documentedCodes())('maps $code ($title) to its class', ({ code, description }) => {
    const error = errorFromCode(code, description)
    const expected = EXPECTED_CLASS[code] ?? ApiError
    expect(error.constructor).toBe(expected)
    expect(error).toBeInstanceOf(SendSmsError)
    expect(error.name).toBe(expected.name)
    expect(error).toMatchObject({ code, description })
    expect(error.message).toBe(`${description} (code ${code})`)
  })

  it.each(documentedCodes().filter(({ code }) => code !== 200))(
    'names the class of $code after its title $title, as the others are named',
    ({ code, title }) => {
      // 1004, 1005 and 1007 share older, shorter names.
      const older: Record<string, string> = {
        LowBulkCredits: 'LowCreditError',
        SystemError: 'SystemError',
        SystemFailure: 'SystemError',
      }
      expect(errorFromCode(code).name).toBe(older[title] ?? `${title}Error`)
    },
  )

  it('gives a plain ApiError for an undocumented code', () => {
    const error = errorFromCode(5555, 'New failure')
    expect(error.constructor).toBe(ApiError)
    expect(error.name).toBe('ApiError')
  })

  it('falls back to the documented description when none is given', () => {
    expect(errorFromCode(4092).description).toBe('No API KEY Provided')
    expect(errorFromCode(4092, '  ').description).toBe('No API KEY Provided')
    expect(errorFromCode(5555).description).toBe('Unknown error')
  })

  it('tells the caller of a 4090 to wait five minutes', () => {
    expect(errorFromCode(4090)).toMatchObject({ retryAfterSeconds: 300 })
  })
})

describe('RESPONSE_CODES', () => {
  it.each(documentedCodes())('describes $code as the spec does', ({ code, description }) => {
    expect(RESPONSE_CODES[code as keyof typeof RESPONSE_CODES]).toBe(description)
  })

  it('lists exactly the documented codes', () => {
    expect(Object.keys(RESPONSE_CODES).map(Number)).toEqual(documentedCodes().map((c) => c.code))
  })

  it('describes 200 as "Success", the text success rows carry (and the spec now says)', () => {
    expect(RESPONSE_CODES[200]).toBe('Success')
  })
})
