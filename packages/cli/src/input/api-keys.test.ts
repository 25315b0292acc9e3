/** The keys a run may know: ADVANTA_API_KEY and both spellings of --api-key, blanks left out. */
import { describe, expect, it } from 'vitest'
import { apiKeysOf } from './api-keys.js'

describe('apiKeysOf', () => {
  it.each<[string, string[], Record<string, string | undefined>, string[]]>([
    [
      'the environment key and both --api-key spellings',
      ['send', '--api-key', 'flag-key', '--api-key=eq-key'],
      { ADVANTA_API_KEY: 'env-key' },
      ['env-key', 'flag-key', 'eq-key'],
    ],
    ['nothing when no key is given', ['send', '--to', '1'], {}, []],
    ['no blank keys', ['--api-key', ' ', '--api-key='], { ADVANTA_API_KEY: '' }, []],
    ['no value after a final --api-key', ['send', '--api-key'], {}, []],
    ['a key with blanks as it is', ['--api-key', ' k y '], {}, [' k y ']],
  ])('finds %s', (_case, argv, env, expected) => {
    expect(apiKeysOf(argv, env)).toEqual(expected)
  })
})
