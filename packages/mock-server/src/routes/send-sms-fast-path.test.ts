/**
 * @module
 * The socket fast path answers exactly as the Hono route: same bodies, same journal,
 * same faults, same headers, for JSON POSTs and for GET queries; requests it does not
 * take still reach Hono.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMock, type Mock } from '../create-mock.js'
import { type RunningMock, startMockServer } from '../server.js'
import type { MockState } from '../state/mock-state.js'
import { VALID_PARAMS } from '../testing/requests.js'
import { MAX_BODY_BYTES } from './send-sms.js'
import { takesFastPath } from './send-sms-fast-path.js'

const PATH = '/api/services/sendsms'
const now = () => new Date('2030-01-01T08:00:00Z')
const json = { 'content-type': 'application/json' }

let server: RunningMock
let reference: Mock

beforeAll(async () => {
  server = await startMockServer({ port: 0, now })
  reference = createMock({ now })
})

afterAll(async () => {
  await server.close()
})

function overSocket(body: string, headers: Record<string, string> = json, path = PATH) {
  return fetch(`${server.url}${path}`, { method: 'POST', headers, body })
}

function inProcess(body: string, headers: Record<string, string> = json, path = PATH) {
  return reference.app.request(path, { method: 'POST', headers, body })
}

/** POSTs `pieces` one write at a time with no Content-Length (chunked); resolves with the answer text. */
function postChunked(pieces: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server.url}${PATH}`, { method: 'POST', headers: json }, (res) => {
      let text = ''
      res.on('data', (chunk: Buffer) => {
        text += chunk.toString()
      })
      res.on('end', () => resolve(text))
    })
    req.on('error', reject)
    for (const piece of pieces) req.write(piece)
    req.end()
  })
}

const bodies: [string, string][] = [
  ['one number', JSON.stringify(VALID_PARAMS)],
  ['mixed numbers', JSON.stringify({ ...VALID_PARAMS, mobile: '0712345678,+255712345678,07' })],
  ['a scheduled send', JSON.stringify({ ...VALID_PARAMS, timeToSend: '2030-09-01 18:00' })],
  [
    'numbers as JSON numbers',
    JSON.stringify({ ...VALID_PARAMS, partnerID: 12345, mobile: 254733123456 }),
  ],
  ['an array holding one object', JSON.stringify([VALID_PARAMS])],
  ['a wrong apikey', JSON.stringify({ ...VALID_PARAMS, apikey: 'nope' })],
  ['no apikey', JSON.stringify({ ...VALID_PARAMS, apikey: undefined })],
  ['broken JSON', '{"apikey":'],
  ['a boolean field', JSON.stringify({ ...VALID_PARAMS, mobile: true })],
  ['an empty body', ''],
  ['a byte order mark', `\uFEFF${JSON.stringify(VALID_PARAMS)}`],
]

describe('the send fast path', () => {
  it.each(bodies)('answers %s as the Hono route does', async (_, body) => {
    const [fast, slow] = await Promise.all([overSocket(body), inProcess(body)])
    expect(fast.status).toBe(200)
    expect(await fast.json()).toEqual(await slow.json())
    expect(server.mock.journal.list()).toEqual(reference.journal.list())
  })

  it('survives a client that hangs up halfway through its body, and sends nothing for it', async () => {
    const before = server.mock.journal.list().length
    const body = JSON.stringify(VALID_PARAMS)
    await new Promise<void>((resolve, reject) => {
      const socket = connect(server.port, '127.0.0.1', () => {
        socket.write(
          `POST ${PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
            `Content-Length: ${body.length}\r\n\r\n${body.slice(0, 20)}`,
          () => setTimeout(() => socket.destroy(), 50),
        )
      })
      socket.on('close', () => resolve())
      socket.on('error', reject)
    })
    const next = await overSocket(JSON.stringify(VALID_PARAMS))
    expect(await next.json()).toMatchObject({ responses: [{ 'response-code': 200 }] })
    expect(server.mock.journal.list()).toHaveLength(before + 1)
  })

  it('sends the same content type and CORS header as the Hono route', async () => {
    const fast = await overSocket(JSON.stringify(VALID_PARAMS))
    await fast.arrayBuffer()
    expect(fast.headers.get('content-type')).toBe('application/json')
    expect(fast.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('answers a queued fault instead of sending', async () => {
    server.mock.faults.push({ code: 4090, count: 1 })
    const res = await overSocket(JSON.stringify(VALID_PARAMS))
    expect(await res.json()).toEqual({
      'response-code': 4090,
      'response-description': 'Internal Error. Try again after 5 minutes',
    })
    expect(server.mock.faults.list()).toEqual([])
  })

  it('leaves a POST with a query string to Hono, where the body wins over the query', async () => {
    const res = await overSocket(JSON.stringify(VALID_PARAMS), json, `${PATH}?apikey=wrong`)
    expect(await res.json()).toMatchObject({ responses: [{ 'response-code': 200 }] })
  })

  it('applies the quirks on the fast path too', async () => {
    const quirky = await startMockServer({ port: 0, quirks: { misspelledCodeKey: true } })
    try {
      const res = await fetch(`${quirky.url}${PATH}`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify(VALID_PARAMS),
      })
      expect(await res.json()).toMatchObject({ responses: [{ 'respose-code': 200 }] })
    } finally {
      await quirky.close()
    }
  })

  it('still writes one log line per send when a log is configured', async () => {
    const lines: string[] = []
    const logged = await startMockServer({ port: 0, log: (line) => lines.push(line) })
    try {
      const res = await fetch(`${logged.url}${PATH}`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify(VALID_PARAMS),
      })
      await res.arrayBuffer()
      expect(lines).toEqual([expect.stringMatching(/^POST \/api\/services\/sendsms -> 200/)])
    } finally {
      await logged.close()
    }
  })
})

