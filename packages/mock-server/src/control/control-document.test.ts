/**
 * @module
 * The control API against its document (`spec/mock-control.yaml`): every operation is
 * called over a real socket, at the root and under a namespace, with valid and invalid
 * input, and each answer's status and body is validated against what the document says
 * that operation answers. The document and the mock must list the same operations: every
 * route the app declares under `/__mock/` is in the document, and every path × method of
 * the document is served (answered by something other than the "no route" 404) exactly
 * when the document lists it.
 */
import { request as httpRequest } from 'node:http'
import { controlOperations, validateControlAnswer } from '@sendsms/spec'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningMock, startMockServer } from '../node/start-mock-server.js'

const KEY = 'sandbox-api-key'
const START = '2030-01-01T06:00:00.000Z'
const NAMESPACE = '/ns/ci-1'
const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH'] as const

let server: RunningMock
let limited: RunningMock

interface Answer {
  status: number
  body: unknown
}

async function call(path: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(`${server.url}${path}`, init)
  const text = await res.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {}
  return { status: res.status, body }
}

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
})

// A request with headers fetch may not send as given (Host), over node:http.
function raw(path: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server.url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
        }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

const isNoRoute = ({ status, body }: Answer) =>
  status === 404 &&
  typeof body === 'object' &&
  body !== null &&
  String((body as { message?: unknown }).message).startsWith('No route for')

/** One call of one operation, with the status it must answer. */
interface Case {
  name: string
  operation: string
  path: string
  init?: RequestInit
  status: number
}

