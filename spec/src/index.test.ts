import { describe, expect, it } from 'vitest'
import {
  documentedCodes,
  loadSpec,
  operationOf,
  validateAnswer,
  validateDeliveryCallback,
  validateRequest,
  validateSchema,
  validateSendSmsRequest,
  validateSendSmsResponse,
} from './index.js'

type Content = {
  schema?: { $ref?: string }
  examples?: Record<string, { value: unknown }>
}

// Every named example of every answer, with the schema its answer names.
const answerExamples = Object.entries(loadSpec().components.responses).flatMap(
  ([answer, response]) => {
    const content = response.content['application/json'] as Content | undefined
    const schema = content?.schema?.$ref?.split('/').at(-1) ?? ''
    return Object.entries(content?.examples ?? {}).map(
      ([name, example]) => [`${answer} ${name}`, schema, example.value] as const,
    )
  },
)

// The request examples of every operation, by path (its form without the slash) and method.
const requestExamples = Object.keys(loadSpec().paths)
  .filter((path) => !path.endsWith('/'))
  .flatMap((path) =>
    ['GET', 'POST'].flatMap((method) => {
      const operation = operationOf(path, method) as
        | { requestBody?: { content?: Record<string, Content> } }
        | undefined
      const examples = operation?.requestBody?.content?.['application/json']?.examples ?? {}
      return Object.entries(examples).map(
        ([name, example]) => [`${method} ${path} ${name}`, path, method, example.value] as const,
      )
    }),
  )

describe('the spec', () => {
  it('documents every code of the provider table', () => {
    expect(documentedCodes().map((c) => c.code)).toEqual([
      200, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1012, 1104, 4090, 4091, 4092,
      4093,
    ])
  })

  it('has a named example for every documented code', () => {
    for (const { code } of documentedCodes()) {
      expect(
        answerExamples.some(([name]) => name.includes(` code-${code}-`)),
        `code ${code}`,
      ).toBe(true)
    }
  })

  it('lists every path with and without its trailing slash, both the same path item', () => {
    const paths = loadSpec().paths as Record<string, { $ref?: string }>
    for (const [path, item] of Object.entries(paths)) {
      const other = path.endsWith('/') ? path.slice(0, -1) : `${path}/`
      expect(paths[other]?.$ref, path).toBe(item.$ref)
    }
    expect(Object.keys(paths)).toHaveLength(10)
  })

  it.each(requestExamples)(
    'request example %s validates against its operation',
    (_n, path, method, value) => {
      expect(validateRequest(path, method, value)).toEqual({ valid: true, errors: [] })
    },
  )

  it('has request examples for every POST', () => {
    expect(new Set(requestExamples.map(([, path]) => path)).size).toBe(5)
  })

  it.each(answerExamples)('answer example %s validates against %s', (_name, schema, value) => {
    expect(schema).not.toBe('')
    expect(validateSchema(schema, value)).toEqual({ valid: true, errors: [] })
  })

  it.each(
    Object.entries(
      (
        loadSpec().webhooks as Record<
          string,
          { post: { requestBody: { content: Record<string, Content> } } }
        >
      ).deliveryReport?.post.requestBody.content['application/json']?.examples ?? {},
    ),
  )('callback example %s validates against DeliveryCallback', (_name, example) => {
    expect(validateDeliveryCallback(example.value)).toEqual({ valid: true, errors: [] })
  })
})

describe('validateSendSmsResponse', () => {
  it.each([
    ['an error without a code', { 'response-description': 'Invalid credentials' }],
    ['an undocumented code', { 'response-code': 999, 'response-description': 'Nope' }],
    [
      'a row without a description',
      { responses: [{ 'response-code': 200, mobile: 254712345678 }] },
    ],
    [
      'a row with a boolean messageid',
      { responses: [{ 'response-code': 200, 'response-description': 'Success', messageid: true }] },
    ],
    ['a bare array', [{ 'response-code': 200 }]],
  ])('rejects %s', (_name, body) => {
    const result = validateSendSmsResponse(body)
    expect(result.valid).toBe(false)
    expect(result.errors.length).toBeGreaterThan(0)
  })

  it('accepts the misspelled respose-code with a string networkid', () => {
    const body = {
      responses: [
        {
          'respose-code': 200,
          'response-description': 'Success',
          mobile: '254712345678',
          messageid: '7',
          networkid: '1',
        },
      ],
    }
    expect(validateSendSmsResponse(body).valid).toBe(true)
  })
})

describe('validateSendSmsRequest', () => {
  it('accepts numbers for partnerID and mobile and ignores unknown fields', () => {
    const body = {
      apikey: 'k',
      partnerID: 12345,
      message: 'Hi',
      shortcode: 'S',
      mobile: 254712345678,
      pass_type: 'plain',
    }
    expect(validateSendSmsRequest(body).valid).toBe(true)
  })

  it('rejects a request without mobile', () => {
    expect(
      validateSendSmsRequest({ apikey: 'k', partnerID: '1', message: 'Hi', shortcode: 'S' }).valid,
    ).toBe(false)
  })
})

describe('operationOf, validateAnswer and validateRequest', () => {
  it('finds an operation with or without the trailing slash', () => {
    expect(operationOf('/api/services/sendsms', 'GET')?.operationId).toBe('sendSmsGet')
    expect(operationOf('/api/services/sendsms/', 'post')?.operationId).toBe('sendSmsPost')
    expect(operationOf('/api/services/sendsms', 'PUT')).toBeUndefined()
    expect(operationOf('/api/services/nothing', 'GET')).toBeUndefined()
  })

  it('validates an answer against the operation it answers', () => {
    const row = { 'response-code': 200, 'response-description': 'Success', mobile: 254712345678 }
    expect(validateAnswer('/api/services/sendsms/', 'POST', { responses: [row] })).toEqual({
      valid: true,
      errors: [],
    })
    expect(
      validateAnswer('/api/services/sendsms', 'GET', { responses: [{ mobile: 1 }] }).valid,
    ).toBe(false)
    expect(validateAnswer('/api/services/nothing', 'GET', {}).errors).toEqual([
      'the spec has no GET /api/services/nothing',
    ])
  })

  it('validates a GET query and a POST body against the operation', () => {
    const query = {
      apikey: 'k',
      partnerID: '1',
      message: 'Hi',
      shortcode: 'S',
      mobile: '254712345678',
    }
    expect(validateRequest('/api/services/sendsms', 'GET', query).valid).toBe(true)
    const { mobile: _mobile, ...noMobile } = query
    expect(validateRequest('/api/services/sendsms', 'GET', noMobile).valid).toBe(false)
    expect(
      validateRequest('/api/services/sendsms', 'POST', [{ ...query, mobile: 254712345678 }]).valid,
    ).toBe(true)
    expect(validateRequest('/api/services/sendsms', 'POST', { ...query, mobile: true }).valid).toBe(
      false,
    )
  })
})
