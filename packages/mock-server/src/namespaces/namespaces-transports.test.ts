/**
 * @module
 * Namespaced requests every way in: the fast path serves a namespace's provider endpoints
 * itself and leaves everything else under the prefix to Hono; in-process, fast path and
 * Hono answer byte for byte alike (bad names, the limit, the control guard included); and
 * the request log names the namespace on each of them.
 */
import type { RequestListener } from 'node:http'
import { createServer } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMockWithState } from '../create-mock.js'
import { PROVIDER_ENDPOINTS } from '../endpoints/index.js'
import { formatRequestLine, type RequestLogEntry } from '../log/request-log-entry.js'
import { withFastPath } from '../node/fast-path.js'
import { SEND_PATH, sendRequest, VALID_PARAMS } from '../test-support/requests.js'
import {
  closeWaysIn,
  openWaysIn,
  type RawRequest,
  sendRaw,
  type WayIn,
} from '../test-support/ways-in.js'

describe('withFastPath under namespaces', () => {
  it('serves a namespace provider path itself and hands the rest of /ns/ on', async () => {
    const { state, namespaces } = createMockWithState({ namespaceLimit: 1 })
    const handedOn: string[] = []
    const other: RequestListener = (req, res) => {
      handedOn.push(req.url ?? '')
      res.end('other')
    }
    const server = createServer(withFastPath(state, PROVIDER_ENDPOINTS, other, namespaces))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as { port: number }).port
    try {
      const sent = await sendRaw(port, sendRequest('POST', VALID_PARAMS, `/ns/a${SEND_PATH}`))
      expect(JSON.parse(sent.body)).toMatchObject({ responses: [{ messageid: 100000001 }] })
      expect(namespaces?.find('a')?.journal.size).toBe(1)
      // One more namespace than the limit: refused here, not handed on.
      const full = await sendRaw(port, sendRequest('GET', VALID_PARAMS, `/ns/b${SEND_PATH}`))
      expect(full.status).toBe(503)
      const rest = [
        '/ns/a/__mock/messages',
        '/ns/a%20/api/services/sendsms',
        '/ns/../api/services/sendsms',
        '/ns//api/services/sendsms',
        '/ns/a/api/services/nothing',
        '/ns/a',
      ]
      for (const target of rest) {
        expect((await sendRaw(port, { method: 'GET', target })).body).toBe('other')
      }
      expect(handedOn).toEqual(rest)
      expect(state.journal.size).toBe(0)
    } finally {
      server.close()
      await namespaces?.close()
    }
  })
})

const JSON_TYPE: [string, string] = ['content-type', 'application/json']
const valid = new URLSearchParams(VALID_PARAMS as Record<string, string>).toString()

const requests: [string, RawRequest][] = [
  ['a GET send', { method: 'GET', target: `/ns/a${SEND_PATH}?${valid}` }],
  ['a POST send', sendRequest('POST', VALID_PARAMS, `/ns/a${SEND_PATH}`)],
  ['the trailing-slash path', { method: 'GET', target: `/ns/a${SEND_PATH}/?${valid}` }],
  ['no partner ID', { method: 'GET', target: `/ns/a${SEND_PATH}?apikey=x` }],
  ['a name of every allowed kind', { method: 'GET', target: `/ns/A.b_c-9${SEND_PATH}?${valid}` }],
  ['a name with a space', { method: 'GET', target: `/ns/a%20b${SEND_PATH}?${valid}` }],
  ['an encoded name', { method: 'GET', target: `/ns/%61${SEND_PATH}?${valid}` }],
  ['a name of 65 characters', { method: 'GET', target: `/ns/${'x'.repeat(65)}${SEND_PATH}` }],
  ['no name', { method: 'GET', target: `/ns/${SEND_PATH}` }],
  ['the bare prefix', { method: 'GET', target: '/ns' }],
  ['a step up out of the prefix', { method: 'GET', target: `/ns/..${SEND_PATH}?${valid}` }],
  ['a nested namespace', { method: 'GET', target: `/ns/a/ns/b${SEND_PATH}?${valid}` }],
  ['one namespace past the limit', { method: 'GET', target: `/ns/c${SEND_PATH}?${valid}` }],
  ['a control request', { method: 'GET', target: '/ns/a/__mock/faults' }],
  [
    'a control request with a foreign Host',
    { method: 'GET', target: '/ns/a/__mock/messages', headers: [['host', 'evil.example']] },
  ],
  [
    'a control request with a text body',
    {
      method: 'POST',
      target: '/ns/a/__mock/faults',
      headers: [['content-type', 'text/plain']],
      body: '{"code":4090}',
    },
  ],
  [
    'a CORS preflight of a send',
    {
      method: 'OPTIONS',
      target: `/ns/a${SEND_PATH}`,
      headers: [
        ['origin', 'http://app.example'],
        ['access-control-request-method', 'POST'],
      ],
    },
  ],
  ['a method the endpoint does not take', { method: 'PUT', target: `/ns/a${SEND_PATH}` }],
  [
    'a body over the limit',
    {
      method: 'POST',
      target: `/ns/a${SEND_PATH}`,
      headers: [JSON_TYPE],
      body: 'x'.repeat(1024 * 1024 + 1),
    },
  ],
]

