/**
 * @module
 * Test helpers (not built): the three ways a request reaches the mock, for tables that must
 * answer alike on all of them, byte for byte: in-process (`app.request`), a socket with the
 * Node fast path, and a socket through Hono's Node adapter (`fastPath: false`). Socket
 * requests are written as raw bytes, so a test can send what no HTTP client would (two
 * Content-Type headers, a bad Host, a body in 1-byte chunks).
 */
import { connect } from 'node:net'
import { expect } from 'vitest'
import { createMock, type Mock, type MockOptions } from '../create-mock.js'
import { type RunningMock, startMockServer } from '../node/start-mock-server.js'

/**
 * A request as a test writes it.
 * @example
 * const request: RawRequest = { method: 'POST', target: '/api/services/sendsms', headers: [['content-type', 'application/json']], body: '{}' }
 */
export interface RawRequest {
  method: string
  /** Path and query, exactly as sent. */
  target: string
  /** Header lines in order; repeats allowed. Host, Content-Length and Connection are added unless given. */
  headers?: [string, string][]
  body?: string | Uint8Array
  /** Sends the body with chunked transfer coding, in pieces of this many bytes. */
  chunkBytes?: number
}

/**
 * An answer as the test reads it: headers lower-cased, the ones that differ by nature
 * between transports (date, connection management, length framing) left out.
 * @example
 * const answer: RawAnswer = { status: 200, headers: { 'content-type': 'application/json' }, body: '{}' }
 */
export interface RawAnswer {
  status: number
  headers: Record<string, string>
  body: string
}

/**
 * One way in, with the mock behind it.
 * @example
 * for (const way of ways) expect((await way.send(request)).body).toBe(expected)
 */
export interface WayIn {
  name: 'in-process' | 'socket, fast path' | 'socket, Hono'
  mock: Mock
  /** Where a socket way listens (undefined in-process). */
  running: RunningMock | undefined
  send(request: RawRequest): Promise<RawAnswer>
}

const TRANSPORT_HEADERS = new Set([
  'date',
  'connection',
  'keep-alive',
  'content-length',
  'transfer-encoding',
])

