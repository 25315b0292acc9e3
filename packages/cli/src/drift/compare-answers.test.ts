/**
 * The comparison of two answers, field by field: each kind of difference found and named,
 * with whether the spec allows the upstream's form, and values that differ by account
 * compared by type and format only.
 */
import { describe, expect, it } from 'vitest'
import { compareAnswers, formatOf } from './compare-answers.js'
import type { Observation } from './exchange.js'

const answer = (
  json: unknown,
  more: Partial<Observation & { answered: true }> = {},
): Observation => ({
  answered: true,
  status: 200,
  contentType: 'application/json',
  json,
  isJson: true,
  bytes: String(JSON.stringify(json)).length,
  ...more,
})
const ERROR_1006 = { 'response-code': 1006, 'response-description': 'Invalid credentials' }
const BALANCE = { 'response-code': 200, credit: '545.00', 'partner-id': '12345' }

describe('compareAnswers', () => {
  it('finds nothing between equal answers, nor between values of other accounts', () => {
    expect(
      compareAnswers(answer(ERROR_1006), answer({ ...ERROR_1006 }), { endpoint: 'sendsms' }),
    ).toEqual([])
    const other = { 'response-code': 200, credit: '1.50', 'partner-id': '777' }
    expect(compareAnswers(answer(BALANCE), answer(other), { endpoint: 'getbalance' })).toEqual([])
  })

  it.each<[string, unknown, unknown, string | undefined, object[]]>([
    [
      'the code key spelled respose-code, allowed',
      ERROR_1006,
      { ...renamed(ERROR_1006) },
      'sendsms',
      [
        {
          path: 'body.response-code',
          kind: 'code-key',
          mock: 'response-code',
          upstream: 'respose-code',
          allowedBySpec: true,
        },
      ],
    ],
    [
      'a code as a string',
      ERROR_1006,
      { ...ERROR_1006, 'response-code': '1006' },
      'sendsms',
      [
        {
          path: 'body.response-code',
          kind: 'type',
          mock: 'integer',
          upstream: 'string',
          allowedBySpec: false,
        },
      ],
    ],
    [
      'another code',
      ERROR_1006,
      { ...ERROR_1006, 'response-code': 1001 },
      'sendsms',
      [
        {
          path: 'body.response-code',
          kind: 'code',
          mock: 1006,
          upstream: 1001,
          allowedBySpec: false,
        },
      ],
    ],
    [
      'a code that is no code',
      ERROR_1006,
      { ...ERROR_1006, 'response-code': 'x' },
      'sendsms',
      [
        {
          path: 'body.response-code',
          kind: 'type',
          mock: 'integer',
          upstream: 'string',
          allowedBySpec: false,
        },
        {
          path: 'body.response-code',
          kind: 'code',
          mock: 1006,
          upstream: 'string',
          allowedBySpec: false,
        },
      ],
    ],
    [
      "getdlr's other no-report answer, allowed",
      { 'response-code': 1009, 'response-description': 'No dlr' },
      { 'response-code': 1008, 'response-description': 'No Delivery Report' },
      'getdlr',
      [
        {
          path: 'body.response-code',
          kind: 'code',
          mock: 1009,
          upstream: 1008,
          allowedBySpec: true,
        },
        {
          path: 'body.response-description',
          kind: 'description',
          mock: 'No dlr',
          upstream: 'No Delivery Report',
          allowedBySpec: true,
        },
      ],
    ],
    [
      'the same codes elsewhere, not allowed',
      { 'response-code': 1009, 'response-description': 'No dlr' },
      { 'response-code': 1008, 'response-description': 'No Delivery Report' },
      'sendsms',
      [
        {
          path: 'body.response-code',
          kind: 'code',
          mock: 1009,
          upstream: 1008,
          allowedBySpec: false,
        },
        {
          path: 'body.response-description',
          kind: 'description',
          mock: 'No dlr',
          upstream: 'No Delivery Report',
          allowedBySpec: true,
        },
      ],
    ],
    [
      'a description in lower case',
      ERROR_1006,
      { ...ERROR_1006, 'response-description': 'invalid credentials' },
      'sendsms',
      [
        {
          path: 'body.response-description',
          kind: 'description',
          mock: 'Invalid credentials',
          upstream: 'invalid credentials',
          allowedBySpec: false,
        },
      ],
    ],
    [
      "the spec's description where the mock has its own",
      { 'response-code': 1009, 'response-description': 'No dlr' },
      { 'response-code': 1009, 'response-description': 'Unsupported data type' },
      'getdlr',
      [
        {
          path: 'body.response-description',
          kind: 'description',
          mock: 'No dlr',
          upstream: 'Unsupported data type',
          allowedBySpec: true,
        },
      ],
    ],
    [
      'a description without a code',
      { 'response-description': 'A' },
      { 'response-description': 'B' },
      'sendsms',
      [
        {
          path: 'body.response-description',
          kind: 'description',
          mock: 'A',
          upstream: 'B',
          allowedBySpec: false,
        },
      ],
    ],
    [
      'the credit as a number, allowed',
      BALANCE,
      { ...BALANCE, credit: 545 },
      'getbalance',
      [
        {
          path: 'body.credit',
          kind: 'type',
          mock: 'string',
          upstream: 'integer',
          allowedBySpec: true,
        },
      ],
    ],
    [
      'the credit as a fraction, allowed',
      BALANCE,
      { ...BALANCE, credit: 5.5 },
      'getbalance',
      [
        {
          path: 'body.credit',
          kind: 'type',
          mock: 'string',
          upstream: 'number',
          allowedBySpec: true,
        },
      ],
    ],
    [
      'the partner id as an integer, allowed',
      BALANCE,
      { ...BALANCE, 'partner-id': 12345 },
      'getbalance',
      [
        {
          path: 'body.partner-id',
          kind: 'type',
          mock: 'string',
          upstream: 'integer',
          allowedBySpec: true,
        },
      ],
    ],
    [
      'the credit as a boolean',
      BALANCE,
      { ...BALANCE, credit: true },
      'getbalance',
      [
        {
          path: 'body.credit',
          kind: 'type',
          mock: 'string',
          upstream: 'boolean',
          allowedBySpec: false,
        },
      ],
    ],
    [
      "a type of another endpoint's field",
      BALANCE,
      { ...BALANCE, credit: 545 },
      'getdlr',
      [
        {
          path: 'body.credit',
          kind: 'type',
          mock: 'string',
          upstream: 'integer',
          allowedBySpec: false,
        },
      ],
    ],
    [
      'the credit without decimals',
      BALANCE,
      { ...BALANCE, credit: '545' },
      'getbalance',
      [
        {
          path: 'body.credit',
          kind: 'format',
          mock: 'decimal',
          upstream: 'digits',
          allowedBySpec: false,
        },
      ],
    ],
    [
      'a missing field',
      BALANCE,
      { 'response-code': 200, credit: '545.00' },
      'getbalance',
      [
        {
          path: 'body.partner-id',
          kind: 'missing',
          mock: 'string',
          upstream: null,
          allowedBySpec: false,
        },
      ],
    ],
    [
      'an extra field',
      ERROR_1006,
      { ...ERROR_1006, hint: 'x' },
      'sendsms',
      [{ path: 'body.hint', kind: 'extra', mock: null, upstream: 'string', allowedBySpec: false }],
    ],
    [
      'no code at all',
      ERROR_1006,
      { 'response-description': 'Invalid credentials' },
      'sendsms',
      [
        {
          path: 'body.response-code',
          kind: 'missing',
          mock: 'integer',
          upstream: null,
          allowedBySpec: false,
        },
      ],
    ],
    [
      'a code only upstream',
      { 'response-description': 'A' },
      { 'respose-code': 200, 'response-description': 'A' },
      'sendsms',
      [
        {
          path: 'body.respose-code',
          kind: 'extra',
          mock: null,
          upstream: 'integer',
          allowedBySpec: false,
        },
      ],
    ],
    [
      'rows: one more, and a string id in a row, allowed',
      { responses: [{ 'response-code': 200, 'response-description': 'Success', messageid: 1 }] },
      {
        responses: [
          { 'response-code': 200, 'response-description': 'Success', messageid: '1' },
          {},
        ],
      },
      'sendsms',
      [
        { path: 'body.responses', kind: 'rows', mock: 1, upstream: 2, allowedBySpec: false },
        {
          path: 'body.responses[0].messageid',
          kind: 'type',
          mock: 'integer',
          upstream: 'string',
          allowedBySpec: true,
        },
      ],
    ],
    [
      'an array for an object',
      ERROR_1006,
      [ERROR_1006],
      'sendsms',
      [{ path: 'body', kind: 'type', mock: 'object', upstream: 'array', allowedBySpec: false }],
    ],
    [
      'null for a string',
      BALANCE,
      { ...BALANCE, credit: null },
      'getbalance',
      [
        {
          path: 'body.credit',
          kind: 'type',
          mock: 'string',
          upstream: 'null',
          allowedBySpec: false,
        },
      ],
    ],
  ])('reports %s', (_, mock, upstream, endpoint, expected) => {
    const context = { endpoint: endpoint as 'sendsms' }
    expect(compareAnswers(answer(mock), answer(upstream), context)).toEqual(expected)
  })

  it('reports the status, the content type and a body that is not JSON', () => {
    const html = answer(undefined, {
      status: 404,
      contentType: 'text/html',
      isJson: false,
      bytes: 9,
    })
    expect(compareAnswers(answer(ERROR_1006), html, { endpoint: 'sendsms' })).toEqual([
      { path: 'status', kind: 'status', mock: 200, upstream: 404, allowedBySpec: false },
      {
        path: 'content-type',
        kind: 'content-type',
        mock: 'application/json',
        upstream: 'text/html',
        allowedBySpec: false,
      },
      {
        path: 'body',
        kind: 'body',
        mock: 'JSON',
        upstream: 'not JSON (9 bytes)',
        allowedBySpec: false,
      },
    ])
    const untyped = answer(ERROR_1006, { contentType: undefined })
    expect(compareAnswers(answer(ERROR_1006), untyped, { endpoint: 'sendsms' })).toEqual([
      {
        path: 'content-type',
        kind: 'content-type',
        mock: 'application/json',
        upstream: null,
        allowedBySpec: false,
      },
    ])
    const texts = [
      html,
      answer(undefined, { status: 404, contentType: 'text/html', isJson: false, bytes: 3 }),
    ]
    expect(
      compareAnswers(texts[0] as Observation, texts[1] as Observation, { endpoint: undefined }),
    ).toEqual([])
  })

  it('reports an answer on one side only, and nothing when neither answered', () => {
    const none: Observation = { answered: false, error: 'connection failed (ECONNRESET)' }
    expect(compareAnswers(answer(ERROR_1006), none, { endpoint: 'sendsms' })).toEqual([
      {
        path: 'answer',
        kind: 'answer',
        mock: 'HTTP 200',
        upstream: 'connection failed (ECONNRESET)',
        allowedBySpec: false,
      },
    ])
    expect(compareAnswers(none, answer(ERROR_1006), { endpoint: 'sendsms' })).toEqual([
      {
        path: 'answer',
        kind: 'answer',
        mock: 'connection failed (ECONNRESET)',
        upstream: 'HTTP 200',
        allowedBySpec: false,
      },
    ])
    expect(compareAnswers(none, none, { endpoint: 'sendsms' })).toEqual([])
  })
})

describe('formatOf', () => {
  it.each([
    ['', 'empty'],
    ['12345', 'digits'],
    ['545.00', 'decimal'],
    ['2030-01-01 09:00:20', 'date and time'],
    ['2030-01-01 09:00', 'date and time'],
    ['2030-01-01T09:00:20Z', 'text'],
    ['00:02:30', 'duration'],
    ['6s', 'text'],
    ['12a', 'text'],
    ['.5', 'text'],
  ])('names the format of %j: %s', (text, format) => {
    expect(formatOf(text)).toBe(format)
  })
})

function renamed(body: Record<string, unknown>): Record<string, unknown> {
  const { 'response-code': code, ...rest } = body
  return { 'respose-code': code, ...rest }
}
