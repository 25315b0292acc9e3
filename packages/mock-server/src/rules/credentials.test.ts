/**
 * @module
 * Tests of matching credentials: the constant-time key comparison on keys of every
 * length and alphabet, and lookups after an account's key changes.
 */
import { describe, expect, it } from 'vitest'
import { createAccountStore, SANDBOX_ACCOUNT } from '../state/accounts.js'
import { apiKeysMatch, findAccount } from './credentials.js'

describe('apiKeysMatch', () => {
  it.each([
    ['sandbox-api-key', 'sandbox-api-key', true],
    ['sandbox-api-kez', 'sandbox-api-key', false],
    ['', 'sandbox-api-key', false],
    ['sandbox-api-key-and-more', 'sandbox-api-key', false],
    ['sandbox-api', 'sandbox-api-key', false],
    ['sandbox-api-key', '', false],
    ['Sandbox-api-key', 'sandbox-api-key', false],
    ['ключ-🔑', 'ключ-🔑', true],
    ['ключ-🔑', 'ключ-🗝', false],
    ['\u0000', '', false],
  ])('compares %j with %j: %s', (given, expected, matches) => {
    expect(apiKeysMatch(given, expected)).toBe(matches)
  })
})

describe('findAccount', () => {
  it('refuses the old key and accepts the new one once an account changes its key', () => {
    const store = createAccountStore([SANDBOX_ACCOUNT])
    expect(findAccount(store.get, '12345', 'sandbox-api-key')).toBeDefined()
    store.upsert({ ...SANDBOX_ACCOUNT, apikey: 'rotated-key' })
    expect(findAccount(store.get, '12345', 'sandbox-api-key')).toBeUndefined()
    expect(findAccount(store.get, '12345', 'rotated-key')?.partnerID).toBe('12345')
  })

  it('refuses an unknown partner whatever the key', () => {
    const store = createAccountStore([SANDBOX_ACCOUNT])
    expect(findAccount(store.get, '99999', 'sandbox-api-key')).toBeUndefined()
  })
})
