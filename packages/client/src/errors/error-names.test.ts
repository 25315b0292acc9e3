/**
 * @module
 * Tests that every error class of the client, built alone, extends `SendSmsError` and is
 * named after its class, as the README promises: `name` is what a log line or `String(error)`
 * shows.
 */
import { describe, expect, it } from 'vitest'
import {
  ConnectionError,
  InvalidCallbackError,
  InvalidRequestError,
  PartialFailureError,
  SendSmsError,
  TimeoutError,
  UnexpectedResponseError,
} from './index.js'

const ERRORS: [string, SendSmsError][] = [
  ['SendSmsError', new SendSmsError('failed')],
  ['ConnectionError', new ConnectionError('failed')],
  ['TimeoutError', new TimeoutError('failed')],
  ['InvalidRequestError', new InvalidRequestError('to', 'failed')],
  ['UnexpectedResponseError', new UnexpectedResponseError(502, 'failed')],
  ['InvalidCallbackError', new InvalidCallbackError('body', 'failed')],
  [
    'PartialFailureError',
    new PartialFailureError({ results: [], accepted: [], rejected: [], allAccepted: true }),
  ],
]

describe('the error classes', () => {
  it.each(ERRORS)('name %s after its class', (name, error) => {
    expect(error).toBeInstanceOf(SendSmsError)
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe(name)
    expect(error.constructor.name).toBe(name)
    expect(String(error)).toBe(`${name}: ${error.message}`)
  })
})