// What each answers: the provider's HTTP 200, or the prefix's and the guard's own.
const STATUS: Record<string, number> = {
  'a name with a space': 400,
  'an encoded name': 400,
  'a name of 65 characters': 400,
  'no name': 400,
  'the bare prefix': 400,
  'a nested namespace': 404,
  'one namespace past the limit': 503,
  'a control request with a foreign Host': 403,
  'a control request with a text body': 415,
  'a CORS preflight of a send': 204,
}
for (const [name] of requests) STATUS[name] ??= 200

describe('every way in, under a namespace', () => {
  let ways: WayIn[]
  const entries: RequestLogEntry[] = []
  beforeAll(async () => {
    ways = await openWaysIn({
      now: () => new Date('2030-01-01T08:00:00Z'),
      namespaceLimit: 2,
      log: (entry) => entries.push(entry),
    })
  })
  // The in-process mock has no socket to close, but namespaces and their sweep timer.
  afterAll(() => Promise.all([closeWaysIn(ways), ...ways.map((way) => way.mock.close())]))

  it.each(requests)('answers %s alike', async (name, request) => {
    const answers = []
    const lines: string[][] = []
    for (const way of ways) {
      way.mock.reset()
      for (const { name } of way.mock.namespaces.list()) way.mock.namespaces.delete(name)
      // Two namespaces exist (the limit): `a` and `A.b_c-9`.
      way.mock.namespaces.get('a')
      way.mock.namespaces.get('A.b_c-9')
      entries.length = 0
      answers.push(await way.send(request))
      lines.push(entries.map(({ ms: _ms, ...entry }) => formatRequestLine({ ...entry, ms: 0 })))
    }
    const [first] = answers
    const journals = ways.map((way) =>
      way.mock.namespaces
        .list()
        .map((n) => [n.name, way.mock.namespaces.find(n.name)?.journal.list()]),
    )
    for (let i = 1; i < ways.length; i++) {
      expect(answers[i], `${ways[i]?.name} answers as ${ways[0]?.name}`).toEqual(first)
      expect(journals[i]).toEqual(journals[0])
      expect(ways[i]?.mock.journal.list()).toEqual(ways[0]?.mock.journal.list())
      expect(lines[i]).toEqual(lines[0])
    }
    expect(lines[0]).toHaveLength(1)
    expect(first?.status).toBe(STATUS[name])
  })

  it('logs the namespace on the line and in the entry', async () => {
    const query = `${SEND_PATH}?${valid}`
    for (const way of ways) {
      for (const { name } of way.mock.namespaces.list()) way.mock.namespaces.delete(name)
      // One place is left of the two: ci-job-42 takes it and ci-job-43 is refused.
      way.mock.namespaces.get('full')
      entries.length = 0
      await way.send({ method: 'GET', target: `/ns/ci-job-42${query}` })
      await way.send({ method: 'GET', target: '/ns/ci-job-42/__mock/health' })
      await way.send({ method: 'GET', target: `/ns/ci-job-43${query}` })
      await way.send({ method: 'GET', target: `/ns/bad%20name${query}` })
      const [send, health, refused, bad] = entries
      expect(send, way.name).toMatchObject({
        method: 'GET',
        path: SEND_PATH,
        namespace: 'ci-job-42',
        endpoint: 'sendsms',
        code: 200,
      })
      expect(formatRequestLine(send as RequestLogEntry)).toMatch(
        /^GET \/ns\/ci-job-42\/api\/services\/sendsms -> 200, 1 of 1 accepted \([\d.]+ ms\)$/,
      )
      expect(formatRequestLine(health as RequestLogEntry)).toMatch(
        /^GET \/ns\/ci-job-42\/__mock\/health -> HTTP 200 \(/,
      )
      expect(formatRequestLine(refused as RequestLogEntry)).toMatch(
        /^GET \/ns\/ci-job-43\/api\/services\/sendsms -> HTTP 503 \(/,
      )
      expect(bad?.namespace).toBeUndefined()
      expect(formatRequestLine(bad as RequestLogEntry)).toMatch(/^GET \/ns\/bad… -> HTTP 400 \(/)
      expect(entries).toHaveLength(4)
    }
  })
})