// Valid and invalid input for every operation that acts on one mock (root or namespace).
const MOCK_CASES: Case[] = [
  { name: 'health', operation: 'health', path: '/__mock/health', status: 200 },
  { name: 'a page', operation: 'listMessages', path: '/__mock/messages?limit=1', status: 200 },
  {
    name: 'filtered',
    operation: 'listMessages',
    path: '/__mock/messages?mobile=0712345678&partnerID=12345',
    status: 200,
  },
  { name: 'limit 0', operation: 'listMessages', path: '/__mock/messages?limit=0', status: 400 },
  { name: 'after x', operation: 'listMessages', path: '/__mock/messages?after=x', status: 400 },
  { name: 'accounts', operation: 'listAccounts', path: '/__mock/accounts', status: 200 },
  {
    name: 'a new account',
    operation: 'upsertAccount',
    path: '/__mock/accounts',
    init: json('POST', { partnerID: 777, apikey: 'acme-key', shortcodes: ['ACME'] }),
    status: 200,
  },
  {
    name: 'a callback URL',
    operation: 'upsertAccount',
    path: '/__mock/accounts',
    init: json('POST', { partnerID: '777', callbackUrl: 'http://127.0.0.1:9/dlr' }),
    status: 200,
  },
  {
    name: 'a new account without its key',
    operation: 'upsertAccount',
    path: '/__mock/accounts',
    init: json('POST', { partnerID: '778', shortcodes: ['X'] }),
    status: 400,
  },
  {
    name: 'a list for a body',
    operation: 'upsertAccount',
    path: '/__mock/accounts',
    init: json('POST', [1]),
    status: 400,
  },
  { name: 'none pending', operation: 'listFaults', path: '/__mock/faults', status: 200 },
  ...[
    { code: 4090, count: 2 },
    { kind: 'latency', ms: 5, endpoint: 'getbalance' },
    { kind: 'latency', minMs: 1, maxMs: 9, probability: 0.5 },
    { kind: 'hang', reached: false },
    { kind: 'http', status: 503, seed: 7 },
    { kind: 'reset', probability: 0.1, count: 3 },
    { kind: 'truncated' },
    { kind: 'slow-body', ms: 20 },
  ].map((fault) => ({
    name: `a ${fault.kind ?? 'code'} fault`,
    operation: 'pushFault',
    path: '/__mock/faults',
    init: json('POST', fault),
    status: 200,
  })),
  { name: 'listed', operation: 'listFaults', path: '/__mock/faults', status: 200 },
  ...[
    { kind: 'http', status: 418 },
    { kind: 'truncated', reached: true },
    { code: 200 },
    { kind: 'flood' },
  ].map((fault) => ({
    name: `the fault ${JSON.stringify(fault)}`,
    operation: 'pushFault',
    path: '/__mock/faults',
    init: json('POST', fault),
    status: 400,
  })),
  {
    name: 'cleared',
    operation: 'clearFaults',
    path: '/__mock/faults',
    init: { method: 'DELETE' },
    status: 200,
  },
  { name: 'profile', operation: 'getProfile', path: '/__mock/profile', status: 200 },
  {
    name: 'a profile',
    operation: 'setProfile',
    path: '/__mock/profile',
    init: json('PUT', { base: 'live-capture', types: { 'getbalance.credit': 'number' } }),
    status: 200,
  },
  {
    name: 'an unknown base',
    operation: 'setProfile',
    path: '/__mock/profile',
    init: json('PUT', { base: 'lenient' }),
    status: 400,
  },
  { name: 'clock', operation: 'getClock', path: '/__mock/clock', status: 200 },
  {
    name: 'an advance',
    operation: 'setClock',
    path: '/__mock/clock',
    init: json('POST', { advance: '1h' }),
    status: 200,
  },
  {
    name: 'a time in the past',
    operation: 'setClock',
    path: '/__mock/clock',
    init: json('POST', { to: '2000-01-01T00:00:00Z' }),
    status: 400,
  },
  {
    name: 'two changes',
    operation: 'setClock',
    path: '/__mock/clock',
    init: json('POST', { advance: '1s', virtual: false }),
    status: 400,
  },
  { name: 'attempts', operation: 'listCallbacks', path: '/__mock/callbacks', status: 200 },
  {
    name: 'one message',
    operation: 'listCallbacks',
    path: '/__mock/callbacks?messageId=100000001',
    status: 200,
  },
  {
    name: 'a bad id',
    operation: 'listCallbacks',
    path: '/__mock/callbacks?messageId=abc',
    status: 400,
  },
  { name: 'a page', operation: 'listRequests', path: '/__mock/requests?limit=1', status: 200 },
  {
    name: 'filtered',
    operation: 'listRequests',
    path: '/__mock/requests?endpoint=sendsms&code=1003&method=get&since=2000-01-01T00:00:00Z',
    status: 200,
  },
  {
    name: 'a bad endpoint',
    operation: 'listRequests',
    path: '/__mock/requests?endpoint=sendfax',
    status: 400,
  },
  {
    name: 'count',
    operation: 'countRequests',
    path: '/__mock/requests/count?endpoint=getbalance',
    status: 200,
  },
  {
    name: 'a bad code',
    operation: 'countRequests',
    path: '/__mock/requests/count?code=x',
    status: 400,
  },
  {
    name: 'matched',
    operation: 'waitForRequests',
    path: '/__mock/requests/wait?endpoint=sendsms&count=1',
    status: 200,
  },
  {
    name: 'timed out',
    operation: 'waitForRequests',
    path: '/__mock/requests/wait?endpoint=sendbulk&timeoutMs=0',
    status: 200,
  },
  {
    name: 'count 0',
    operation: 'waitForRequests',
    path: '/__mock/requests/wait?count=0',
    status: 400,
  },
  {
    name: 'a long timeout',
    operation: 'waitForRequests',
    path: '/__mock/requests/wait?timeoutMs=60001',
    status: 400,
  },
  {
    name: 'a text body',
    operation: 'reset',
    path: '/__mock/reset',
    init: { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'reset' },
    status: 415,
  },
  {
    name: 'a body over 64 KiB',
    operation: 'upsertAccount',
    path: '/__mock/accounts',
    init: json('POST', { partnerID: '1', apikey: 'x'.repeat(70_000) }),
    status: 413,
  },
  {
    name: 'known states',
    operation: 'listProviderStates',
    path: '/__mock/provider-states',
    status: 200,
  },
  {
    name: 'a state',
    operation: 'applyProviderState',
    path: '/__mock/provider-states',
    init: json('POST', { state: 'the sandbox account exists', action: 'setup' }),
    status: 200,
  },
  {
    name: 'an unknown state',
    operation: 'applyProviderState',
    path: '/__mock/provider-states',
    init: json('POST', { state: 'the moon is full' }),
    status: 400,
  },
  {
    name: 'cleared',
    operation: 'clearCallbacks',
    path: '/__mock/callbacks',
    init: { method: 'DELETE' },
    status: 200,
  },
  {
    name: 'cleared',
    operation: 'clearRequests',
    path: '/__mock/requests',
    init: { method: 'DELETE' },
    status: 200,
  },
  {
    name: 'cleared',
    operation: 'clearMessages',
    path: '/__mock/messages',
    init: { method: 'DELETE' },
    status: 200,
  },
  {
    name: 'reset',
    operation: 'reset',
    path: '/__mock/reset',
    init: { method: 'POST' },
    status: 200,
  },
]

