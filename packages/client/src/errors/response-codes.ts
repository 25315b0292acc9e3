/**
 * @module
 * The provider's response codes and their exact descriptions, for users who want to
 * print or match a code without a network round trip.
 */
import type { components } from '../generated/schema.js'

/**
 * A response code documented by the API (from the OpenAPI document).
 * @example
 * const code: ResponseCode = 1006
 */
export type ResponseCode = components['schemas']['ResponseCode']

/**
 * Every documented code and the description the provider sends with it.
 * Code 200 reads `Success` because that is the text successful rows carry
 * (the code table calls it "Successful Request Call").
 * @example
 * import { RESPONSE_CODES } from '@sendsms/client'
 * RESPONSE_CODES[1006] // 'Invalid credentials'
 */
export const RESPONSE_CODES: Readonly<Record<ResponseCode, string>> = Object.freeze({
  200: 'Success',
  1001: 'Invalid sender id',
  1002: 'Network not allowed',
  1003: 'Invalid mobile number',
  1004: 'Low bulk credits',
  1005: 'Failed. System error',
  1006: 'Invalid credentials',
  1007: 'Failed. System error',
  1008: 'No Delivery Report',
  1009: 'Unsupported data type',
  1010: 'Unsupported request type',
  1012: 'Too Many messages on SMS LIST',
  1104: 'Too many comma separated contacts',
  4090: 'Internal Error. Try again after 5 minutes',
  4091: 'No Partner ID is Set',
  4092: 'No API KEY Provided',
  4093: 'Details Not Found',
})

/**
 * The description of a code, or `undefined` for a code the API does not document.
 * @example
 * describeCode(4090) // 'Internal Error. Try again after 5 minutes'
 * describeCode(9999) // undefined
 */
export function describeCode(code: number): string | undefined {
  return Object.hasOwn(RESPONSE_CODES, code) ? RESPONSE_CODES[code as ResponseCode] : undefined
}
