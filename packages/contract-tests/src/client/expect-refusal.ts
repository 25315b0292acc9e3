/**
 * @module
 * What every refusal must become in the client: the promised error class (an `ApiError`),
 * the provider's code and description, and no API key anywhere in what the error shows.
 */
import { ApiError } from '@sendsms/client'
import { expect } from 'vitest'
import type { ApiErrorClass } from '../fixtures/error-classes.js'
import { exposedText } from '../fixtures/exposed-text.js'
import { WRONG_API_KEY } from '../fixtures/refusal-cases.js'
import { SANDBOX } from '../fixtures/sandbox.js'

/**
 * What `promise` rejected with; fails the test when it resolved.
 * @example
 * const error = await rejectionOf(client.getBalance())
 */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`Expected a rejection, got ${JSON.stringify(value)}`)
    },
    (error: unknown) => error,
  )
}

/**
 * Asserts that `error` is the refusal the provider answered.
 * @example
 * expectRefusal(error, InvalidCredentialsError, { code: 1006, description: 'Invalid credentials' })
 */
export function expectRefusal(
  error: unknown,
  errorClass: ApiErrorClass,
  answer: { code: number; description: string },
): void {
  expect(error).toBeInstanceOf(errorClass)
  expect(error).toBeInstanceOf(ApiError)
  expect(error).toMatchObject({ code: answer.code, description: answer.description })
  for (const key of [SANDBOX.apiKey, WRONG_API_KEY]) {
    expect(exposedText(error)).not.toContain(key)
  }
}
