/**
 * @module
 * Transport faults every way in: what can be written as an answer (a proxy's page, a cut
 * answer, a late answer) answers byte for byte alike in-process, over the fast path and
 * over Hono; what needs the connection (a hang, a reset, a slow body) is checked on the
 * socket for both socket ways, and as its closest web form in-process.
 */
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createMock, type Mock } from '../create-mock.js'
import { formatRequestLine, type RequestLogEntry } from '../log/request-log-entry.js'
import { startMockServer } from '../node/start-mock-server.js'
import { CREDENTIALS, pathOf, requestTo } from '../test-support/endpoint-requests.js'
import { paramsWith, SEND_PATH, sendRequest } from '../test-support/requests.js'
import {
  answerEveryWay,
  closeWaysIn,
  openWaysIn,
  type RawRequest,
  sendRaw,
  type WayIn,
} from '../test-support/ways-in.js'
import { proxyPage } from './proxy-page.js'

const NOW = new Date('2030-01-01T06:00:00Z')
let ways: WayIn[]
beforeAll(async () => {
  ways = await openWaysIn({ now: () => NOW })
})
afterAll(() => closeWaysIn(ways))

const SEND = sendRequest('POST', paramsWith({}))
const withHeader = (request: RawRequest, value: string): RawRequest => ({
  ...request,
  headers: [...(request.headers ?? []), ['X-Mock-Fault', value]],
})
const sendTo = (mobile: string) => sendRequest('POST', paramsWith({ mobile }))
const BALANCE = requestTo(pathOf('getbalance'), 'GET', CREDENTIALS)

function journalSizes(): number[] {
  return ways.map((way) => way.mock.journal.size)
}

describe('faults written as an answer, every way in alike', () => {
  it('answers a queued proxy 503 with its page, the rules not reached', async () => {
    const answer = await answerEveryWay(ways, SEND, (m) => {
      m.faults.push({ kind: 'http', status: 503 })
    })
    expect(answer).toEqual({
      status: 503,
      headers: { 'content-type': 'text/html', 'access-control-allow-origin': '*' },
      body: proxyPage(503),
    })
    expect(answer.body).toContain('<title>503 Service Temporarily Unavailable</title>')
    expect(journalSizes()).toEqual([0, 0, 0])
  })

  it.each([
    [500, 'Internal Server Error'],
    [502, 'Bad Gateway'],
    [504, 'Gateway Time-out'],
  ])('names status %i on its page', async (status, reason) => {
    const answer = await answerEveryWay(ways, SEND, (m) => {
      m.faults.push({ kind: 'http', status: status as 504 })
    })
    expect(answer.status).toBe(status)
    expect(answer.body).toContain(`<h1>${status} ${reason}</h1>`)
    expect(answer.body).toContain('<center>nginx</center>')
  })

  it('answers a 504 after the rules ran when reached, the message journaled', async () => {
    const answer = await answerEveryWay(ways, SEND, (m) => {
      m.faults.push({ kind: 'http', status: 504, reached: true })
    })
    expect(answer.status).toBe(504)
    expect(journalSizes()).toEqual([1, 1, 1])
  })

  it('cuts the answer to its first half, framed as whole, after the rules ran', async () => {
    const whole = await answerEveryWay(ways, SEND)
    const cut = await answerEveryWay(ways, SEND, (m) => {
      m.faults.push({ kind: 'truncated' })
    })
    expect(cut.status).toBe(200)
    expect(cut.headers['content-type']).toBe('application/json')
    expect(cut.body).toBe(whole.body.slice(0, Math.ceil(whole.body.length / 2)))
    expect(() => JSON.parse(cut.body)).toThrow(SyntaxError)
    expect(journalSizes()).toEqual([1, 1, 1])
  })

  it('answers late with the real answer', async () => {
    const whole = await answerEveryWay(ways, SEND)
    const late = await answerEveryWay(ways, SEND, (m) => {
      m.faults.push({ kind: 'latency', minMs: 1, maxMs: 15 })
    })
    expect(late).toEqual(whole)
    expect(journalSizes()).toEqual([1, 1, 1])
  })

  it('takes a fault from the X-Mock-Fault header on getbalance, leaving the queue', async () => {
    const answer = await answerEveryWay(ways, withHeader(BALANCE, 'http-502'), (m) => {
      m.faults.push({ code: 1006 })
    })
    expect(answer.status).toBe(502)
    for (const way of ways) expect(way.mock.faults.list()).toHaveLength(1)
  })

  it('answers a code named in the header', async () => {
    const answer = await answerEveryWay(ways, withHeader(BALANCE, 'code-4090'))
    expect(JSON.parse(answer.body)).toEqual({
      'response-code': 4090,
      'response-description': 'Internal Error. Try again after 5 minutes',
    })
  })

  it('answers as usual when the header names no fault', async () => {
    const plain = await answerEveryWay(ways, BALANCE)
    expect(await answerEveryWay(ways, withHeader(BALANCE, 'http-418'))).toEqual(plain)
  })

  it('takes a fault from a fault number in any form, the rules not reached', async () => {
    const answer = await answerEveryWay(ways, sendTo('0712345678,+254 799 999 503'))
    expect(answer.status).toBe(503)
    expect(journalSizes()).toEqual([0, 0, 0])
  })

  it('takes a fault from a fault number in a sendbulk item', async () => {
    const item = (mobile: string) => ({
      ...CREDENTIALS,
      shortcode: 'SANDBOX',
      message: 'Hi',
      mobile,
    })
    const bulk: RawRequest = {
      method: 'POST',
      target: pathOf('sendbulk'),
      headers: [['content-type', 'application/json']],
      body: JSON.stringify({ count: 2, smslist: [item('0712345678'), item('0799999502')] }),
    }
    expect((await answerEveryWay(ways, bulk)).status).toBe(502)
  })

  it('gives a queued fault only to its endpoint', async () => {
    const setup = (m: Mock) => {
      m.faults.push({ kind: 'http', status: 500, endpoint: 'getbalance' })
    }
    expect((await answerEveryWay(ways, SEND, setup)).status).toBe(200)
    for (const way of ways) expect(way.mock.faults.list()).toHaveLength(1)
  })

  it('allows the header in the CORS preflight of a provider endpoint', async () => {
    const preflight: RawRequest = {
      method: 'OPTIONS',
      target: SEND_PATH,
      headers: [
        ['origin', 'http://localhost:5173'],
        ['access-control-request-method', 'POST'],
        ['access-control-request-headers', 'content-type,x-mock-fault'],
      ],
    }
    const answer = await answerEveryWay(ways, preflight, (m) => {
      m.faults.push({ kind: 'reset' })
    })
    expect(answer.status).toBe(204)
    expect(answer.headers['access-control-allow-headers']).toBe('content-type,x-mock-fault')
    // A preflight is not a request to the API: the fault waits for the request itself.
    for (const way of ways) expect(way.mock.faults.list()).toHaveLength(1)
  })

  it('leaves an unreadable request its 1009, the fault pending', async () => {
    const bad: RawRequest = { ...SEND, body: '{' }
    const answer = await answerEveryWay(ways, bad, (m) => {
      m.faults.push({ kind: 'http', status: 503 })
    })
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.body)['response-code']).toBe(1009)
    for (const way of ways) expect(way.mock.faults.list()).toHaveLength(1)
  })
})

