/**
 * @module
 * Tests of which fetch failures count as "cannot have reached the provider", in the shapes
 * Node (undici), Bun and Deno reject with, and which do not.
 */
import { describe, expect, it } from 'vitest'
import { MAY_HAVE_REACHED, NEVER_REACHED } from '../test-support/fetch-failures.js'
import { neverReachedProvider } from './never-reached.js'

describe('neverReachedProvider', () => {
  it.each(NEVER_REACHED)('is true for %s', (_, failure) => {
    expect(neverReachedProvider(failure)).toBe(true)
  })

  it.each(MAY_HAVE_REACHED)('is false for %s', (_, failure) => {
    expect(neverReachedProvider(failure)).toBe(false)
  })

  it('looks four causes deep, and no deeper', () => {
    const nest = (depth: number): unknown => {
      let failure: unknown = { code: 'ECONNREFUSED' }
      for (let i = 0; i < depth; i++) failure = { cause: failure }
      return failure
    }
    expect(neverReachedProvider(nest(4))).toBe(true)
    expect(neverReachedProvider(nest(5))).toBe(false)
  })

  it('stops at a cause that is its own cause', () => {
    const failure: { cause?: unknown } = {}
    failure.cause = failure
    expect(neverReachedProvider(failure)).toBe(false)
  })
})
