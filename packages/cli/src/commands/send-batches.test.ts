/**
 * sendsms send to more than 1000 numbers: the client splits the send into requests of at
 * most MAX_RECIPIENTS, and the CLI reports every recipient, including the account of a send
 * that stopped part-way (exit 6). A recording server in front of the mock counts the
 * requests and the numbers of each, and can make one request fail.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { MAX_RECIPIENTS } from '@sendsms/client'
import { splitNumbers } from '@sendsms/wire'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { EXIT_CODES } from '../exit-codes.js'
import { useSandboxMock } from '../testing/sandbox-mock.js'

const sandbox = useSandboxMock()

/** `count` distinct valid Safaricom numbers. */
function numbers(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `254712${String(i).padStart(6, '0')}`)
}

/**
 * The request whose first number is `firstNumber` fails. With `holdUntil`, it is answered
 * only once that many requests have arrived, and the others are answered only after it, so
 * they settle after the failure and the requests after them are never started, whatever
 * order the requests arrive in.
 */
type Failure = { firstNumber: string; answer: 'low-credit' | 'bad-gateway'; holdUntil?: number }

let server: Server
let url: string
/** The numbers of each request received, in arrival order. */
const received: string[][] = []
let failure: Failure | undefined
let held: (() => void)[] = []
let failing: (() => void) | undefined

function readMobiles(request: IncomingMessage, body: string): string[] {
  const query = new URL(request.url ?? '/', 'http://recorder.test').searchParams
  const mobile = request.method === 'GET' ? query.get('mobile') : JSON.parse(body).mobile
  return splitNumbers(String(mobile ?? ''))
}

function answerFailure(response: ServerResponse, answer: Failure['answer']): void {
  response.on('finish', () => {
    for (const release of held) release()
    held = []
  })
  if (answer === 'bad-gateway') {
    response.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>')
    return
  }
  const body = { 'response-code': 1004, 'response-description': 'Low bulk credits' }
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
}