/** What a socket received, and how it ended. */
interface Exchange {
  chunks: Buffer[]
  ended: Promise<'reset' | 'closed'>
}

function exchange(port: number, request: string): Exchange {
  const chunks: Buffer[] = []
  const socket = connect(port, '127.0.0.1', () => socket.write(request))
  socket.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise<'reset' | 'closed'>((resolve) => {
    socket.on('error', (error: NodeJS.ErrnoException) => {
      resolve(error.code === 'ECONNRESET' ? 'reset' : 'closed')
    })
    socket.on('close', () => resolve('closed'))
  })
  return { chunks, ended }
}

const query = new URLSearchParams(paramsWith({}) as Record<string, string>).toString()
const rawSend = (fault: string, more = '') =>
  `GET ${SEND_PATH}?${query} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Mock-Fault: ${fault}\r\n${more}\r\n`

describe.each([
  ['socket, fast path', true],
  ['socket, Hono', false],
])('connection faults, %s', (_name, fastPath) => {
  async function serverLogging() {
    const logged: RequestLogEntry[] = []
    let arrived = () => {}
    const running = await startMockServer({
      port: 0,
      fastPath,
      log: (entry) => {
        logged.push(entry)
        arrived()
      },
    })
    const nextLog = () => new Promise<void>((resolve) => (arrived = resolve))
    return { running, logged, nextLog }
  }

  it('resets the connection without a byte, after the rules ran', async () => {
    const { running } = await serverLogging()
    try {
      const { chunks, ended } = exchange(running.port, rawSend('reset'))
      expect(await ended).toBe('reset')
      expect(chunks).toEqual([])
      expect(running.mock.journal.size).toBe(1)
    } finally {
      await running.close()
    }
  })

  it('resets before the rules when told to', async () => {
    const { running } = await serverLogging()
    try {
      const { chunks, ended } = exchange(running.port, rawSend('reset;reached=false'))
      expect(await ended).toBe('reset')
      expect(chunks).toEqual([])
      expect(running.mock.journal.size).toBe(0)
    } finally {
      await running.close()
    }
  })

  it('holds a hung request open, unanswered, until the server closes', async () => {
    const { running, nextLog } = await serverLogging()
    const logged = nextLog()
    const { chunks, ended } = exchange(running.port, rawSend('hang'))
    await logged
    // A full exchange on another connection: an answer on the hung one would be here by now.
    expect((await sendRaw(running.port, { method: 'GET', target: '/__mock/health' })).status).toBe(
      200,
    )
    expect(chunks).toEqual([])
    expect(running.mock.journal.size).toBe(1)
    await running.close()
    await ended
    expect(chunks).toEqual([])
  })

  it('ends a hung request when the mock alone is closed', async () => {
    const { running, nextLog } = await serverLogging()
    try {
      const logged = nextLog()
      const { chunks, ended } = exchange(running.port, rawSend('hang;reached=false'))
      await logged
      await running.mock.close()
      expect(await ended).toBe('reset')
      expect(chunks).toEqual([])
      expect(running.mock.journal.size).toBe(0)
    } finally {
      await running.close()
    }
  })

  it('sends the headers of a slow body at once, then the real answer in pieces', async () => {
    const { running } = await serverLogging()
    try {
      const slow = exchange(running.port, rawSend('slow-body-200', 'Connection: close\r\n'))
      await slow.ended
      const [head, ...pieces] = slow.chunks.map((chunk) => chunk.toString('utf8'))
      expect(head).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\n$/)
      const body = pieces.join('')
      expect(JSON.parse(body)).toMatchObject({ responses: [{ 'response-code': 200 }] })
      expect(head).toContain(`content-length: ${Buffer.byteLength(body)}`)
      expect(running.mock.journal.size).toBe(1)
    } finally {
      await running.close()
    }
  })

  it('ends a late answer when the mock closes, so close() never waits out the delay', async () => {
    const { running } = await serverLogging()
    running.mock.faults.push({ kind: 'latency', ms: 60_000 })
    const late = exchange(running.port, rawSend('none'))
    await vi.waitFor(() => expect(running.mock.journal.size).toBe(1))
    await running.close()
    await late.ended
  })
})

