/** Flag parsing: parseArgs' refusals of the command line are bad usage; its refusals of a declaration are bugs. */
import { describe, expect, it } from 'vitest'
import { UsageError } from '../errors/cli-error.js'
import { parseFlags } from './parse-flags.js'

const context = { command: 'send', json: false }

describe('parseFlags', () => {
  it('turns a flag it does not know into a UsageError', () => {
    expect(() => parseFlags(['--nope'], {}, context)).toThrow(UsageError)
  })

  it('rethrows the error of a bad declaration as it is, a bug rather than bad usage', () => {
    // A type parseArgs does not have: only a mistake in sendsms itself can declare it.
    const declared = { when: { type: 'date' } } as unknown as Parameters<typeof parseFlags>[1]
    let thrown: unknown
    try {
      parseFlags([], declared, context)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(TypeError)
    expect(thrown).not.toBeInstanceOf(UsageError)
  })
})