describe('the GET fast path', () => {
  let getServer: RunningMock
  let getReference: Mock

  beforeAll(async () => {
    getServer = await startMockServer({ port: 0, now })
    getReference = createMock({ now })
  })

  afterAll(async () => {
    await getServer.close()
  })

  const valid = new URLSearchParams(VALID_PARAMS as Record<string, string>).toString()
  const targets: [string, string][] = [
    ['one number', `${PATH}?${valid}`],
    ['the trailing-slash path', `${PATH}/?${valid}`],
    ['no query at all', PATH],
    ['an empty query', `${PATH}?`],
    ['a message with + and %20 for spaces', `${PATH}?${valid}&message=Hello+from%20GET`],
    ['a message with an encoded plus and comma', `${PATH}?${valid}&message=1%2B1%2C2`],
    ['a malformed percent escape', `${PATH}?${valid}&message=50%25%E0%A4%A`],
    ['a repeated key (the first wins)', `${PATH}?mobile=0733123456&${valid}`],
    ['a key with no value', `${PATH}?${valid}&apikey`],
    ['an empty value', `${PATH}?${valid.replace('apikey=sandbox-api-key', 'apikey=')}`],
    ['several numbers', `${PATH}?${valid}&mobile=0712345678%2C%2B255712345678,07`],
    ['a scheduled send', `${PATH}?${valid}&timeToSend=2030-09-01%2018:00`],
    ['an encoded key name', `${PATH}?${valid.replace('apikey', 'api%6Bey')}`],
    ['a wrong apikey', `${PATH}?${valid.replace('sandbox-api-key', 'nope')}`],
  ]

  it.each(targets)('answers %s as the Hono route does', async (_, target) => {
    const [fast, slow] = await Promise.all([
      fetch(`${getServer.url}${target}`),
      getReference.app.request(target),
    ])
    expect(fast.headers.get('access-control-allow-origin')).toBe('*')
    expect(await fast.text()).toBe(await slow.text())
    expect(getServer.mock.journal.list()).toEqual(getReference.journal.list())
  })

  it('journals what it sends as a GET', async () => {
    const before = getServer.mock.journal.size
    await (await fetch(`${getServer.url}${PATH}?${valid}`)).arrayBuffer()
    expect(getServer.mock.journal.list()[before]).toMatchObject({ method: 'GET' })
  })
})

describe('the send body limit', () => {
  it('answers 1009 to a body whose Content-Length is over the limit', async () => {
    const res = await overSocket(' '.repeat(MAX_BODY_BYTES + 1))
    expect(await res.json()).toEqual({
      'response-code': 1009,
      'response-description': 'Unsupported data type',
    })
  })

  it('answers 1009 to a chunked body (no Content-Length) that grows over the limit', async () => {
    // Written in pieces without a length, so node:http sends it chunked.
    const answer = await postChunked(Array.from({ length: 17 }, () => ' '.repeat(64 * 1024)))
    expect(JSON.parse(answer)).toMatchObject({ 'response-code': 1009 })
  })

  it('reads a chunked body under the limit', async () => {
    const body = JSON.stringify(VALID_PARAMS)
    const answer = await postChunked([body.slice(0, 10), body.slice(10)])
    expect(JSON.parse(answer)).toMatchObject({ responses: [{ 'response-code': 200 }] })
  })
})

describe('takesFastPath', () => {
  const state = { log: undefined } as unknown as MockState
  const request = (method: string, url: string, headers: Record<string, string>) =>
    ({ method, url, headers }) as unknown as IncomingMessage
  const plain = { 'content-type': 'application/json; charset=utf-8', 'content-length': '120' }

  it.each([
    ['a JSON POST with a length', request('POST', PATH, plain), true],
    ['the trailing-slash path', request('POST', `${PATH}/`, plain), true],
    ['a GET with no query', request('GET', PATH, {}), true],
    ['a query string', request('POST', `${PATH}?apikey=k`, plain), false],
    [
      'form data',
      request('POST', PATH, { ...plain, 'content-type': 'application/x-www-form-urlencoded' }),
      false,
    ],
    [
      'a chunked body',
      request('POST', PATH, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }),
      false,
    ],
    [
      'a body over the limit',
      request('POST', PATH, { ...plain, 'content-length': String(MAX_BODY_BYTES + 1) }),
      false,
    ],
    ['another path', request('POST', '/__mock/reset', plain), false],
    ['a GET with a query', request('GET', `${PATH}?apikey=k&mobile=0712345678`, {}), true],
    ['a GET to the trailing-slash path', request('GET', `${PATH}/?message=a+b%20c`, {}), true],
    ['a GET with a raw space', request('GET', `${PATH}?message=a b`, {}), false],
    ['a GET with a raw quote', request('GET', `${PATH}?message='hi'`, {}), false],
    ['a GET with raw non-ASCII', request('GET', `${PATH}?message=Ã©`, {}), false],
    ['a GET with a body', request('GET', `${PATH}?a=1`, { 'content-length': '2' }), false],
    ['a GET to another path', request('GET', '/__mock/messages?mobile=1', {}), false],
    ['a HEAD', request('HEAD', `${PATH}?a=1`, {}), false],
  ])('for %s: %s', (_, req, expected) => {
    expect(takesFastPath(req, state)).toBe(expected)
  })

  it('is never taken while a request log is on', () => {
    const logging = { log: () => {} } as unknown as MockState
    expect(takesFastPath(request('POST', PATH, plain), logging)).toBe(false)
  })
})