function kept(headers: Iterable<[string, string]>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of headers) {
    const key = name.toLowerCase()
    if (!TRANSPORT_HEADERS.has(key))
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`
  }
  return out
}

function hasHeader(request: RawRequest, name: string): boolean {
  return (request.headers ?? []).some(([n]) => n.toLowerCase() === name)
}

function bytesOf(body: string | Uint8Array | undefined): Buffer {
  if (body === undefined) return Buffer.alloc(0)
  return typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body)
}

/**
 * Writes a raw HTTP/1.1 request to `port` and reads the answer to the end of the
 * connection (`Connection: close` is sent unless the request says otherwise).
 * @example
 * await sendRaw(running.port, { method: 'GET', target: '/__mock/health' })
 */
export function sendRaw(port: number, request: RawRequest): Promise<RawAnswer> {
  const body = bytesOf(request.body)
  const lines = [`${request.method} ${request.target} HTTP/1.1`]
  if (!hasHeader(request, 'host')) lines.push(`Host: 127.0.0.1:${port}`)
  for (const [name, value] of request.headers ?? []) lines.push(`${name}: ${value}`)
  if (!hasHeader(request, 'connection')) lines.push('Connection: close')
  if (request.chunkBytes !== undefined) lines.push('Transfer-Encoding: chunked')
  else if (body.length > 0 && !hasHeader(request, 'content-length')) {
    lines.push(`Content-Length: ${body.length}`)
  }
  return new Promise((resolve, reject) => {
    const received: Buffer[] = []
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`${lines.join('\r\n')}\r\n\r\n`)
      if (request.chunkBytes === undefined) socket.write(body)
      else {
        const pieces: Buffer[] = []
        for (let i = 0; i < body.length; i += request.chunkBytes) {
          const piece = body.subarray(i, i + request.chunkBytes)
          pieces.push(Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n'))
        }
        pieces.push(Buffer.from('0\r\n\r\n'))
        socket.write(Buffer.concat(pieces))
      }
    })
    socket.on('data', (chunk: Buffer) => received.push(chunk))
    socket.on('error', reject)
    socket.on('close', () => {
      try {
        resolve(parseAnswer(Buffer.concat(received)))
      } catch (error) {
        reject(error)
      }
    })
  })
}

function parseAnswer(raw: Buffer): RawAnswer {
  const end = raw.indexOf('\r\n\r\n')
  if (end === -1) throw new Error(`no complete answer: ${JSON.stringify(raw.toString('latin1'))}`)
  const [statusLine = '', ...headerLines] = raw.subarray(0, end).toString('latin1').split('\r\n')
  const pairs = headerLines.map((line): [string, string] => {
    const colon = line.indexOf(':')
    return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()]
  })
  let body = raw.subarray(end + 4)
  if (pairs.some(([n, v]) => n.toLowerCase() === 'transfer-encoding' && v === 'chunked')) {
    body = dechunk(body)
  }
  const length = pairs.find(([n]) => n.toLowerCase() === 'content-length')?.[1]
  if (length !== undefined) body = body.subarray(0, Number(length))
  return {
    status: Number(statusLine.split(' ')[1]),
    headers: kept(pairs),
    body: body.toString('utf8'),
  }
}

function dechunk(raw: Buffer): Buffer {
  const parts: Buffer[] = []
  let at = 0
  for (;;) {
    const lineEnd = raw.indexOf('\r\n', at)
    const size = Number.parseInt(raw.subarray(at, lineEnd).toString('latin1'), 16)
    if (!(size > 0)) return Buffer.concat(parts)
    parts.push(raw.subarray(lineEnd + 2, lineEnd + 2 + size))
    at = lineEnd + 2 + size + 2
  }
}

async function inProcess(mock: Mock, request: RawRequest): Promise<RawAnswer> {
  const headers = new Headers()
  for (const [name, value] of request.headers ?? []) headers.append(name, value)
  const body = request.body === undefined ? undefined : bytesOf(request.body)
  const res = await mock.app.request(request.target, {
    method: request.method,
    headers,
    ...(body === undefined || body.length === 0 ? {} : { body: body as Uint8Array<ArrayBuffer> }),
  })
  const text = request.method === 'HEAD' ? '' : await res.text()
  return { status: res.status, headers: kept(res.headers), body: text }
}

/**
 * Opens the three ways in, each over its own mock made with `options`.
 * @example
 * const ways = await openWaysIn({ now: () => NOW })
 * afterAll(() => closeWaysIn(ways))
 */
export async function openWaysIn(options: MockOptions = {}): Promise<WayIn[]> {
  const mock = createMock(options)
  const fast = await startMockServer({ ...options, port: 0 })
  const hono = await startMockServer({ ...options, port: 0, fastPath: false })
  return [
    { name: 'in-process', mock, running: undefined, send: (r) => inProcess(mock, r) },
    {
      name: 'socket, fast path',
      mock: fast.mock,
      running: fast,
      send: (r) => sendRaw(fast.port, r),
    },
    { name: 'socket, Hono', mock: hono.mock, running: hono, send: (r) => sendRaw(hono.port, r) },
  ]
}

/**
 * Closes the sockets of `openWaysIn`.
 * @example
 * afterAll(() => closeWaysIn(ways))
 */
export async function closeWaysIn(ways: WayIn[]): Promise<void> {
  await Promise.all(ways.map((way) => way.running?.close()))
}

/**
 * Resets every mock, runs `setup` on each, sends `request` every way in, expects the
 * answers (status, headers, body) and the journals to be the same, and returns the answer.
 * @example
 * const answer = await answerEveryWay(ways, request, (mock) => mock.faults.push({ code: 4090 }))
 */
export async function answerEveryWay(
  ways: WayIn[],
  request: RawRequest,
  setup?: (mock: Mock) => void,
): Promise<RawAnswer> {
  const answers: RawAnswer[] = []
  for (const way of ways) {
    way.mock.reset()
    setup?.(way.mock)
    answers.push(await way.send(request))
  }
  const [first] = answers
  for (let i = 1; i < ways.length; i++) {
    expect(answers[i], `${ways[i]?.name} answers as ${ways[0]?.name}`).toEqual(first)
    expect(ways[i]?.mock.journal.list()).toEqual(ways[0]?.mock.journal.list())
  }
  return first as RawAnswer
}
