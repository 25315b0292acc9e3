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

  it('lists five rejected rows and counts the rest', () => {
    const rows = Array.from({ length: 7 }, (_, i) => row(`07${i}`, 1003, 'Invalid mobile number'))
    expect(() => assertAllAccepted(toResult(rows))).toThrow(/7 of 7 .* and 2 more$/)
  })

  it('throws even when a hand-built result has an empty rejected list', () => {
    const bad = row('07123', 1003, 'Invalid mobile number')
    const result = { results: [bad], accepted: [], rejected: [], allAccepted: true }
    expect(() => assertAllAccepted(result)).toThrow(PartialFailureError)
  })
})
