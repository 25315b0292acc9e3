/**
 * @module
 * mulberry32: a small seeded PRNG (32 bits of state), so a chaos run with faults chosen by
 * probability picks the same requests every time it is run with the same seed. Not for
 * anything secret: it only has to be repeatable and evenly spread.
 */

/**
 * A generator of numbers in [0, 1), the same sequence for the same seed.
 * @example
 * const random = mulberry32(42)
 * random() // 0.6011037519201636
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