async function forward(request: IncomingMessage, body: string, response: ServerResponse) {
  const init: RequestInit = { method: request.method ?? 'GET' }
  if (request.method === 'POST') {
    init.body = body
    init.headers = { 'content-type': 'application/json' }
  }
  const answer = await fetch(`${sandbox.running().url}${request.url}`, init)
  response
    .writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? '' })
    .end(await answer.text())
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    let body = ''
    for await (const chunk of request) body += chunk
    const mobiles = readMobiles(request, body)
    received.push(mobiles)
    const holdUntil = failure?.holdUntil ?? 0
    if (failure !== undefined && mobiles[0] === failure.firstNumber) {
      const answer = failure.answer
      failing = () => answerFailure(response, answer)
    } else if (holdUntil > 0) {
      held.push(() => void forward(request, body, response))
    } else {
      await forward(request, body, response)
    }
    if (failing !== undefined && received.length >= holdUntil) {
      failing()
      failing = undefined
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

beforeEach(() => {
  received.length = 0
  failure = undefined
  held = []
  failing = undefined
})

function send(to: string[], extra: string[] = []) {
  return sandbox.send(
    ['--to', to.join(','), '--message', 'Hi', ...extra],
    sandbox.env({ ADVANTA_BASE_URL: url }),
  )
}

describe('sendsms send to more than 1000 numbers', () => {
  it.each([
    [1001, [1000, 1]],
    [2500, [1000, 1000, 500]],
  ])('sends %i numbers in requests of at most 1000, each number once', async (count, sizes) => {
    const to = numbers(count)
    const run = await send(to, ['--json'])

    expect(run.code).toBe(EXIT_CODES.ok)
    expect(received.map((mobiles) => mobiles.length).sort((a, b) => b - a)).toEqual(sizes)
    expect(Math.max(...received.map((mobiles) => mobiles.length))).toBeLessThanOrEqual(
      MAX_RECIPIENTS,
    )
    expect(received.flat().sort()).toEqual(to)
    expect(sandbox.running().mock.journal.size).toBe(count)
    const document = run.json() as { results: { mobile: string; status: string }[] }
    expect(document).toMatchObject({ ok: true, accepted: count, rejected: 0 })
    expect(document.results.map((row) => row.mobile)).toEqual(to)
    expect(new Set(document.results.map((row) => row.status))).toEqual(new Set(['accepted']))
  })

  it('prints one line per recipient of every request, in input order', async () => {
    const to = numbers(1001)
    const run = await send(to)
    expect(run.code).toBe(EXIT_CODES.ok)
    const lines = run.stdout().trimEnd().split('\n')
    expect(lines).toHaveLength(1002)
    expect(lines.slice(0, -1).map((line) => line.split('  ')[0])).toEqual(to)
    expect(lines.at(-1)).toBe('1001 accepted, 0 rejected')
    expect(run.stderr()).toBe('')
  })
})

describe('sendsms send stopped part-way', () => {
  it('exits 6 with the account when the second request is refused as a whole', async () => {
    const to = numbers(2500)
    failure = { firstNumber: to[1000] as string, answer: 'low-credit' }
    const run = await send(to, ['--json'])

    expect(run.code).toBe(EXIT_CODES.incomplete)
    expect(received).toHaveLength(3)
    const document = run.json() as {
      results: { mobile: string; status: string; mayHaveBeenSent?: boolean }[]
    }
    expect(document).toMatchObject({
      ok: false,
      accepted: 1500,
      rejected: 0,
      failed: 1000,
      notAttempted: 0,
      error: {
        kind: 'IncompleteSendError',
        name: 'IncompleteSendError',
        mayHaveBeenSent: true,
        cause: { kind: 'ApiError', name: 'LowCreditError', code: 1004 },
        message: expect.stringContaining('first failure: the provider refused the request: 1004'),
      },
    })
    expect(document.results.map((row) => row.mobile)).toEqual(to)
    const failed = document.results.slice(1000, 2000)
    expect(failed.every((row) => row.status === 'failed' && row.mayHaveBeenSent === false)).toBe(
      true,
    )
    expect(document.results[999]).toMatchObject({ status: 'accepted', ok: true })
    expect(document.results[2000]).toMatchObject({ status: 'accepted', ok: true })
    expect(run.stdout().trim().split('\n')).toHaveLength(1)
    expect(run.stderr()).toContain('sendsms: the send stopped part-way: 1500 of 2500')
    expect(run.stderr()).toContain('which were not sent')
  })

  it('reports failed and not attempted recipients as text when later requests never started', async () => {
    const to = numbers(4500)
    failure = { firstNumber: to[1000] as string, answer: 'bad-gateway', holdUntil: 4 }
    const run = await send(to)

    expect(run.code).toBe(EXIT_CODES.incomplete)
    // Four requests in flight at once (the client's default concurrency); the fifth never starts.
    expect(received).toHaveLength(4)
    expect(received.flat()).not.toContain(to[4000])
    const lines = run.stdout().trimEnd().split('\n')
    expect(lines).toHaveLength(4501)
    expect(lines[0]).toMatch(/^254712000000 {2}accepted {7}message \d+$/)
    expect(lines[1000]).toMatch(/^254712001000 {2}failed {9}.*502.* {2}\(may have been sent\)$/)
    expect(lines[4000]).toBe(
      '254712004000  not attempted  Not sent: an earlier request of this send failed',
    )
    expect(lines.at(-1)).toBe('3000 accepted, 0 rejected, 1000 failed, 500 not attempted')
    const stderr = run.stderr().split('\n')
    expect(stderr[0]).toMatch(/^sendsms: the send stopped part-way: 3000 of 4500 recipients/)
    expect(stderr[0]).toContain('; first failure: ')
    expect(stderr[1]).toBe(
      'Resend only the numbers not attempted; a failed request may have reached the provider: check the delivery reports before resending its numbers.',
    )
    expect(run.stderr()).not.toMatch(/\n\s+at /)
  })
})
