/**
 * @module
 * Known and unknown provider state names, against the mock's own list (`PROVIDER_STATE_NAMES`).
 */
import { PROVIDER_STATE_NAMES } from '@sendsms/mock-server'
import { describe, expect, it } from 'vitest'
import { isKnownState, statesOf, unknownStates } from './provider-state-names.js'

describe('isKnownState', () => {
  it.each([
    'the sandbox account exists',
    'the API answers the next request with code 4090',
    'the API answers with the live-capture profile',
    'the API is slow by 500 ms',
    'a magic number is invalid',
  ])('knows %s', (name) => {
    expect(isKnownState(name, PROVIDER_STATE_NAMES)).toBe(true)
  })

  it.each([
    'the sandbox acount exists',
    'the sandbox account exists.',
    'xthe sandbox account exists',
    'the API answers the next request with code ',
    'the API is slow by 500 seconds',
  ])('does not know %s', (name) => {
    expect(isKnownState(name, PROVIDER_STATE_NAMES)).toBe(false)
  })

  it('reads a template literally outside its placeholders', () => {
    expect(isKnownState('a+b', ['a.b'])).toBe(false)
    expect(isKnownState('a.b', ['a.b'])).toBe(true)
  })
})

describe('unknownStates', () => {
  it('lists each unknown name once, sorted', () => {
    const interaction = (names: string[]) => ({
      description: 'd',
      type: 'Synchronous/HTTP',
      providerStates: names.map((name) => ({ name })),
      request: { method: 'GET', path: '/' },
      response: { status: 200 },
    })
    const pact = {
      consumer: { name: 'c' },
      provider: { name: 'p' },
      interactions: [
        interaction(['zeta', 'the sandbox account exists']),
        interaction(['alpha', 'zeta']),
        interaction([]),
      ],
    }
    expect(unknownStates([{ path: 'x', pact }], PROVIDER_STATE_NAMES)).toEqual(['alpha', 'zeta'])
    expect(statesOf({})).toEqual([])
  })
})
