/**
 * @module
 * Tests of the check of unknown keys: which keys are refused, what the error says and which
 * known key it suggests.
 */
import { describe, expect, it } from 'vitest'
import { InvalidRequestError } from '../errors/index.js'
import { closestKey, rejectUnknownKeys } from './known-keys.js'

const KNOWN = ['maxRetries', 'timeoutMs', 'baseUrl', 'apiKey', 'retryTryLater'] as const

function refusal(value: object, field: 'options' | 'request' = 'options'): InvalidRequestError {
  try {
    rejectUnknownKeys(value, KNOWN, field)
  } catch (error) {
    return error as InvalidRequestError
  }
  throw new Error('not refused')
}

describe('rejectUnknownKeys', () => {
  it('accepts known keys, any subset of them, and an empty object', () => {
    expect(() => rejectUnknownKeys({}, KNOWN, 'options')).not.toThrow()
    expect(() => rejectUnknownKeys({ maxRetries: 1, apiKey: 'k' }, KNOWN, 'options')).not.toThrow()
  })

  it('refuses a misspelt key, naming it and the key meant', () => {
    const error = refusal({ maxRetrys: 3 })
    expect(error).toBeInstanceOf(InvalidRequestError)
    expect(error.field).toBe('options')
    expect(error.mayHaveBeenSent).toBe(false)
    expect(error.message).toBe("unknown option 'maxRetrys' (did you mean 'maxRetries'?)")
  })

  it('names the field it is given', () => {
    expect(refusal({ timeOutMs: 1 }, 'request').field).toBe('request')
  })

  it('refuses an unknown key even when its value is undefined', () => {
    expect(refusal({ colour: undefined }).message).toBe("unknown option 'colour'")
  })

  it('refuses an unknown key beside known ones', () => {
    expect(refusal({ apiKey: 'k', apikey: 'k' }).message).toBe(
      "unknown option 'apikey' (did you mean 'apiKey'?)",
    )
  })
})

describe('closestKey', () => {
  it.each([
    ['maxRetrys', 'maxRetries'], // a letter missing
    ['timeOutMs', 'timeoutMs'], // case only
    ['baseURL', 'baseUrl'],
    ['tiemoutMs', 'timeoutMs'], // two letters swapped
    ['maxRetriesX', 'maxRetries'], // a letter too many
    ['retryTrylate', 'retryTryLater'],
    ['apiKye', 'apiKey'],
  ])('suggests for %s the key %s', (key, expected) => {
    expect(closestKey(key, KNOWN)).toBe(expected)
  })

  it('suggests the key 3 edits away, and none 4 edits away', () => {
    expect(closestKey('apiXYZ', ['apiKey'])).toBe('apiKey')
    expect(closestKey('apWXYZ', ['apiKey'])).toBeUndefined()
  })

  it('suggests the closest of two candidates, whichever comes first', () => {
    expect(closestKey('abcd', ['abxy', 'abcx'])).toBe('abcx')
    expect(closestKey('abcd', ['abcx', 'abxy'])).toBe('abcx')
    // On a tie the first listed wins.
    expect(closestKey('abcd', ['abcx', 'abcy'])).toBe('abcx')
  })

  it('suggests nothing for a key unlike all of them, or when none are known', () => {
    expect(closestKey('colour', KNOWN)).toBeUndefined()
    expect(closestKey('maxRetrys', [])).toBeUndefined()
  })

  it('counts a swap of neighbours as one edit, an insertion or a deletion as one', () => {
    expect(closestKey('ba', ['ab'])).toBe('ab')
    expect(closestKey('abcde', ['ab'])).toBe('ab')
    expect(closestKey('abcdef', ['ab'])).toBeUndefined()
    expect(closestKey('', ['abc'])).toBe('abc')
    expect(closestKey('', ['abcd'])).toBeUndefined()
    expect(closestKey('badcfe', ['abcdef'])).toBe('abcdef')
    expect(closestKey('badcfehg', ['abcdefgh'])).toBeUndefined()
  })
})
