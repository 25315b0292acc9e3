import { describe, expect, it } from 'vitest'
import {
  controlOperations,
  loadControlSpec,
  validateControlAnswer,
  validateControlRequest,
} from './index.js'

type Media = { example?: unknown; examples?: Record<string, { value: unknown }> }
type Response = { $ref?: string; content?: Record<string, Media> }
type Operation = {
  operationId: string
  responses: Record<string, Response>
  requestBody?: { content: Record<string, Media> }
}

const spec = loadControlSpec()
const responseAt = (response: Response): Response =>
  response.$ref
    ? ((spec.components.responses as Record<string, Response>)[
        response.$ref.split('/').at(-1) as string
      ] as Response)
    : response

const examplesOf = (media: Media | undefined): [string, unknown][] => [
  ...(media?.example === undefined ? [] : [['example', media.example] as [string, unknown]]),
  ...Object.entries(media?.examples ?? {}).map(
    ([name, { value }]) => [name, value] as [string, unknown],
  ),
]

const operations = Object.values(spec.paths).flatMap((item) =>
  ['get', 'put', 'post', 'delete'].flatMap((m) => (item[m] ? [item[m] as Operation] : [])),
)

// Every example of every answer: operation, status, example name, value.
const answerExamples = operations.flatMap((op) =>
  Object.entries(op.responses).flatMap(([status, response]) =>
    examplesOf(responseAt(response).content?.['application/json']).map(
      ([name, value]) => [op.operationId, Number(status), name, value] as const,
    ),
  ),
)

const requestExamples = operations.flatMap((op) =>
  examplesOf(op.requestBody?.content['application/json']).map(
    ([name, value]) => [op.operationId, name, value] as const,
  ),
)

describe('the control document', () => {
  it('is OpenAPI 3.1', () => {
    expect(spec.openapi).toBe('3.1.0')
  })

  it.each(answerExamples)('%s answers its %i example %s as documented', (op, status, _n, value) => {
    expect(validateControlAnswer(op, status, value)).toEqual({ valid: true, errors: [] })
  })

  it.each(requestExamples)('%s takes its request example %s', (op, _n, value) => {
    expect(validateControlRequest(op, value)).toEqual({ valid: true, errors: [] })
  })

  it('has a 200 example for every operation and a request example for every body', () => {
    for (const op of operations) {
      expect(
        answerExamples.some(([id, status]) => id === op.operationId && status === 200),
        op.operationId,
      ).toBe(true)
      if (op.requestBody) {
        expect(
          requestExamples.some(([id]) => id === op.operationId),
          op.operationId,
        ).toBe(true)
      }
    }
  })

  it('serves the namespace listing at the root only and the own namespace under a prefix only', () => {
    const byId = new Map(controlOperations().map((op) => [op.operationId, op]))
    expect(byId.get('listNamespaces')).toMatchObject({ root: true, namespaced: false })
    expect(byId.get('deleteOwnNamespace')).toMatchObject({
      method: 'DELETE',
      path: '/__mock/namespace',
      root: false,
      namespaced: true,
    })
    expect(byId.get('listMessages')).toMatchObject({ root: true, namespaced: true })
    expect(byId.get('waitForRequests')?.statuses).toContain('429')
  })
})

