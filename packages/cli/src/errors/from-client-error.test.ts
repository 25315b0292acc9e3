/** The client's errors become CLI failures; any other error is left alone, for the top-level handler to report as a bug. */
import * as client from '@sendsms/client'
import { describe, expect, it } from 'vitest'
import { failureFromClientError } from './from-client-error.js'

describe('failureFromClientError', () => {
  it('returns nothing for an error that is not one of the client', () => {
    const context = { json: false, baseUrl: 'http://127.0.0.1:4010', command: 'send' }
    expect(failureFromClientError(new TypeError('boom'), client, context)).toBeUndefined()
  })
})