// The namespace endpoints: at the root only, or inside a namespace only.
const NAMESPACE_CASES: Case[] = [
  { name: 'listed', operation: 'listNamespaces', path: '/__mock/namespaces', status: 200 },
  { name: 'one', operation: 'getNamespace', path: '/__mock/namespaces/ci-1', status: 200 },
  { name: 'none', operation: 'getNamespace', path: '/__mock/namespaces/ci-9', status: 404 },
  {
    name: 'a bad name',
    operation: 'getNamespace',
    path: `/__mock/namespaces/${'n'.repeat(65)}`,
    status: 400,
  },
  {
    name: 'its own',
    operation: 'getOwnNamespace',
    path: `${NAMESPACE}/__mock/namespace`,
    status: 200,
  },
  { name: 'none', operation: 'getOwnNamespace', path: '/ns/ci-9/__mock/namespace', status: 404 },
  {
    name: 'none to delete',
    operation: 'deleteNamespace',
    path: '/__mock/namespaces/ci-9',
    init: { method: 'DELETE' },
    status: 200,
  },
  {
    name: 'a bad name',
    operation: 'deleteNamespace',
    path: '/__mock/namespaces/a%20b',
    init: { method: 'DELETE' },
    status: 400,
  },
  {
    name: 'its own',
    operation: 'deleteOwnNamespace',
    path: '/ns/ci-2/__mock/namespace',
    init: { method: 'DELETE' },
    status: 200,
  },
  {
    name: 'one that exists',
    operation: 'deleteNamespace',
    path: '/__mock/namespaces/ci-3',
    init: { method: 'DELETE' },
    status: 200,
  },
]

// Provider data for the journals and the callback record: two messages of an account whose
// callback URL is the mock itself, which answers its POST with a 404 (an attempt to retry).
async function seed(prefix: string): Promise<void> {
  await call(
    `${prefix}/__mock/accounts`,
    json('POST', { partnerID: '12345', callbackUrl: `${server.url}/__mock/health` }),
  )
  await call(
    `${prefix}/api/services/sendsms?apikey=${KEY}&partnerID=12345&shortcode=SANDBOX&mobile=0712345678,0733123456,123&message=Hi`,
  )
  await call(`${prefix}/api/services/getbalance?apikey=${KEY}&partnerID=12345`)
  await call(`${prefix}/__mock/clock`, json('POST', { advance: '1m' }))
}

beforeAll(async () => {
  const clock = { virtual: true, start: START }
  server = await startMockServer({ port: 0, clock })
  limited = await startMockServer({ port: 0, clock, namespaceLimit: 1 })
  await call('/ns/ci-2/__mock/health')
  await call('/ns/ci-3/__mock/health')
  await seed('')
  await seed(NAMESPACE)
})

afterAll(async () => {
  await server.close()
  await limited.close()
})

function expectDocumented(operation: string, answer: Answer, status: number): void {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status)
  expect(validateControlAnswer(operation, answer.status, answer.body)).toEqual({
    valid: true,
    errors: [],
  })
}

describe.each([
  ['at the root', ''],
  ['under a namespace', NAMESPACE],
])('the control API %s answers as its document says', (_where, prefix) => {
  it.for(MOCK_CASES)('$operation: $name → $status', async (c) => {
    expectDocumented(c.operation, await call(`${prefix}${c.path}`, c.init), c.status)
  })
})

describe('the namespace endpoints answer as their document says', () => {
  it.each(NAMESPACE_CASES)('$operation: $name → $status', async (c) => {
    expectDocumented(c.operation, await call(c.path, c.init), c.status)
  })

  it('a bad name under /ns/ is answered 400 as every operation documents', async () => {
    expectDocumented('health', await call('/ns/a%20b/__mock/health'), 400)
    expectDocumented('listMessages', await call(`/ns/${'n'.repeat(65)}/__mock/messages`), 400)
  })

  it('a namespace past the limit is answered 503 as every operation documents', async () => {
    const first = await fetch(`${limited.url}/ns/a/__mock/health`)
    expect(first.status).toBe(200)
    const res = await fetch(`${limited.url}/ns/b/__mock/faults`)
    expectDocumented('listFaults', { status: res.status, body: await res.json() }, 503)
  })
})

