/**
 * @module
 * The three text policies: what each returns, and what `refuse` throws.
 */
import { describe, expect, it } from 'vitest'
import { InvalidRequestError } from '../errors/request-errors.js'
import { applyTextPolicy, type TextPolicy } from './text-policy.js'

function refusal(message: string, policy: TextPolicy = 'refuse'): InvalidRequestError {
  try {
    applyTextPolicy(message, policy)
  } catch (error) {
    if (error instanceof InvalidRequestError) return error
    throw error
  }
  throw new Error('expected an InvalidRequestError')
}

describe('applyTextPolicy', () => {
  it.each(['send', 'refuse', 'transliterate'] as const)(
    'returns GSM-7 text unchanged under %s',
    (policy) => {
      expect(applyTextPolicy('Habari € [1]', policy)).toEqual({
        message: 'Habari € [1]',
        unmapped: [],
      })
    },
  )

  it('sends text GSM-7 cannot carry as it is, listing what makes it UCS-2', () => {
    expect(applyTextPolicy('“Habari” 😀', 'send')).toEqual({
      message: '“Habari” 😀',
      unmapped: ['“', '”', '😀'],
    })
  })

  it('refuses text GSM-7 cannot carry, naming each character and its code point', () => {
    const error = refusal('Habari 😀 ж\u00a0ж')
    expect(error.field).toBe('message')
    expect(error.mayHaveBeenSent).toBe(false)
    expect(error.message).toBe(
      'message has characters GSM-7 cannot send: "😀" (U+1F600), "ж" (U+0436), "\u00a0" (U+00A0)',
    )
  })

  it('pads short code points to four hex digits', () => {
    expect(refusal('\t').message).toBe('message has characters GSM-7 cannot send: "\t" (U+0009)')
  })

  it('transliterates, then reports what stays', () => {
    expect(applyTextPolicy('“Habari” – 😀', 'transliterate')).toEqual({
      message: '"Habari" - 😀',
      unmapped: ['😀'],
    })
  })

  it('refuses a policy that is none of the three', () => {
    const error = refusal('Hi', 'drop' as TextPolicy)
    expect(error.field).toBe('request')
    expect(error.message).toBe(
      `text policy must be 'send', 'refuse' or 'transliterate', not "drop"`,
    )
  })
})
