/**
 * @module
 * `answerJson` writes exactly what `JSON.stringify` writes, for every answer shape.
 */
import { describe, expect, it } from 'vitest'
import { answerJson } from './answer-json.js'
import { acceptedRow, refusedRow, topLevel } from './answers.js'
import { activeProfile, type ProfileChoice } from './profiles/active-profile.js'
import { applyProfile } from './profiles/apply-profile.js'

describe('answerJson', () => {
  const rows = [
    acceptedRow('254712345678', 100000001, 1),
    acceptedRow('254110000000', 9_007_199_254, 4),
    refusedRow(1003, '07"12\\3'),
    refusedRow(1002, '+255712345678'),
  ]
  const bulkRows = [
    { ...acceptedRow('254712345678', 100000001, 1), mobile: '254712345678', messageid: '1' },
    {
      'response-code': 200,
      'response-description': 'Success',
      mobile: '254733123456',
      messageid: '100000002',
      clientsmsid: 'A-7',
      networkid: 2,
    },
    { ...refusedRow(1003, '07123'), clientsmsid: 2 },
    { ...refusedRow(4093, ''), clientsmsid: -1 },
  ]
  const profiled = (
    choice: ProfileChoice,
    answer: unknown,
    endpoint: 'sendsms' | 'sendbulk' = 'sendsms',
  ) => applyProfile(activeProfile(choice), endpoint, answer as never)
  it.each([
    ['one accepted row', { responses: [rows[0]] }, true],
    ['mixed rows', { responses: rows }, true],
    ['a top-level error', topLevel(1006), true],
    ['a fault with its own description', topLevel(4090, 'Busy "now"'), true],
    ['an empty list', { responses: [] }, true],
    [
      'a balance-like answer',
      { 'response-code': 200, credit: '545.00', 'partner-id': '12345' },
      true,
    ],
    [
      'a row with string ids',
      { responses: [{ ...rows[0], messageid: '7', networkid: '1' }] },
      true,
    ],
    ['sendbulk rows, with and without clientsmsid', { responses: bulkRows }, true],
    [
      'a low-credit row',
      {
        responses: [
          {
            'response-code': 1004,
            'response-description':
              'Low credit units to send message, Current balance 0.00, Required 1',
            mobile: '0708467001',
          },
        ],
      },
      true,
    ],
    ['misspelled keys', profiled('live-capture', { responses: rows }), false],
    ['strict-go rows', profiled('strict-go', { responses: rows }), true],
    [
      'string ids',
      profiled(
        {
          types: {
            'sendsms.messageid': 'string',
            'sendsms.mobile': 'string',
            'sendsms.networkid': 'string',
          },
        },
        { responses: rows },
      ),
      true,
    ],
    [
      'sendbulk rows retyped',
      profiled(
        { types: { 'sendbulk.clientsmsid': 'string', 'sendbulk.messageid': 'integer' } },
        { responses: bulkRows },
        'sendbulk',
      ),
      true,
    ],
  ])('writes %s as JSON.stringify does', (_, answer, plain) => {
    expect(answerJson(answer as never, plain)).toBe(JSON.stringify(answer))
  })

  it('writes 1000 generated rows as JSON.stringify does', () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      acceptedRow(`2547${String(i * 7919).padStart(8, '0')}`, 100_000_001 + i, (i % 4) + 1),
    )
    const answer = { responses: many }
    expect(answerJson(answer, true)).toBe(JSON.stringify(answer))
  })
})
