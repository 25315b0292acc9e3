/** The client's errors become CLI failures; any other error is left alone, for the top-level handler to report as a bug. */
import * as client from '@sendsms/client'
import { describe, expect, it } from 'vitest'
import { EXIT_CODES } from '../exit-codes.js'
import { failureFromClientError } from './from-client-error.js'

describe('failureFromClientError', () => {
  it('returns nothing for an error that is not one of the client', () => {
    const context = { json: false, baseUrl: 'http://127.0.0.1:4010', command: 'send' }
    expect(failureFromClientError(new TypeError('boom'), client, context)).toBeUndefined()
  })

  it.each([
    [true, 'check the delivery reports'],
    [false, 'Nothing was sent.'],
  ])(
    'maps a RequestAbortedError (mayHaveBeenSent %s) to exit 5 with its own kind',
    (sent, hint) => {
      const context = { json: true, baseUrl: 'http://127.0.0.1:4010', command: 'send' }
      const error = new client.RequestAbortedError('The call was aborted', {
        mayHaveBeenSent: sent,
      })
      const failure = failureFromClientError(error, client, context)
      expect(failure?.exitCode).toBe(EXIT_CODES.unreachable)
      expect(failure?.details).toEqual({
        kind: 'RequestAbortedError',
        name: 'RequestAbortedError',
        mayHaveBeenSent: sent,
      })
      expect(failure?.message).toBe('the call was aborted')
      expect(failure?.hint).toContain(hint)
    },
  )

  it('maps an IncompleteSendError to exit 6 with its first failure and the rows to print', () => {
    const row = (mobile: string, status: 'accepted' | 'not-attempted') => ({
      mobile,
      messageId: status === 'accepted' ? '100000001' : undefined,
      networkId: undefined,
      code: status === 'accepted' ? 200 : client.NO_PROVIDER_CODE,
      description: status === 'accepted' ? 'Success' : 'Not sent: the send was aborted',
      ok: status === 'accepted',
      status,
    })
    const accepted = row('254712345678', 'accepted')
    const notAttempted = row('254712345679', 'not-attempted')
    const result = {
      results: [accepted, notAttempted],
      accepted: [accepted],
      rejected: [],
      failed: [],
      notAttempted: [notAttempted],
      allAccepted: false,
      batches: 2,
    } as unknown as client.AccountedSendResult
    const cause = new client.RequestAbortedError('The call was aborted', { mayHaveBeenSent: false })
    const error = new client.IncompleteSendError(result, cause)
    const context = { json: false, baseUrl: 'http://127.0.0.1:4010', command: 'send' }

    const failure = failureFromClientError(error, client, context)
    expect(failure?.exitCode).toBe(EXIT_CODES.incomplete)
    expect(failure?.details).toEqual({
      kind: 'IncompleteSendError',
      name: 'IncompleteSendError',
      mayHaveBeenSent: true,
      cause: {
        kind: 'RequestAbortedError',
        name: 'RequestAbortedError',
        mayHaveBeenSent: false,
        message: 'the call was aborted',
      },
    })
    expect(failure?.message).toMatch(
      /^the send stopped part-way: 1 of 2 .*; first failure: the call was aborted$/,
    )
    expect(failure?.stdout?.split('\n')).toEqual([
      '254712345678  accepted       message 100000001',
      '254712345679  not attempted  Not sent: the send was aborted',
      '1 accepted, 0 rejected, 0 failed, 1 not attempted',
      '',
    ])
    const asJson = failureFromClientError(error, client, { ...context, json: true })
    expect(JSON.parse(asJson?.stdout ?? '')).toMatchObject({
      ok: false,
      accepted: 1,
      failed: 0,
      notAttempted: 1,
      results: [{ status: 'accepted' }, { status: 'not-attempted', code: 0 }],
      error: { kind: 'IncompleteSendError', cause: { kind: 'RequestAbortedError' } },
    })
  })
})
