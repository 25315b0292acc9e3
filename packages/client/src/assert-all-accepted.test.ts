/**
 * @module
 * Tests of `assertAllAccepted` and the `PartialFailureError` it throws.
 */
import { describe, expect, it } from 'vitest'
import { assertAllAccepted } from './assert-all-accepted.js'
import { PartialFailureError, SendSmsError } from './errors/index.js'
import { toResult } from './send-sms/read-answer.js'
import type { RecipientResult } from './send-sms/types.js'

function row(mobile: string, code: number, description: string): RecipientResult {
  const ok = code === 200
  return {
    mobile,
    messageId: ok ? '1' : undefined,
    networkId: ok ? '1' : undefined,
    code,
    description,
    ok,
  }
}

describe('assertAllAccepted', () => {
  it('returns when every recipient was accepted', () => {
    expect(() => assertAllAccepted(toResult([row('254712345678', 200, 'Success')]))).not.toThrow()
  })

  it('throws a PartialFailureError listing the rejected rows', () => {
    const result = toResult([
      row('254712345678', 200, 'Success'),
      row('07123', 1003, 'Invalid mobile number'),
    ])
    let thrown: unknown
    try {
      assertAllAccepted(result)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(PartialFailureError)
    expect(thrown).toBeInstanceOf(SendSmsError)
    const error = thrown as PartialFailureError
    expect(error.name).toBe('PartialFailureError')
    expect(error.result).toBe(result)
    expect(error.rejected.map((r) => r.mobile)).toEqual(['07123'])
    expect(error.message).toBe('1 of 2 recipients rejected: 07123 1003 Invalid mobile number')
  })

  it.each([
    [
      'every rejected row, each with its code and description',
      [
        row('07123', 1003, 'Invalid mobile number'),
        row('255712345678', 1002, 'Network not allowed'),
      ],
      '2 of 2 recipients rejected: 07123 1003 Invalid mobile number; 255712345678 1002 Network not allowed',
    ],
    [
      'five rejected rows, and no more',
      Array.from({ length: 5 }, (_, i) => row(`07${i}`, 1003, 'Invalid')),
      '5 of 5 recipients rejected: 070 1003 Invalid; 071 1003 Invalid; 072 1003 Invalid; ' +
        '073 1003 Invalid; 074 1003 Invalid',
    ],
    [
      'five rejected rows and a count of the rest',
      Array.from({ length: 7 }, (_, i) => row(`07${i}`, 1003, 'Invalid')),
      '7 of 7 recipients rejected: 070 1003 Invalid; 071 1003 Invalid; 072 1003 Invalid; ' +
        '073 1003 Invalid; 074 1003 Invalid, and 2 more',
    ],
    [
      'a row without a number',
      [row('', 1003, 'Invalid mobile number')],
      '1 of 1 recipients rejected: (no number) 1003 Invalid mobile number',
    ],
  ])('says in its message %s', (_, rows, message) => {
    expect(() => assertAllAccepted(toResult(rows))).toThrow(expect.objectContaining({ message }))
  })

  it('throws even when a hand-built result has an empty rejected list', () => {
    const bad = row('07123', 1003, 'Invalid mobile number')
    const result = { results: [bad], accepted: [], rejected: [], allAccepted: true }
    expect(() => assertAllAccepted(result)).toThrow(PartialFailureError)
  })
})
