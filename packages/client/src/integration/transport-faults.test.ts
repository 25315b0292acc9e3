/**
 * @module
 * Integration tests: the real client against the built mock on a real socket, with the
 * mock's transport faults, so each error class a network gives is produced as it is live:
 * a hang or a slow body (`TimeoutError`), a reset after the API acted (`ConnectionError`
 * that may have been sent) against a refused connection (one that cannot have been), a
 * proxy's 5xx or a cut answer (`UnexpectedResponseError`); and `maxRetries` retrying only
 * what cannot have reached the provider. Delays are tens of milliseconds and timeouts short:
 * nothing here waits on the clock for its result, and no timing is asserted.
 */
import { createServer } from 'node:net'
import { type RunningMock, startMockServer } from '@sendsms/mock-server/node'
import { SANDBOX } from '@sendsms/test-fixtures'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  type ClientOptions,
  ConnectionError,
  createClient,
  type SendSmsError,
  TimeoutError,
  UnexpectedResponseError,
} from '../index.js'

let running: RunningMock
beforeAll(async () => {
  running = await startMockServer({ port: 0, host: '127.0.0.1' })
})
afterAll(() => running.close())
beforeEach(() => running.mock.reset())

// A clock that never sleeps: retries run at once, and the test sees how many there were.
const noWait = { sleep: async () => {}, random: () => 0.5, now: () => 0 }

function client(options: Partial<ClientOptions> = {}) {
  return createClient({
    ...SANDBOX,
    baseUrl: running.url,
    env: false,
    timeoutMs: 2_000,
    maxRetries: 0,
    clock: noWait,
    ...options,
  })
}

/** A fetch that counts its calls and adds the X-Mock-Fault header when given one. */
function countingFetch(fault?: string) {
  const calls: string[] = []
  const fetchFn = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init)
    calls.push(request.url)
    if (fault !== undefined) request.headers.set('x-mock-fault', fault)
    return fetch(request)
  }
  return { calls, fetch: fetchFn }
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the call to fail')
    },
    (error: unknown) => error as SendSmsError,
  )

const SEND = { to: '0712345678', message: 'Hello' }

// A test that gives up on a request (a time limit of 50 ms) may leave it in flight: the mock,
// like the API, still reads and journals it, possibly once the next test has begun. Each test
// that counts what was journaled sends its own text and counts only that.
function sendOwn(message: string, to = SEND.to) {
  return { to, message }
}
const HELD_BACK_TO = '0712000001'
const journaled = (message: string) =>
  running.mock.journal.list().filter((entry) => entry.message === message).length

/** A port nothing listens on: bound, then let go. */
async function refusedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

describe('TimeoutError', () => {
  it('comes from a hang, the time limit of the client ending it (may have been sent)', async () => {
    running.mock.faults.push({ kind: 'hang' })
    const error = await failure(client({ timeoutMs: 50 }).sendSms(SEND))
    expect(error).toBeInstanceOf(TimeoutError)
    expect(error.mayHaveBeenSent).toBe(true)
  })

  it('comes from a hang after the mock accepted the message: it was sent', async () => {
    running.mock.faults.push({ kind: 'hang' })
    // The caller's own time limit, ended once the mock has run the rules and holds the
    // answer back (what AbortSignal.timeout() does when its time is up), so the message is
    // known to be accepted whatever the machine's speed.
    const limit = new AbortController()
    const sending = failure(
      client().sendSms({
        ...sendOwn('Accepted, then held back', HELD_BACK_TO),
        signal: limit.signal,
      }),
    )
    // Its own number: a request an earlier test gave up on may arrive meanwhile.
    await running.mock.requests.waitFor(
      { endpoint: 'sendsms', mobile: HELD_BACK_TO },
      { timeoutMs: 10_000 },
    )
    limit.abort(new DOMException('The time limit was reached', 'TimeoutError'))
    const error = await sending
    expect(error).toBeInstanceOf(TimeoutError)
    expect(error.mayHaveBeenSent).toBe(true)
    expect(journaled('Accepted, then held back')).toBe(1)
  })

  it('comes from a slow body, the timeout firing while the body is read', async () => {
    running.mock.faults.push({ kind: 'slow-body', ms: 5_000 })
    const error = await failure(client({ timeoutMs: 80 }).getBalance())
    expect(error).toBeInstanceOf(TimeoutError)
    expect(error.mayHaveBeenSent).toBe(true)
  })

  it('does not come from a latency shorter than the timeout', async () => {
    running.mock.faults.push({ kind: 'latency', ms: 20 })
    await expect(client().sendSms(SEND)).resolves.toMatchObject({ allAccepted: true })
  })

  it('comes from a latency longer than the timeout', async () => {
    running.mock.faults.push({ kind: 'latency', ms: 5_000 })
    expect(await failure(client({ timeoutMs: 50 }).sendSms(SEND))).toBeInstanceOf(TimeoutError)
  })
})

