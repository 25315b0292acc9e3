/** Readable and JSON output of send results and failures. */
import type { RecipientResult, SendSmsResult } from '@sendsms/client'
import { describe, expect, it } from 'vitest'
import { formatHumanResult } from './human.js'
import { formatJsonError, formatJsonResult } from './json.js'

const accepted: RecipientResult = {
  mobile: '254712345678',
  messageId: '100000001',
  networkId: '1',
  code: 200,
  description: 'Success',
  ok: true,
}
const rejected: RecipientResult = {
  mobile: '07123',
  messageId: undefined,
  networkId: undefined,
  code: 1003,
  description: 'Invalid mobile number',
  ok: false,
}
const mixed: SendSmsResult = {
  results: [accepted, rejected],
  accepted: [accepted],
  rejected: [rejected],
  allAccepted: false,
}

describe('formatHumanResult', () => {
  it('prints one aligned line per recipient and a summary line', () => {
    expect(formatHumanResult(mixed)).toBe(
      [
        '254712345678  accepted  message 100000001',
        '07123         rejected  1003 Invalid mobile number',
        '1 accepted, 1 rejected',
        '',
      ].join('\n'),
    )
  })

  it('prints the description of an accepted row that came without a message id', () => {
    const noId: RecipientResult = { ...accepted, messageId: undefined }
    const result = { results: [noId], accepted: [noId], rejected: [], allAccepted: true }
    expect(formatHumanResult(result)).toBe(
      '254712345678  accepted  Success\n1 accepted, 0 rejected\n',
    )
  })

  it('says when accepted messages are scheduled', () => {
    expect(formatHumanResult(mixed, { scheduledFor: '2030-01-15 09:00' })).toContain(
      '1 accepted, 1 rejected (scheduled for 2030-01-15 09:00)',
    )
  })
})

describe('formatJsonResult', () => {
  it('prints one JSON document with null for absent ids', () => {
    const text = formatJsonResult(mixed)
    expect(text.endsWith('\n')).toBe(true)
    expect(text.trim().split('\n')).toHaveLength(1)
    expect(JSON.parse(text)).toEqual({
      ok: false,
      results: [{ ...accepted }, { ...rejected, messageId: null, networkId: null }],
      accepted: 1,
      rejected: 1,
    })
  })
})

describe('formatJsonError', () => {
  it('nests the details and the message under error', () => {
    const details = { kind: 'ApiError', code: 1006, description: 'Invalid credentials' }
    expect(JSON.parse(formatJsonError(details, 'refused'))).toEqual({
      ok: false,
      error: { ...details, message: 'refused' },
    })
  })
})
