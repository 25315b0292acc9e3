import { describe, expect, it } from 'vitest'
import { createFaultQueue } from './faults.js'

describe('the fault queue', () => {
  it('lists a code fault as it always did, and a transport fault with its kind', () => {
    const faults = createFaultQueue()
    expect(faults.push({ code: 4090, count: 2 })).toEqual({
      code: 4090,
      remaining: 2,
      description: 'Internal Error. Try again after 5 minutes',
    })
    faults.push({ kind: 'http', status: 503 })
    faults.push({ kind: 'latency', ms: 20, endpoint: 'getbalance' })
    faults.push({ kind: 'latency', minMs: 1, maxMs: 9, seed: 3 })
    faults.push({ kind: 'reset', probability: 0.25, seed: 9 })
    expect(faults.list()).toEqual([
      { code: 4090, remaining: 2, description: 'Internal Error. Try again after 5 minutes' },
      { kind: 'http', status: 503, reached: false, remaining: 1 },
      { kind: 'latency', ms: 20, reached: true, remaining: 1, endpoint: 'getbalance' },
      { kind: 'latency', minMs: 1, maxMs: 9, reached: true, remaining: 1, seed: 3 },
      { kind: 'reset', reached: true, remaining: null, probability: 0.25, seed: 9 },
    ])
  })

  it('takes faults in order, one use each, then none', () => {
    const faults = createFaultQueue()
    faults.push({ kind: 'hang', count: 2 })
    faults.push({ kind: 'truncated' })
    expect(faults.take('sendsms')?.action.kind).toBe('hang')
    expect(faults.list()[0]?.remaining).toBe(1)
    expect(faults.take('getdlr')?.action.kind).toBe('hang')
    expect(faults.take()?.action.kind).toBe('truncated')
    expect(faults.take('sendsms')).toBeUndefined()
    expect(faults.list()).toEqual([])
  })

  it('gives a fault for one endpoint only to requests to it, the others passing it by', () => {
    const faults = createFaultQueue()
    faults.push({ kind: 'http', status: 502, endpoint: 'getbalance' })
    faults.push({ kind: 'reset', count: 5 })
    expect(faults.take('sendsms')?.action.kind).toBe('reset')
    expect(faults.take('getbalance')?.action.kind).toBe('http')
    expect(faults.take('getbalance')?.action.kind).toBe('reset')
  })

  it('chooses by probability the same requests for the same seed', () => {
    const chosen = (seed: number) => {
      const faults = createFaultQueue()
      faults.push({ kind: 'reset', probability: 0.3, seed })
      return Array.from({ length: 200 }, () => faults.take('sendsms') !== undefined)
    }
    const run = chosen(42)
    expect(chosen(42)).toEqual(run)
    expect(chosen(43)).not.toEqual(run)
    const hits = run.filter(Boolean).length
    expect(hits).toBeGreaterThan(30)
    expect(hits).toBeLessThan(90)
  })

  it('stops a probability fault after its count of hits', () => {
    const faults = createFaultQueue()
    faults.push({ kind: 'hang', probability: 0.5, count: 3 })
    const hits = Array.from({ length: 100 }, () => faults.take('sendsms')).filter(Boolean)
    expect(hits).toHaveLength(3)
    expect(faults.list()).toEqual([])
  })

  it('never chooses with probability 0 and always with 1', () => {
    const faults = createFaultQueue()
    faults.push({ kind: 'hang', probability: 0 })
    expect(Array.from({ length: 50 }, () => faults.take('sendsms')).filter(Boolean)).toEqual([])
    faults.clear()
    faults.push({ kind: 'hang', probability: 1 })
    expect(Array.from({ length: 50 }, () => faults.take('sendsms')).filter(Boolean)).toHaveLength(
      50,
    )
    expect(faults.list()).toHaveLength(1)
  })

  it('hands the seeded generator of the fault to its random parts', () => {
    const draws = () => {
      const faults = createFaultQueue()
      faults.push({ kind: 'latency', minMs: 0, maxMs: 1000, count: 3, seed: 5 })
      return [1, 2, 3].map(() => faults.take('sendsms')?.random())
    }
    expect(draws()).toEqual(draws())
  })

  it('clears every fault and restarts its own generator', () => {
    const faults = createFaultQueue()
    const start = [faults.random(), faults.random()]
    faults.push({ code: 1006 })
    faults.push({ kind: 'hang' })
    expect(faults.clear()).toBe(2)
    expect(faults.list()).toEqual([])
    expect([faults.random(), faults.random()]).toEqual(start)
  })

  it('refuses a bad fault without queueing it', () => {
    const faults = createFaultQueue()
    expect(() => faults.push({ kind: 'http', status: 404 as 503 })).toThrow(
      'http fault status must be 500, 502, 503 or 504',
    )
    expect(faults.list()).toEqual([])
  })

  it('ends every held request once, and no longer one released', () => {
    const faults = createFaultQueue()
    const ended: string[] = []
    faults.hold(() => ended.push('a'))
    const release = faults.hold(() => ended.push('b'))
    faults.hold(() => ended.push('c'))
    release()
    expect(faults.endHeld()).toBe(2)
    expect(ended).toEqual(['a', 'c'])
    expect(faults.endHeld()).toBe(0)
    expect(ended).toEqual(['a', 'c'])
  })
})
