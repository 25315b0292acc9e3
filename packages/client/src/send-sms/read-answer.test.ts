/**
 * @module
 * Tests of reading the API's answers, including the drift seen on the live service.
 */
import { describe, expect, it } from 'vitest'
import { ApiError, InvalidCredentialsError, UnexpectedResponseError } from '../errors/index.js'
import { ACCEPTED_BODY } from '../test-support/fake-fetch.js'
import { readAnswer } from './read-answer.js'

const read = (body: unknown) => readAnswer(200, JSON.stringify(body))

describe('readAnswer', () => {
  it('normalises a documented success row', () => {
    const result = read(ACCEPTED_BODY)
    expect(result).toEqual({
      results: [
        {
          mobile: '254712345678',
          messageId: '100000001',
          networkId: '1',
          code: 200,
          description: 'Success',
          ok: true,
        },
      ],
      accepted: result.results,
      rejected: [],
      allAccepted: true,
    })
  })

  it('reads the misspelled key and string ids to the same result', () => {
    const documented = read({
      responses: [
        {
          'response-code': 200,
          'response-description': 'Success',
          mobile: 254712345678,
          messageid: 7,
          networkid: 2,
        },
      ],
    })
    const drifted = read({
      responses: [
        {
          'respose-code': '200',
          'response-description': 'Success',
          mobile: '254712345678',
          messageid: '7',
          networkid: '2',
        },
      ],
    })
    expect(drifted).toEqual(documented)
  })

  it('splits mixed rows into accepted and rejected, keeping their order in results', () => {
    const result = read({
      responses: [
        { 'response-code': 1003, 'response-description': 'Invalid mobile number', mobile: '07123' },
        {
          'response-code': 200,
          'response-description': 'Success',
          mobile: 254712345678,
          messageid: 1,
          networkid: 1,
        },
        {
          'response-code': 1002,
          'response-description': 'Network not allowed',
          mobile: '255712345678',
        },
      ],
    })
    expect(result.results.map((row) => row.code)).toEqual([1003, 200, 1002])
    expect(result.accepted.map((row) => row.mobile)).toEqual(['254712345678'])
    expect(result.rejected.map((row) => row.mobile)).toEqual(['07123', '255712345678'])
    expect(result.allAccepted).toBe(false)
  })

  it('reads a row code sent as a string with blanks', () => {
    const result = read({ responses: [{ 'response-code': ' 1003 ', mobile: '07' }] })
    expect(result.results[0]).toMatchObject({ code: 1003, ok: false })
  })

  it('fills a missing row description from the code table', () => {
    const result = read({ responses: [{ 'response-code': 1003, mobile: '07' }] })
    expect(result.results[0]?.description).toBe('Invalid mobile number')
  })

  it.each([
    [
      'the documented key',
      { 'response-code': 1006, 'response-description': 'Invalid credentials' },
    ],
    ['the misspelled key', { 'respose-code': 1006, 'response-description': 'Invalid credentials' }],
    ['a string code', { 'response-code': '1006', 'response-description': 'Invalid credentials' }],
  ])('throws the typed error for a top-level code under %s', (_, body) => {
    expect(() => read(body)).toThrow(InvalidCredentialsError)
  })

  it('throws a plain ApiError for an undocumented top-level code', () => {
    const error = (() => {
      try {
        read({ 'response-code': 7777, 'response-description': 'Something new' })
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ name: 'ApiError', code: 7777, description: 'Something new' })
  })

  it.each([
    ['an empty responses list', '{"responses":[]}'],
    ['a row without a code', '{"responses":[{"mobile":"0712"}]}'],
    ['a top-level 200 without rows', '{"response-code":200,"response-description":"Success"}'],
    ['an object of another shape', '{"status":"ok"}'],
    ['a JSON array', '[]'],
    ['JSON null', 'null'],
    ['text that is not JSON', 'Service Unavailable'],
    ['an empty body', ''],
  ])('throws UnexpectedResponseError for %s', (_, text) => {
    expect(() => readAnswer(200, text)).toThrow(UnexpectedResponseError)
  })

  it('throws UnexpectedResponseError with the status for a non-2xx answer, whatever the body', () => {
    expect(() =>
      readAnswer(500, '{"response-code":1006,"response-description":"Invalid credentials"}'),
    ).toThrow(expect.objectContaining({ name: 'UnexpectedResponseError', status: 500 }))
  })
})

describe('readAnswer with 1000 rows', () => {
  it('reads every 12-digit mobile back as its digits, in order', () => {
    const numbers = Array.from({ length: 1000 }, (_, i) => `2547${String(i).padStart(8, '0')}`)
    const result = readAnswer(
      200,
      JSON.stringify({
        responses: numbers.map((n, i) => ({
          'response-code': 200,
          'response-description': 'Success',
          mobile: Number(n),
          messageid: i + 1,
          networkid: 1,
        })),
      }),
    )
    expect(result.results.map((r) => r.mobile)).toEqual(numbers)
    expect(result.accepted).toHaveLength(1000)
  })
})
