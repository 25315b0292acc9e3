/**
 * @module
 * `answerJson` writes exactly what `JSON.stringify` writes, for every answer shape.
 */
import { describe, expect, it } from 'vitest'
import { answerJson } from './answer-json.js'
import { acceptedRow, refusedRow, topLevel } from './answers.js'
import { withQuirks } from './quirks.js'

describe('answerJson', () => {
  const rows = [
    acceptedRow('254712345678', 100000001, 1),
    acceptedRow('254110000000', 9_007_199_254, 4),
    refusedRow(1003, '07"12\\3'),
    refusedRow(1002, '+255712345678'),
  ]
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
    [
      'misspelled keys',
      withQuirks({ responses: rows as never }, { misspelledCodeKey: true }),
      false,
    ],
    ['string ids', withQuirks({ responses: rows as never }, { stringIds: true }), false],
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
