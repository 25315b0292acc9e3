import { describe, expect, it } from 'vitest'
import { checkFault, type FaultInput, MAX_FAULT_DELAY_MS } from './fault-spec.js'

describe('checkFault', () => {
  it.each<[string, FaultInput, unknown]>([
    [
      'a code, as before transport faults',
      { code: 4090, count: 2 },
      {
        action: {
          kind: 'code',
          code: 4090,
          description: 'Internal Error. Try again after 5 minutes',
          reached: false,
        },
        count: 2,
        endpoint: undefined,
        probability: undefined,
        seed: 1,
      },
    ],
    [
      'a code with its own description',
      { kind: 'code', code: 4999, description: 'Odd' },
      expect.objectContaining({
        action: { kind: 'code', code: 4999, description: 'Odd', reached: false },
      }),
    ],
    [
      'a fixed latency',
      { kind: 'latency', ms: 0 },
      expect.objectContaining({ action: { kind: 'latency', minMs: 0, maxMs: 0, reached: true } }),
    ],
    [
      'a latency range',
      { kind: 'latency', minMs: 5, maxMs: MAX_FAULT_DELAY_MS },
      expect.objectContaining({
        action: { kind: 'latency', minMs: 5, maxMs: 60_000, reached: true },
      }),
    ],
    [
      'a hang, reaching the rules by default',
      { kind: 'hang' },
      expect.objectContaining({ action: { kind: 'hang', reached: true }, count: 1 }),
    ],
    [
      'a hang before the rules',
      { kind: 'hang', reached: false },
      expect.objectContaining({ action: { kind: 'hang', reached: false } }),
    ],
    [
      'a proxy 503, not reaching the rules by default',
      { kind: 'http', status: 503 },
      expect.objectContaining({ action: { kind: 'http', status: 503, reached: false } }),
    ],
    [
      'a 504 after the rules',
      { kind: 'http', status: 504, reached: true },
      expect.objectContaining({ action: { kind: 'http', status: 504, reached: true } }),
    ],
    [
      'a reset, reaching the rules by default',
      { kind: 'reset' },
      expect.objectContaining({ action: { kind: 'reset', reached: true } }),
    ],
    [
      'a cut answer',
      { kind: 'truncated' },
      expect.objectContaining({ action: { kind: 'truncated', reached: true } }),
    ],
    [
      'a slow body',
      { kind: 'slow-body', ms: 1 },
      expect.objectContaining({ action: { kind: 'slow-body', ms: 1, reached: true } }),
    ],
    [
      'a probability without a count: no limit, seed 1',
      { kind: 'reset', probability: 0.5 },
      expect.objectContaining({ count: undefined, probability: 0.5, seed: 1 }),
    ],
    [
      'a probability with a count and a seed',
      { kind: 'reset', probability: 1, count: 3, seed: 4_294_967_295 },
      expect.objectContaining({ count: 3, probability: 1, seed: 4_294_967_295 }),
    ],
    [
      'a probability of 0 and seed 0',
      { kind: 'reset', probability: 0, seed: 0 },
      expect.objectContaining({ probability: 0, seed: 0 }),
    ],
    [
      'an endpoint',
      { kind: 'hang', endpoint: 'getdlr' },
      expect.objectContaining({ endpoint: 'getdlr' }),
    ],
  ])('reads %s', (_name, input, expected) => {
    expect(checkFault(input)).toEqual(expected)
  })

  it.each<[string, unknown, string]>([
    ['not an object', 'hang', 'a fault must be an object such as {"kind":"hang"} or {"code":4090}'],
    ['null', null, 'a fault must be an object'],
    ['an array', [], 'a fault must be an object'],
    [
      'an unknown kind',
      { kind: 'teapot' },
      'fault kind must be one of code, latency, hang, http, reset, truncated, slow-body',
    ],
    [
      'a setting of another kind',
      { kind: 'latency', ms: 5, status: 503 },
      'status is not a setting of a latency fault',
    ],
    ['a misspelt selection', { code: 4090, cuont: 2 }, 'cuont is not a setting of a code fault'],
    ['no code', { count: 1 }, 'fault code must be an integer error code such as 4090 (not 200)'],
    ['code 200', { code: 200 }, 'fault code must be an integer error code'],
    ['code 99', { code: 99 }, 'fault code must be an integer error code'],
    ['code 100000', { code: 100_000 }, 'fault code must be an integer error code'],
    ['a code as text', { code: '4090' }, 'fault code must be an integer error code'],
    [
      'a description not text',
      { code: 4090, description: 1 },
      'fault description must be a string',
    ],
    [
      'an undocumented code',
      { code: 4999 },
      'fault code 4999 is not documented, so it needs a description',
    ],
    ['status 418', { kind: 'http', status: 418 }, 'http fault status must be 500, 502, 503 or 504'],
    ['no status', { kind: 'http' }, 'http fault status must be 500, 502, 503 or 504'],
    ['status as text', { kind: 'http', status: '503' }, 'http fault status must be'],
    ['a latency with nothing', { kind: 'latency' }, 'latency fault needs ms, or minMs and maxMs'],
    [
      'a latency with only minMs',
      { kind: 'latency', minMs: 1 },
      'latency fault needs ms, or minMs and maxMs',
    ],
    [
      'a latency with only maxMs',
      { kind: 'latency', maxMs: 1 },
      'latency fault needs ms, or minMs and maxMs',
    ],
    [
      'a latency with ms and a range',
      { kind: 'latency', ms: 1, maxMs: 2 },
      'latency fault takes either ms or minMs and maxMs, not both',
    ],
    ['a latency with ms and minMs', { kind: 'latency', ms: 1, minMs: 0 }, 'not both'],
    [
      'a negative latency',
      { kind: 'latency', ms: -1 },
      'latency fault ms must be an integer from 0 to 60000',
    ],
    [
      'a latency past the bound',
      { kind: 'latency', ms: 60_001 },
      'latency fault ms must be an integer from 0 to 60000',
    ],
    ['a fractional latency', { kind: 'latency', ms: 1.5 }, 'latency fault ms must be'],
    [
      'a range upside down',
      { kind: 'latency', minMs: 6, maxMs: 5 },
      'latency fault minMs must not be above maxMs',
    ],
    [
      'a minMs past the bound',
      { kind: 'latency', minMs: 60_001, maxMs: 60_001 },
      'latency fault minMs must be an integer from 0 to 60000',
    ],
    [
      'a maxMs past the bound',
      { kind: 'latency', minMs: 1, maxMs: 60_001 },
      'latency fault maxMs must be an integer from 0 to 60000',
    ],
    [
      'a slow body of 0 ms',
      { kind: 'slow-body', ms: 0 },
      'slow-body fault ms must be an integer from 1 to 60000',
    ],
    ['a slow body past the bound', { kind: 'slow-body', ms: 60_001 }, 'slow-body fault ms must be'],
    ['a slow body without ms', { kind: 'slow-body' }, 'slow-body fault ms must be'],
    ['reached as text', { kind: 'hang', reached: 'yes' }, 'fault reached must be true or false'],
    [
      'reached on a cut answer',
      { kind: 'truncated', reached: false },
      'reached is not a setting of a truncated fault',
    ],
    [
      'reached on a slow body',
      { kind: 'slow-body', ms: 5, reached: true },
      'reached is not a setting of a slow-body fault',
    ],
    [
      'reached on a latency',
      { kind: 'latency', ms: 5, reached: true },
      'reached is not a setting of a latency fault',
    ],
    [
      'reached on a code',
      { code: 4090, reached: false },
      'reached is not a setting of a code fault',
    ],
    [
      'a probability above 1',
      { kind: 'hang', probability: 1.01 },
      'fault probability must be a number from 0 to 1',
    ],
    [
      'a negative probability',
      { kind: 'hang', probability: -0.1 },
      'fault probability must be a number from 0 to 1',
    ],
    ['a probability as text', { kind: 'hang', probability: '0.5' }, 'fault probability must be'],
    ['a probability NaN', { kind: 'hang', probability: Number.NaN }, 'fault probability must be'],
    ['a zero count', { kind: 'hang', count: 0 }, 'fault count must be an integer >= 1'],
    ['a fractional count', { kind: 'hang', count: 1.5 }, 'fault count must be an integer >= 1'],
    [
      'an unknown endpoint',
      { kind: 'hang', endpoint: 'sendmms' },
      'fault endpoint must be one of sendsms, sendbulk, getbalance, getdlr, sendotp',
    ],
    [
      'a negative seed',
      { kind: 'hang', seed: -1 },
      'fault seed must be an integer from 0 to 4294967295',
    ],
    [
      'a seed past 32 bits',
      { kind: 'hang', seed: 4_294_967_296 },
      'fault seed must be an integer from 0 to 4294967295',
    ],
    ['a fractional seed', { kind: 'hang', seed: 0.5 }, 'fault seed must be'],
  ])('refuses %s', (_name, input, message) => {
    expect(() => checkFault(input as FaultInput)).toThrow(TypeError)
    expect(() => checkFault(input as FaultInput)).toThrow(message)
  })
})