describe('validateControlAnswer', () => {
  const clock = { now: '2030-01-01T06:00:00.000Z', virtual: true }

  it('takes an operationId or a method and path', () => {
    expect(validateControlAnswer('getClock', 200, clock).valid).toBe(true)
    expect(validateControlAnswer('GET /__mock/clock', 200, clock).valid).toBe(true)
    expect(
      validateControlAnswer('GET /__mock/namespaces/{name}', 404, {
        error: 'not_found',
        message: 'There is no namespace of that name.',
      }).valid,
    ).toBe(true)
  })

  it('refuses a status the operation does not answer', () => {
    expect(validateControlAnswer('getClock', 404, clock)).toEqual({
      valid: false,
      errors: ['the document has no 404 answer for getClock'],
    })
  })

  it('refuses an operation the document does not have', () => {
    expect(validateControlAnswer('GET /__mock/nothing', 200, {}).valid).toBe(false)
    expect(validateControlAnswer('launchRocket', 200, {}).errors).toEqual([
      'the document has no operation launchRocket',
    ])
  })

  it.each([
    ['a field it does not have', { ...clock, speed: 1 }],
    ['a missing field', { now: clock.now }],
    ['a time that is not one', { now: 'noon', virtual: true }],
    ['a wrong type', { now: clock.now, virtual: 'yes' }],
  ])('refuses %s', (_name, body) => {
    const result = validateControlAnswer('getClock', 200, body)
    expect(result.valid).toBe(false)
    expect(result.errors.length).toBeGreaterThan(0)
  })

  it('checks a delivery status against the provider document', () => {
    const page = (description: string) => ({
      messages: [
        {
          messageId: '100000001',
          partnerID: '12345',
          shortcode: 'SANDBOX',
          mobile: '254712345678',
          networkId: 1,
          message: 'Hi',
          status: 'sent',
          sendAt: null,
          receivedAt: '2030-01-01T06:00:00.000Z',
          method: 'GET',
          parts: 1,
          endpoint: 'sendsms',
          delivery: { status: 8, description, final: false, since: '2030-01-01T06:00:00.000Z' },
        },
      ],
      next: null,
      held: 1,
      dropped: 0,
    })
    expect(validateControlAnswer('listMessages', 200, page('SentToNetwork')).valid).toBe(true)
    expect(validateControlAnswer('listMessages', 200, page('OnItsWay')).valid).toBe(false)
  })

  it('narrows the shared error to the code of its answer', () => {
    const error = (code: string) => ({ error: code, message: 'm' })
    expect(validateControlAnswer('listMessages', 400, error('bad_request')).valid).toBe(true)
    expect(validateControlAnswer('listMessages', 400, error('not_found')).valid).toBe(false)
    expect(validateControlAnswer('listMessages', 403, error('forbidden_origin')).valid).toBe(true)
    expect(validateControlAnswer('waitForRequests', 429, error('too_many_waiters')).valid).toBe(
      true,
    )
    expect(
      validateControlAnswer('applyProviderState', 400, {
        ...error('unknown_state'),
        known: ['the sandbox account exists'],
      }).valid,
    ).toBe(true)
    expect(validateControlAnswer('listMessages', 400, { error: 'bad_request' }).valid).toBe(false)
  })

  it('tells the pending fault kinds apart', () => {
    const listed = (fault: object) => validateControlAnswer('listFaults', 200, { faults: [fault] })
    expect(listed({ code: 4090, remaining: 1, description: 'd' }).valid).toBe(true)
    expect(listed({ kind: 'latency', ms: 5, reached: true, remaining: 1 }).valid).toBe(true)
    expect(
      listed({ kind: 'latency', minMs: 1, maxMs: 5, reached: true, remaining: null, seed: 3 })
        .valid,
    ).toBe(true)
    expect(listed({ kind: 'http', status: 503, reached: false, remaining: 1 }).valid).toBe(true)
    expect(listed({ kind: 'http', status: 418, reached: false, remaining: 1 }).valid).toBe(false)
    expect(listed({ kind: 'truncated', reached: false, remaining: 1 }).valid).toBe(false)
    expect(listed({ kind: 'hang', reached: true, remaining: 1, ms: 3 }).valid).toBe(false)
  })
})

describe('validateControlRequest', () => {
  it.each([
    { code: 4090 },
    { kind: 'code', code: 1234, description: 'Made up', count: 2 },
    { kind: 'latency', ms: 0 },
    { kind: 'latency', minMs: 10, maxMs: 50, endpoint: 'getbalance' },
    { kind: 'hang', reached: false },
    { kind: 'http', status: 503, probability: 0.5, seed: 42 },
    { kind: 'reset', count: 3 },
    { kind: 'truncated' },
    { kind: 'slow-body', ms: 200 },
  ])('takes the fault %j', (fault) => {
    expect(validateControlRequest('pushFault', fault)).toEqual({ valid: true, errors: [] })
  })

  it.each([
    { code: 200 },
    { kind: 'http', status: 418 },
    { kind: 'latency', ms: 5, minMs: 1 },
    { kind: 'latency', minMs: 1 },
    { kind: 'latency', ms: 60_001 },
    { kind: 'truncated', reached: true },
    { kind: 'slow-body' },
    { kind: 'slow-body', ms: 0 },
    { kind: 'hang', status: 503 },
    { kind: 'reset', endpoint: 'sendfax' },
    { kind: 'reset', probability: 2 },
    { kind: 'flood' },
  ])('refuses the fault %j', (fault) => {
    expect(validateControlRequest('pushFault', fault).valid).toBe(false)
  })

  it('takes one change of the clock at a time', () => {
    expect(validateControlRequest('setClock', { advance: '20s' }).valid).toBe(true)
    expect(validateControlRequest('setClock', { virtual: false }).valid).toBe(true)
    expect(validateControlRequest('setClock', { advance: '20s', virtual: true }).valid).toBe(false)
  })

  it('refuses a body for an operation that takes none', () => {
    expect(validateControlRequest('getClock', {})).toEqual({
      valid: false,
      errors: ['getClock takes no body'],
    })
  })
})