describe('connection faults in-process', () => {
  const mock = createMock()
  afterAll(() => mock.close())
  const request = async (fault: string, init: RequestInit = {}) =>
    mock.app.request(`${SEND_PATH}?${query}`, { ...init, headers: { 'x-mock-fault': fault } })

  it('answers a reset with a body that fails as it is read, after the rules ran', async () => {
    mock.reset()
    const res = await request('reset')
    await expect(res.text()).rejects.toThrow(TypeError)
    expect(mock.journal.size).toBe(1)
  })

  it('answers a reset before the rules as the API would have begun to, then fails', async () => {
    mock.reset()
    const res = await request('reset;reached=false')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    await expect(res.text()).rejects.toThrow('The mock reset the connection')
    expect(mock.journal.size).toBe(0)
  })

  it('keeps to the web form under a Node adapter that offers no already-sent answer', async () => {
    mock.reset()
    const outgoing = { writeHead: vi.fn(), destroy: vi.fn() }
    const res = await mock.app.fetch(
      new Request(`http://mock${SEND_PATH}?${query}`, { headers: { 'x-mock-fault': 'reset' } }),
      { outgoing },
    )
    await expect(res.text()).rejects.toThrow(TypeError)
    expect(outgoing.writeHead).not.toHaveBeenCalled()
    expect(outgoing.destroy).not.toHaveBeenCalled()
  })

  it('never answers a hang until the caller aborts', async () => {
    mock.reset()
    const controller = new AbortController()
    const pending = request('hang;reached=false', { signal: controller.signal })
    let answered = false
    void pending.then(() => {
      answered = true
    })
    await Promise.resolve()
    expect(answered).toBe(false)
    controller.abort()
    await expect((await pending).text()).rejects.toThrow(TypeError)
    expect(mock.journal.size).toBe(0)
  })

  it('ends a hang, a slow body and a late answer when the mock closes', async () => {
    const closing = createMock()
    closing.faults.push({ kind: 'latency', ms: 60_000 })
    const late = closing.app.request(`${SEND_PATH}?${query}`)
    const hung = closing.app.request(`${SEND_PATH}?${query}`, {
      headers: { 'x-mock-fault': 'hang' },
    })
    const slow = await closing.app.request(`${SEND_PATH}?${query}`, {
      headers: { 'x-mock-fault': 'slow-body-60000' },
    })
    const slowText = slow.text()
    await closing.close()
    expect((await late).status).toBe(200)
    await expect((await hung).text()).rejects.toThrow(TypeError)
    await expect(slowText).rejects.toThrow(TypeError)
  })

  it('streams a slow body to the real answer', async () => {
    mock.reset()
    const res = await request('slow-body-20')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json')
    expect(JSON.parse(await res.text())).toMatchObject({ responses: [{ 'response-code': 200 }] })
  })
})

describe('the request log of a fault', () => {
  it('names the fault on the entry and on the line, on every way in', async () => {
    const entries: RequestLogEntry[] = []
    const logged = await openWaysIn({ now: () => NOW, log: (entry) => entries.push(entry) })
    try {
      await answerEveryWay(logged, SEND, (m) => {
        m.faults.push({ kind: 'http', status: 503 })
      })
      expect(entries.map((entry) => entry.fault)).toEqual(['http-503', 'http-503', 'http-503'])
      for (const entry of entries) {
        expect(formatRequestLine(entry)).toMatch(/-> HTTP 503 \(.* ms\) \[fault http-503\]$/)
      }
    } finally {
      await closeWaysIn(logged)
    }
  })
})
