import { describe, expect, it } from 'vitest'
import { mulberry32 } from './mulberry32.js'

function first(seed: number, n: number): number[] {
  const random = mulberry32(seed)
  return Array.from({ length: n }, () => random())
}

describe('mulberry32', () => {
  it('gives the published sequence of mulberry32', () => {
    expect(first(42, 3)).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099])
    expect(first(0, 2)).toEqual([0.26642920868471265, 0.0003297457005828619])
  })

  it('gives the same sequence for the same seed, another for another seed', () => {
    expect(first(7, 50)).toEqual(first(7, 50))
    expect(first(7, 50)).not.toEqual(first(8, 50))
  })

  it('reads a seed as 32 bits', () => {
    expect(first(2 ** 32 + 5, 3)).toEqual(first(5, 3))
  })

  it('stays in [0, 1) and spreads evenly', () => {
    const values = first(1, 10_000)
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true)
    const low = values.filter((v) => v < 0.5).length
    expect(low).toBeGreaterThan(4_800)
    expect(low).toBeLessThan(5_200)
  })
})
