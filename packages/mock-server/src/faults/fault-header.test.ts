import { describe, expect, it } from 'vitest'
import { directiveOf } from './fault-directive.js'
import { faultOfHeader } from './fault-header.js'

describe('faultOfHeader', () => {
  it.each<[string, unknown]>([
    [
      'code-4090',
      {
        kind: 'code',
        code: 4090,
        description: 'Internal Error. Try again after 5 minutes',
        reached: false,
      },
    ],
    ['http-503', { kind: 'http', status: 503, reached: false }],
    ['http-504;reached=true', { kind: 'http', status: 504, reached: true }],
    ['HTTP-502', { kind: 'http', status: 502, reached: false }],
    [' http-500 ', { kind: 'http', status: 500, reached: false }],
    ['latency-2000', { kind: 'latency', minMs: 2000, maxMs: 2000, reached: true }],
    ['latency-100-500', { kind: 'latency', minMs: 100, maxMs: 500, reached: true }],
    ['hang', { kind: 'hang', reached: true }],
    ['hang;reached=false', { kind: 'hang', reached: false }],
    ['reset ; reached=false', { kind: 'reset', reached: false }],
    ['reset;reached=true', { kind: 'reset', reached: true }],
    ['truncated', { kind: 'truncated', reached: true }],
    ['slow-body-2000', { kind: 'slow-body', ms: 2000, reached: true }],
  ])('reads %j', (value, expected) => {
    expect(faultOfHeader(value)).toEqual(expected)
  })

  it.each([
    '',
    'teapot',
    'http',
    'http-418',
    'http-503-504',
    'slow-body-1-2',
    'code-4090-1',
    'code-200',
    'latency',
    'latency-70000',
    'latency-9-5',
    'slow-body-0',
    'hang-5',
    'truncated;reached=false',
    'hang;reached=maybe',
    'hang;',
    'xhang',
    'hangs',
  ])('ignores %j', (value) => {
    expect(faultOfHeader(value)).toBeUndefined()
  })

  it.each([
    'code-4090',
    'http-503',
    'http-504;reached=true',
    'latency-20',
    'hang',
    'hang;reached=false',
    'reset',
    'reset;reached=false',
    'truncated',
    'slow-body-40',
  ])('reads %j back from the label of its directive', (value) => {
    const action = faultOfHeader(value)
    expect(action).toBeDefined()
    expect(directiveOf(action as never, Math.random).label).toBe(value)
  })
})

describe('directiveOf', () => {
  const range = { kind: 'latency', minMs: 100, maxMs: 200, reached: true } as const
  const msOf = (directive: unknown) => (directive as { ms: number }).ms

  it('draws a latency in its range, both ends included', () => {
    expect(directiveOf(range, () => 0)).toEqual({
      kind: 'latency',
      ms: 100,
      reached: true,
      label: 'latency-100',
    })
    expect(msOf(directiveOf(range, () => 0.999_999))).toBe(200)
    expect(msOf(directiveOf(range, () => 0.5))).toBe(150)
  })

  it('does not draw for a fixed latency', () => {
    const random = () => {
      throw new Error('drawn')
    }
    expect(msOf(directiveOf({ ...range, minMs: 7, maxMs: 7 }, random))).toBe(7)
  })
})
