import { documentedCodes } from '@sendsms/spec'
import { describe, expect, it } from 'vitest'
import { describeCode, isDocumentedCode, readCode } from './codes.js'
import { RESPONSE_CODE_TITLES, RESPONSE_CODES } from './generated/api-facts.js'

describe('the generated code table', () => {
  it('holds every code of the spec with its description and title, in order', () => {
    const fromSpec = documentedCodes()
    expect(Object.keys(RESPONSE_CODES).map(Number)).toEqual(fromSpec.map((c) => c.code))
    for (const { code, title, description } of fromSpec) {
      expect(RESPONSE_CODES[code as keyof typeof RESPONSE_CODES]).toBe(description)
      expect(RESPONSE_CODE_TITLES[code as keyof typeof RESPONSE_CODES]).toBe(title)
    }
  })

  it('says Success for 200, the text accepted rows carry', () => {
    expect(RESPONSE_CODES[200]).toBe('Success')
  })
})

describe('describeCode', () => {
  it('gives the documented description, and nothing for other codes', () => {
    expect(describeCode(1006)).toBe('Invalid credentials')
    expect(describeCode(9999)).toBeUndefined()
    // Inherited keys are not codes.
    expect(describeCode('constructor' as unknown as number)).toBeUndefined()
    expect(isDocumentedCode(4093)).toBe(true)
    expect(isDocumentedCode(4094)).toBe(false)
  })
})

describe('readCode', () => {
  it.each([
    ['the documented key', { 'response-code': 1006 }, 1006],
    ['the misspelled key', { 'respose-code': 200 }, 200],
    ['a string of digits', { 'response-code': '1004' }, 1004],
    ['a string with blanks', { 'respose-code': ' 4090 ' }, 4090],
    ['the documented key first', { 'response-code': 1001, 'respose-code': 1002 }, 1001],
    ['no code', { 'response-description': 'Success' }, undefined],
    ['a fraction', { 'response-code': 200.5 }, undefined],
    ['a word', { 'response-code': 'ok' }, undefined],
    ['a boolean', { 'response-code': true }, undefined],
    ['a negative string', { 'response-code': '-1' }, undefined],
  ])('reads %s', (_name, value, expected) => {
    expect(readCode(value)).toBe(expected)
  })
})