describe('the guard answers as the document says', () => {
  it('refuses a foreign Host with 403 forbidden_host', async () => {
    const answer = await raw('/__mock/clock', { host: 'mock.example.com' })
    expectDocumented('getClock', answer, 403)
    expect(answer.body).toMatchObject({ error: 'forbidden_host' })
  })

  it('refuses a foreign Origin with 403 forbidden_origin', async () => {
    const answer = await raw(`${NAMESPACE}/__mock/messages`, { origin: 'https://evil.example' })
    expectDocumented('listMessages', answer, 403)
    expect(answer.body).toMatchObject({ error: 'forbidden_origin' })
  })

  it('answers the 65th wait 429 too_many_waiters, and the 64 waiting `reset` on a reset', async () => {
    const waits = Array.from({ length: 64 }, () =>
      call('/__mock/requests/wait?endpoint=sendbulk&timeoutMs=60000'),
    )
    // Each wait takes its place once its request is read; ask until all have. (A wait of
    // 0 ms ends before it would take a place, so the probe waits 1 ms while places are free.)
    let busy: Answer | undefined
    for (let i = 0; i < 1000 && busy?.status !== 429; i++) {
      busy = await call('/__mock/requests/wait?endpoint=sendbulk&timeoutMs=1')
    }
    expectDocumented('waitForRequests', busy as Answer, 429)
    expectDocumented('reset', await call('/__mock/reset', { method: 'POST' }), 200)
    const ended = await Promise.all(waits)
    for (const answer of ended) expectDocumented('waitForRequests', answer, 200)
    expect(ended[0]?.body).toMatchObject({ matched: false, reason: 'reset' })
  })
})

describe('the document and the mock list the same operations', () => {
  const documented = controlOperations()
  const key = (method: string, path: string) => `${method} ${path}`

  it('documents every /__mock/ route the app declares', () => {
    // The provider-states path also answers with a trailing slash (some Pact verifiers add
    // one); the document says so on the path itself.
    const routes = server.mock.app.routes
      .filter((r) => r.path.startsWith('/__mock/') && r.method !== 'ALL')
      .map((r) =>
        r.path === '/__mock/provider-states/' ? { ...r, path: '/__mock/provider-states' } : r,
      )
      .map((r) => key(r.method, r.path.replace(/:(\w+)/g, '{$1}')))
    const listed = new Set(documented.map((op) => key(op.method, op.path)))
    expect(routes.length).toBeGreaterThan(20)
    expect(routes.filter((route) => !listed.has(route))).toEqual([])
  })

  it('serves every path and method of the document, and no other method on them', async () => {
    const paths = [...new Set(documented.map((op) => op.path))]
    const wrong: string[] = []
    for (const path of paths) {
      const ops = documented.filter((op) => op.path === path)
      const [first] = ops
      // A throwaway name: a DELETE must not drop the namespace the other tests use.
      const filled = path.replace('{name}', 'walk-1')
      const where = [...(first?.root ? [''] : []), ...(first?.namespaced ? ['/ns/walk-2'] : [])]
      for (const prefix of where) {
        for (const method of METHODS) {
          const op = ops.find((o) => o.method === method)
          const init = method === 'GET' || method === 'DELETE' ? { method } : json(method, {})
          const query = path.endsWith('/wait') ? '?timeoutMs=0' : ''
          const answer = await call(`${prefix}${filled}${query}`, init)
          if (isNoRoute(answer) === (op !== undefined)) {
            wrong.push(
              `${method} ${prefix}${path}: ${op ? 'documented, not served' : 'served, not documented'}`,
            )
          }
        }
      }
    }
    expect(wrong).toEqual([])
  })

  it('serves the namespace listing at the root only', async () => {
    expect(isNoRoute(await call(`${NAMESPACE}/__mock/namespaces`))).toBe(true)
    expect(isNoRoute(await call('/__mock/namespace'))).toBe(true)
  })
})
