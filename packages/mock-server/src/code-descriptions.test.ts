/**
 * @module
 * The mock's code table is written out (the server does not parse YAML at start-up), so
 * this test keeps it equal to the spec's.
 */
import { documentedCodes } from '@sendsms/spec'
import { describe, expect, it } from 'vitest'
import { CODE_DESCRIPTIONS } from './answers.js'

describe('CODE_DESCRIPTIONS', () => {
  it('lists exactly the documented codes', () => {
    expect(Object.keys(CODE_DESCRIPTIONS).map(Number)).toEqual(
      documentedCodes().map(({ code }) => code),
    )
  })

  it.each(documentedCodes().filter(({ code }) => code !== 200))(
    'describes $code as the spec does',
    ({ code, description }) => {
      expect(CODE_DESCRIPTIONS[code]).toBe(description)
    },
  )

  it('describes 200 as "Success", the text success rows carry', () => {
    expect(CODE_DESCRIPTIONS[200]).toBe('Success')
  })
})
