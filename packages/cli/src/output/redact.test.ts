/** Masking of API keys in output, and finding the keys a run may know. */
import { describe, expect, it } from 'vitest'
import { redactSecrets, secretsOf } from './redact.js'

describe('redactSecrets', () => {
  it('masks every occurrence of a secret', () => {
    expect(redactSecrets('a top-secret b top-secret', ['top-secret'])).toBe('a *** b ***')
  })

  it('masks the URL-encoded form of a secret', () => {
    expect(redactSecrets('apikey=k%2By%20z', ['k+y z'])).toBe('apikey=***')
  })

  it('leaves very short secrets alone rather than mangling every line', () => {
    expect(redactSecrets('a b c', ['a'])).toBe('a b c')
  })
})

describe('secretsOf', () => {
  it('finds the environment key and both --api-key spellings', () => {
    const argv = ['send', '--api-key', 'flag-key', '--api-key=eq-key']
    expect(secretsOf(argv, { ADVANTA_API_KEY: 'env-key' })).toEqual([
      'env-key',
      'flag-key',
      'eq-key',
    ])
  })

  it('finds nothing when no key is given', () => {
    expect(secretsOf(['send', '--to', '1'], {})).toEqual([])
  })
})
