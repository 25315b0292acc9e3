/**
 * @module
 * Tests of reading the API's answers, including the drift seen on the live service.
 */
import { describe, expect, it } from 'vitest'
import { ApiError, InvalidCredentialsError, UnexpectedResponseError } from '../errors/index.js'
import { ACCEPTED_BODY } from '../test-support/fake-fetch.js'
import { readAnswer } from './read-answer.js'

const read = (body: unknown) => readAnswer(200, JSON.stringify(body))

function thrown(read: () => unknown): unknown {
  try {
    read()
  } catch (error) {
    return error
  }
  throw new Error('the answer was read')
}

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
          status: 'accepted',
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

  const NO_CODE = 'The SMS API answered a row without a code'
  const NO_ROWS = 'The SMS API answered JSON with neither responses[] nor an error code'
  const NOT_JSON = 'The SMS API answered with a body that is not JSON'
  const NOT_OBJECT = 'The SMS API answered JSON that is not an object'
  it.each([
    [
      'an empty responses list',
      '{"responses":[]}',
      'The SMS API answered an empty responses[] list',
    ],
    ['a row without a code', '{"responses":[{"mobile":"0712"}]}', NO_CODE],
    ['a row that is not an object', '{"responses":["ok"]}', NO_CODE],
    ['a row that is null', '{"responses":[null]}', NO_CODE],
    [
      'a top-level 200 without rows',
      '{"response-code":200,"response-description":"Success"}',
      NO_ROWS,
    ],
    ['an object of another shape', '{"status":"ok"}', NO_ROWS],
    ['a JSON array', '[]', NOT_OBJECT],
    ['JSON null', 'null', NOT_OBJECT],
    ['text that is not JSON', 'Service Unavailable', NOT_JSON],
    ['an empty body', '', NOT_JSON],
  ])('throws UnexpectedResponseError for %s', (_, text, message) => {
    const error = thrown(() => readAnswer(200, text))
    expect(error).toBeInstanceOf(UnexpectedResponseError)
    expect(error).toMatchObject({ name: 'UnexpectedResponseError', status: 200, message })
  })

  it.each([100, 199, 300, 500])(
    'throws UnexpectedResponseError with the status for HTTP %i, whatever the body',
    (status) => {
      const error = thrown(() =>
        readAnswer(status, '{"response-code":1006,"response-description":"Invalid credentials"}'),
      )
      expect(error).toBeInstanceOf(UnexpectedResponseError)
      expect(error).toMatchObject({
        status,
        message: `The SMS API answered HTTP ${status}, not 200`,
      })
    },
  )

  it('gives accepted rows a list of their own, apart from results', () => {
    const result = read(ACCEPTED_BODY)
    expect(result.accepted).toEqual(result.results)
    result.accepted.pop()
    expect(result.results).toHaveLength(1)
  })

  it('reads a row without a number, or without a description it can name, as empty text', () => {
    const result = read({ responses: [{ 'response-code': 5555 }] })
    expect(result.results[0]).toMatchObject({ mobile: '', description: '', code: 5555, ok: false })
  })

  it('reads an id too large for a number as no id', () => {
    const result = readAnswer(
      200,
      '{"responses":[{"response-code":200,"mobile":"0712345678","messageid":1e999,"networkid":1}]}',
    )
    expect(result.results[0]).toMatchObject({ messageId: undefined, networkId: '1', ok: true })
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

describe('readAnswer with the numbers sent', () => {
  const row = (mobile: unknown) => ({
    responses: [{ 'response-code': 200, 'response-description': 'Success', mobile, messageid: 1 }],
  })
  const mobileRead = (answered: unknown, sent: string) =>
    readAnswer(200, JSON.stringify(row(answered)), [sent]).results[0]?.mobile

  it('gives the answered number, whether the sent text is the same number or another form', () => {
    expect(mobileRead(254712345678, '254712345678')).toBe('254712345678')
    expect(mobileRead(254712345678, '0712345678')).toBe('254712345678')
    expect(mobileRead(254712345678, '+254712345678')).toBe('254712345678')
    expect(mobileRead('254712345678', '0712345678')).toBe('254712345678')
  })

  it('never gives the sent text for another number, or for text that only adds up to it', () => {
    expect(mobileRead(254712345678, '254712345679')).toBe('254712345678')
    expect(mobileRead(254712345678, '2547123456780')).toBe('254712345678')
    // Digit values past 9 or below 0 that sum to the same number are not its text.
    expect(mobileRead(254712345678, '1?4712345678')).toBe('254712345678')
    expect(mobileRead(254712345678, '255-12345678')).toBe('254712345678')
    expect(mobileRead(254712345600, '2547123456e2')).toBe('254712345600')
  })

  it('reads a row beyond the numbers sent as the answer gives it', () => {
    const answer = { responses: [...row(254712345678).responses, ...row(254733123456).responses] }
    const results = readAnswer(200, JSON.stringify(answer), ['254712345678']).results
    expect(results.map((r) => r.mobile)).toEqual(['254712345678', '254733123456'])
  })
})
