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

describe('parseFlags, refusing a flag', () => {
  function refusalOf(run: () => unknown): UsageError {
    try {
      run()
    } catch (error) {
      if (error instanceof UsageError) return error
      throw error
    }
    throw new Error('nothing was refused')
  }

  it("drops node's advice about '--' when positionals are allowed, and still suggests", () => {
    const flags = { message: { type: 'string' } } as const
    const refused = refusalOf(() =>
      parseFlags(['--mesage', 'x'], flags, { ...context, allowPositionals: true }),
    )
    expect(refused.message).toBe("Unknown option '--mesage'")
    expect(refused.hint).toBe("Did you mean '--message'? Run 'sendsms help send' for usage.")
  })

  it('says what the command takes instead of a flag of another command', () => {
    const refused = refusalOf(() =>
      parseFlags(
        ['file.csv', '-m', 'Hi'],
        {},
        {
          command: 'bulk',
          json: false,
          allowPositionals: true,
          elsewhere: { '-m': "each row's 'message' column is its text" },
        },
      ),
    )
    expect(refused.message).toBe("bulk takes no -m: each row's 'message' column is its text")
    expect(refused.hint).toBe("Run 'sendsms help bulk' for usage.")
  })
})