describe('ConnectionError', () => {
  it('from a reset after the rules ran, may have been sent', async () => {
    running.mock.faults.push({ kind: 'reset' })
    const error = await failure(client().sendSms(sendOwn('Reset after the rules')))
    expect(error).toBeInstanceOf(ConnectionError)
    expect(error).not.toBeInstanceOf(TimeoutError)
    expect(error.mayHaveBeenSent).toBe(true)
    expect(journaled('Reset after the rules')).toBe(1)
  })

  it('from a reset before the rules still may have been sent: the client cannot tell', async () => {
    const error = await failure(client().sendSms(sendOwn('Reset before the rules', '0799999521')))
    expect(error).toBeInstanceOf(ConnectionError)
    expect(error.mayHaveBeenSent).toBe(true)
    expect(journaled('Reset before the rules')).toBe(0)
  })

  it('from a reset named in the X-Mock-Fault header, on getBalance', async () => {
    const error = await failure(client({ fetch: countingFetch('reset').fetch }).getBalance())
    expect(error).toBeInstanceOf(ConnectionError)
    expect(error.mayHaveBeenSent).toBe(true)
  })

  it('from a refused connection, cannot have been sent', async () => {
    const port = await refusedPort()
    const error = await failure(client({ baseUrl: `http://127.0.0.1:${port}` }).sendSms(SEND))
    expect(error).toBeInstanceOf(ConnectionError)
    expect(error.mayHaveBeenSent).toBe(false)
  })
})

describe('UnexpectedResponseError', () => {
  it('from a proxy 503, with its status', async () => {
    running.mock.faults.push({ kind: 'http', status: 503 })
    const error = await failure(client().sendSms(sendOwn('Behind a proxy 503')))
    expect(error).toBeInstanceOf(UnexpectedResponseError)
    expect((error as UnexpectedResponseError).status).toBe(503)
    expect(error.mayHaveBeenSent).toBe(true)
    expect(journaled('Behind a proxy 503')).toBe(0)
  })

  it('from the 504 of a fault number', async () => {
    const error = await failure(client().sendSms({ ...SEND, to: '+254 799 999 504' }))
    expect((error as UnexpectedResponseError).status).toBe(504)
  })

  it('from a cut answer, with status 200, the message accepted', async () => {
    running.mock.faults.push({ kind: 'truncated' })
    const error = await failure(client().sendSms(sendOwn('Cut answer')))
    expect(error).toBeInstanceOf(UnexpectedResponseError)
    expect((error as UnexpectedResponseError).status).toBe(200)
    expect(error.mayHaveBeenSent).toBe(true)
    expect(journaled('Cut answer')).toBe(1)
  })
})

describe('maxRetries retries only what cannot have been sent', () => {
  it.each([
    ['a reset', { kind: 'reset' as const, count: 3 }, ConnectionError],
    [
      'a proxy 503',
      { kind: 'http' as const, status: 503 as const, count: 3 },
      UnexpectedResponseError,
    ],
    ['a cut answer', { kind: 'truncated' as const, count: 3 }, UnexpectedResponseError],
  ])('does not retry %s', async (_name, fault, ErrorClass) => {
    running.mock.faults.push(fault)
    const counted = countingFetch()
    const error = await failure(client({ maxRetries: 2, fetch: counted.fetch }).sendSms(SEND))
    expect(error).toBeInstanceOf(ErrorClass)
    expect(counted.calls).toHaveLength(1)
    expect(running.mock.faults.list()[0]?.remaining).toBe(2)
  })

  it('does not retry a hang', async () => {
    running.mock.faults.push({ kind: 'hang', count: 3 })
    const counted = countingFetch()
    const sending = client({ maxRetries: 2, timeoutMs: 50, fetch: counted.fetch }).sendSms(SEND)
    expect(await failure(sending)).toBeInstanceOf(TimeoutError)
    expect(counted.calls).toHaveLength(1)
  })

  it('retries a refused connection, and the retry is sent', async () => {
    const port = await refusedPort()
    const calls: string[] = []
    // The first attempt goes to a closed port, the next to the mock.
    const redirecting = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init)
      calls.push(request.url)
      if (calls.length > 1) return fetch(request)
      return fetch(
        new Request(request.url.replace(running.url, `http://127.0.0.1:${port}`), request),
      )
    }
    const result = await client({ maxRetries: 2, fetch: redirecting }).sendSms(
      sendOwn('Retried after a refused connection'),
    )
    expect(result.allAccepted).toBe(true)
    expect(calls).toHaveLength(2)
    expect(journaled('Retried after a refused connection')).toBe(1)
  })
})
