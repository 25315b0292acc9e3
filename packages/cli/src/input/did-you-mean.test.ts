/**
 * Tests of "did you mean": the closest known name, only when it is close enough.
 */
import { describe, expect, it } from 'vitest'
import { closestName, suggestionHint } from './did-you-mean.js'

const COMMANDS = ['send', 'bulk', 'otp', 'balance', 'status', 'mock', 'config']

describe('closestName', () => {
  it.each<[string, string | undefined]>([
    ['sned', 'send'],
    ['SEND', 'send'],
    ['sen', 'send'],
    ['balanse', 'balance'],
    ['stauts', 'status'],
    ['ballance', 'balance'],
    ['mokc', 'mock'],
    ['xyz', undefined],
    ['o', undefined],
    ['configure', 'config'],
    ['balancexyz', 'balance'],
    ['balancewxyz', undefined],
  ])('finds %j → %j', (given, expected) => {
    expect(closestName(given, COMMANDS)).toBe(expected)
  })

  it('allows at most three edits, however long the name', () => {
    const long = 'abcdefghijklmnopqrstuvwxyz'
    expect(closestName(`${long.slice(0, -3)}123`, [long])).toBe(long)
    expect(closestName(`${long.slice(0, -4)}1234`, [long])).toBeUndefined()
  })

  it('takes the first of two names as close', () => {
    expect(closestName('bat', ['cat', 'hat'])).toBe('cat')
  })
})

describe('suggestionHint', () => {
  it('names the closest, rendered, else gives the fallback', () => {
    const options = { fallback: 'See --help.', render: (name: string) => `sendsms ${name}` }
    expect(suggestionHint('sned', COMMANDS, options)).toBe("Did you mean 'sendsms send'?")
    expect(suggestionHint('sned', COMMANDS, { fallback: 'x' })).toBe("Did you mean 'send'?")
    expect(suggestionHint('zzzz', COMMANDS, options)).toBe('See --help.')
  })
})
