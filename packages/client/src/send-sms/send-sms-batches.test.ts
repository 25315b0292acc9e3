/**
 * @module
 * `sendSms` with more numbers than one request takes, through `createClient` and the mock
 * in-process: how the numbers are split, how many requests fly at once, the order of the
 * rows, and the account of every recipient when a request fails, the caller aborts or
 * `onProgress` throws.
 */
import type { Mock } from '@sendsms/mock-server'
import { SANDBOX } from '@sendsms/test-fixtures'
import { MAX_RECIPIENTS } from '@sendsms/wire'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createClient } from '../create-client.js'
import {
  ConnectionError,
  IncompleteSendError,
  InvalidCredentialsError,
  InvalidRequestError,
  SendSmsError,
} from '../errors/index.js'
import type { ClientOptions } from '../options.js'
import { hangingFetch } from '../test-support/fake-fetch.js'
import { mockWith } from '../test-support/mock-client.js'
import type { SendSmsProgress } from './types.js'

afterEach(() => {
  vi.useRealTimers()
})

/** `count` distinct numbers in the 254 form, as the mock echoes them. */
function numbers(count: number, from = 0): string[] {
  return Array.from({ length: count }, (_, i) => `2547${String(from + i).padStart(8, '0')}`)
}

type Forward = (request: Request, n: number) => Promise<Response>

/**
 * A client of the sandbox account whose fetch records the numbers of every request (`sent`,
 * in the order the requests left) and the most requests in flight at once, and hands each
 * request, numbered from 1, to `through` (default: the mock).
 */
function recordingClient(
  mock: Mock,
  through?: (request: Request, n: number, forward: Forward) => Promise<Response>,
  options: ClientOptions = {},
) {
  const record = { sent: [] as string[][], inFlight: 0, maxInFlight: 0 }
  const forward: Forward = async (request) => mock.app.fetch(request)
  const client = createClient({
    ...SANDBOX,
    ...options,
    baseUrl: 'http://mock.test',
    env: false,
    fetch: async (input, init) => {
      const request = new Request(input, init)
      const body = (await request.clone().json()) as { mobile: string }
      const n = record.sent.push(body.mobile.split(','))
      record.inFlight++
      record.maxInFlight = Math.max(record.maxInFlight, record.inFlight)
      try {
        return await (through ?? forward)(request, n, forward)
      } finally {
        record.inFlight--
      }
    },
  })
  return { client, record }
}

describe('sendSms split into requests', () => {
  it.each([
    [1, [1]],
    [1000, [1000]],
    [1001, [1000, 1]],
    [2500, [1000, 1000, 500]],
  ])(
    'sends %i recipients in requests of %j numbers, each once, rows in input order',
    async (count, sizes) => {
      const mock = mockWith()
      const { client, record } = recordingClient(mock)
      const to = numbers(count)
      const result = await client.sendSms({ to, message: 'Hi' })
      expect(record.sent.map((batch) => batch.length)).toEqual(sizes)
      expect(record.sent.flat().sort()).toEqual([...to].sort())
      expect(result.results.map((row) => row.mobile)).toEqual(to)
      expect(result.results.every((row) => row.status === 'accepted')).toBe(true)
      expect(result).toMatchObject({
        allAccepted: true,
        batches: sizes.length,
        rejected: [],
        failed: [],
        notAttempted: [],
      })
      expect(result.accepted).toHaveLength(count)
      expect(mock.journal.list()).toHaveLength(count)
    },
  )

  it('takes the limit per request from the spec', async () => {
    const { client, record } = recordingClient(mockWith())
    await client.sendSms({ to: numbers(MAX_RECIPIENTS + 1), message: 'Hi' })
    expect(record.sent.map((batch) => batch.length)).toEqual([MAX_RECIPIENTS, 1])
  })

  it('keeps duplicate numbers as given, each in one request', async () => {
    const { client, record } = recordingClient(mockWith())
    const to = [...numbers(1000), '254700000000']
    const result = await client.sendSms({ to, message: 'Hi' })
    expect(record.sent).toEqual([numbers(1000), ['254700000000']])
    expect(result.results.map((row) => row.mobile)).toEqual(to)
  })

  it.each([1, 2, 3])(
    'keeps at most %i requests in flight, and reaches that many',
    async (concurrency) => {
      const mock = mockWith()
      const total = 5
      // Each request waits until `concurrency` are in flight (or no more will come): a client
      // that sends fewer at once never gets past the first, one that sends more shows it.
      const waiting: (() => void)[] = []
      const { client, record } = recordingClient(mock, async (request, n, forward) => {
        await new Promise<void>((resolve) => {
          waiting.push(resolve)
          if (record.inFlight === concurrency || n === total)
            for (const go of waiting.splice(0)) go()
        })
        return forward(request, n)
      })
      const result = await client.sendSms({ to: numbers(total * 1000), message: 'Hi', concurrency })
      expect(record.maxInFlight).toBe(concurrency)
      expect(record.sent).toHaveLength(total)
      expect(result.accepted).toHaveLength(total * 1000)
    },
  )

  it('sends four requests at once unless told otherwise', async () => {
    const waiting: (() => void)[] = []
    const { client, record } = recordingClient(mockWith(), async (request, n, forward) => {
      await new Promise<void>((resolve) => {
        waiting.push(resolve)
        if (record.inFlight === 4 || n === 6) for (const go of waiting.splice(0)) go()
      })
      return forward(request, n)
    })
    await client.sendSms({ to: numbers(6000), message: 'Hi' })
    expect(record.maxInFlight).toBe(4)
  })

  it('keeps the rows in input order when a later request is answered first', async () => {
    const mock = mockWith()
    let othersDone: () => void = () => {}
    const others = new Promise<void>((resolve) => {
      othersDone = resolve
    })
    let answered = 0
    const { client } = recordingClient(mock, async (request, n, forward) => {
      if (n === 1) await others
      const response = await forward(request, n)
      if (++answered === 2 && n !== 1) othersDone()
      return response
    })
    const to = numbers(2500)
    const result = await client.sendSms({ to, message: 'Hi', concurrency: 3 })
    expect(result.results.map((row) => row.mobile)).toEqual(to)
    // The mock numbered its messages in the order it received them: batch 1 came last.
    const ids = result.results.map((row) => Number(row.messageId))
    expect(Math.min(...ids.slice(0, 1000))).toBeGreaterThan(Math.max(...ids.slice(1000)))
  })

  it('keeps the provider order of rows within a request, rejected rows included', async () => {
    const { client } = recordingClient(mockWith())
    const to = [...numbers(999), '07123', '254712345678']
    const result = await client.sendSms({ to, message: 'Hi' })
    expect(result.results.map((row) => [row.mobile, row.status])).toEqual([
      ...numbers(999).map((mobile) => [mobile, 'accepted']),
      ['07123', 'rejected'],
      ['254712345678', 'accepted'],
    ])
    expect(result.rejected.map((row) => row.code)).toEqual([1003])
    expect(result.allAccepted).toBe(false)
  })
})

describe('sendSms when a request fails part-way', () => {
  it('accounts for every recipient when the second request fails, and starts no new one', async () => {
    const mock = mockWith()
    const { client, record } = recordingClient(mock, async (request, n, forward) => {
      if (n === 2) throw new TypeError('fetch failed')
      return forward(request, n)
    })
    const to = numbers(2500)
    const error = await client
      .sendSms({ to, message: 'Hi', concurrency: 1 })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(IncompleteSendError)
    const incomplete = error as IncompleteSendError
    expect(incomplete).toMatchObject({ name: 'IncompleteSendError', mayHaveBeenSent: true })
    expect(incomplete.cause).toBeInstanceOf(ConnectionError)
    expect(incomplete.message).toBe(
      'The send stopped part-way: 1000 of 2500 recipients accepted, 0 rejected, 1000 in failed requests, 500 not attempted',
    )
    expect(record.sent).toHaveLength(2)
    const { result } = incomplete
    expect(result.results.map((row) => row.mobile)).toEqual(to)
    expect(result.results.map((row) => row.status)).toEqual([
      ...Array(1000).fill('accepted'),
      ...Array(1000).fill('failed'),
      ...Array(500).fill('not-attempted'),
    ])
    expect(result.accepted.map((row) => row.mobile)).toEqual(to.slice(0, 1000))
    expect(result.failed.map((row) => row.mobile)).toEqual(to.slice(1000, 2000))
    expect(result.notAttempted.map((row) => row.mobile)).toEqual(to.slice(2000))
    expect(result.failed[0]).toEqual({
      mobile: to[1000],
      messageId: undefined,
      networkId: undefined,
      code: 0,
      description: (incomplete.cause as Error).message,
      ok: false,
      status: 'failed',
      error: incomplete.cause,
      mayHaveBeenSent: (incomplete.cause as SendSmsError).mayHaveBeenSent,
    })
    expect(result.notAttempted[0]).toEqual({
      mobile: to[2000],
      messageId: undefined,
      networkId: undefined,
      code: 0,
      description: 'Not sent: an earlier request of this send failed',
      ok: false,
      status: 'not-attempted',
      reason: 'earlier-request-failed',
    })
    expect(result).toMatchObject({ allAccepted: false, batches: 3, rejected: [] })
    expect(mock.journal.list()).toHaveLength(1000)
  })

  it('lets the requests in flight finish and counts their rows', async () => {
    const { client, record } = recordingClient(mockWith(), async (request, n, forward) => {
      if (n === 1) throw new TypeError('fetch failed')
      return forward(request, n)
    })
    const error = (await client
      .sendSms({ to: numbers(4000), message: 'Hi', concurrency: 2 })
      .catch((e: unknown) => e)) as IncompleteSendError
    expect(record.sent).toHaveLength(2)
    expect(error.result.results.map((row) => row.status)).toEqual([
      ...Array(1000).fill('failed'),
      ...Array(1000).fill('accepted'),
      ...Array(2000).fill('not-attempted'),
    ])
  })

  it('throws the first failure as it is when nothing was accepted, as a send of one request does', async () => {
    const mock = mockWith()
    const { client: wrongKey, record } = recordingClient(mock, undefined, { apiKey: 'wrong' })
    const many = await wrongKey
      .sendSms({ to: numbers(2500), message: 'Hi', concurrency: 2 })
      .catch((e: unknown) => e)
    const one = await wrongKey.sendSms({ to: numbers(1), message: 'Hi' }).catch((e: unknown) => e)
    expect(many).toBeInstanceOf(InvalidCredentialsError)
    expect(one).toBeInstanceOf(InvalidCredentialsError)
    expect(many).toMatchObject({ code: 1006, mayHaveBeenSent: false })
    // Two requests of the first send (both in flight, both refused), none after; one more.
    expect(record.sent.map((batch) => batch.length)).toEqual([1000, 1000, 1])
    expect(mock.journal.list()).toHaveLength(0)
  })

  const REFUSED = '{"response-code":1006,"response-description":"Invalid credentials"}'

  // Request 1 is refused (nothing sent) or unreachable; request 2, in flight meanwhile,
  // fails the other way once request 1 has settled.
  function twoFailures(first: 'refused' | 'unreachable') {
    let firstSettled: () => void = () => {}
    const settled = new Promise<void>((resolve) => {
      firstSettled = resolve
    })
    const { client, record } = recordingClient(mockWith(), async (_, n) => {
      if (n === 2) await settled
      if ((n === 1) === (first === 'refused')) return new Response(REFUSED)
      throw new TypeError('fetch failed')
    })
    return { client, record, onProgress: () => firstSettled() }
  }

  it('throws an IncompleteSendError when nothing was accepted but another failed request may have been sent', async () => {
    const { client, onProgress } = twoFailures('refused')
    const error = (await client
      .sendSms({ to: numbers(2000), message: 'Hi', concurrency: 2, onProgress })
      .catch((e: unknown) => e)) as IncompleteSendError
    expect(error).toBeInstanceOf(IncompleteSendError)
    expect(error.cause).toBeInstanceOf(InvalidCredentialsError)
    expect(error.result.failed.map((row) => [row.code, row.mayHaveBeenSent])).toEqual([
      ...Array(1000).fill([1006, false]),
      ...Array(1000).fill([0, true]),
    ])
    expect(error.result.failed[0]?.description).toBe('Invalid credentials')
    expect(error.result.failed[1000]?.error).toBeInstanceOf(ConnectionError)
    expect(error.result.accepted).toEqual([])
  })

  it('throws the first failure as it is when it says it may have been sent and nothing was accepted', async () => {
    const { client, record, onProgress } = twoFailures('unreachable')
    const error = await client
      .sendSms({ to: numbers(2000), message: 'Hi', concurrency: 2, onProgress })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConnectionError)
    expect(error).toMatchObject({ mayHaveBeenSent: true })
    expect(record.sent).toHaveLength(2)
  })

  it('throws the first failure when the other failed requests were not sent either', async () => {
    const { client } = recordingClient(mockWith(), async () => {
      return new Response('{"response-code":1006,"response-description":"Invalid credentials"}')
    })
    const error = await client
      .sendSms({ to: numbers(2000), message: 'Hi', concurrency: 2 })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidCredentialsError)
  })

  it('gives the error of a time limit per request as a failed request', async () => {
    vi.useFakeTimers()
    const client = createClient({
      ...SANDBOX,
      baseUrl: 'http://api.test',
      env: false,
      fetch: hangingFetch().fetch,
    })
    const sending = client
      .sendSms({ to: numbers(1), message: 'Hi', timeoutMs: 50 })
      .catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(50)
    const error = await sending
    expect(error).toBeInstanceOf(ConnectionError)
    expect((error as Error).message).toBe('No answer from the SMS API within 50 ms')
  })

  it('waits the client timeout without a time limit on the request', async () => {
    vi.useFakeTimers()
    const client = createClient({
      ...SANDBOX,
      baseUrl: 'http://api.test',
      env: false,
      timeoutMs: 80,
      fetch: hangingFetch().fetch,
    })
    const sending = client.sendSms({ to: numbers(1), message: 'Hi' }).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(80)
    expect(((await sending) as Error).message).toBe('No answer from the SMS API within 80 ms')
  })
})

describe('sendSms aborted part-way', () => {
  it('starts no new request once the caller aborts, and says why', async () => {
    const controller = new AbortController()
    const { client, record } = recordingClient(mockWith())
    const to = numbers(2500)
    const error = (await client
      .sendSms({
        to,
        message: 'Hi',
        concurrency: 1,
        signal: controller.signal,
        onProgress: () => controller.abort(),
      })
      .catch((e: unknown) => e)) as IncompleteSendError
    expect(error).toBeInstanceOf(IncompleteSendError)
    expect(error.cause).toBeInstanceOf(SendSmsError)
    expect(record.sent).toHaveLength(1)
    expect(error.result.accepted.map((row) => row.mobile)).toEqual(to.slice(0, 1000))
    expect(error.result.failed).toEqual([])
    expect(error.result.notAttempted.map((row) => [row.mobile, row.reason])).toEqual(
      to.slice(1000).map((mobile) => [mobile, 'aborted']),
    )
    expect(error.result.notAttempted[0]?.description).toBe('Not sent: the send was aborted')
  })

  it('fails the request in flight when aborted, and does not attempt the rest', async () => {
    const controller = new AbortController()
    const { client, record } = recordingClient(mockWith(), async (request, n, forward) => {
      if (n === 2) {
        controller.abort()
        return new Promise<Response>(() => {})
      }
      return forward(request, n)
    })
    const error = (await client
      .sendSms({ to: numbers(3000), message: 'Hi', concurrency: 1, signal: controller.signal })
      .catch((e: unknown) => e)) as IncompleteSendError
    expect(error).toBeInstanceOf(IncompleteSendError)
    expect(record.sent).toHaveLength(2)
    expect(error.result.failed).toHaveLength(1000)
    expect(error.result.failed[0]?.error).toBe(error.cause)
    expect(error.result.notAttempted.map((row) => row.reason)).toEqual(Array(1000).fill('aborted'))
  })

  it('rejects as before and sends nothing with a signal aborted before the send', async () => {
    const { client, record } = recordingClient(mockWith())
    const error = await client
      .sendSms({ to: numbers(2500), message: 'Hi', signal: AbortSignal.abort() })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SendSmsError)
    expect(error).not.toBeInstanceOf(IncompleteSendError)
    expect(error).toMatchObject({ mayHaveBeenSent: false })
    expect(record.sent).toHaveLength(0)
  })
})

describe('sendSms progress', () => {
  it('reports the counts after each request', async () => {
    const events: SendSmsProgress[] = []
    const { client } = recordingClient(mockWith())
    const to = [...numbers(1999), '07123', ...numbers(500, 5000)]
    await client.sendSms({ to, message: 'Hi', concurrency: 1, onProgress: (p) => events.push(p) })
    expect(events).toEqual([
      {
        done: 1000,
        total: 2500,
        accepted: 1000,
        rejected: 0,
        failed: 0,
        batchesDone: 1,
        batches: 3,
      },
      {
        done: 2000,
        total: 2500,
        accepted: 1999,
        rejected: 1,
        failed: 0,
        batchesDone: 2,
        batches: 3,
      },
      {
        done: 2500,
        total: 2500,
        accepted: 2499,
        rejected: 1,
        failed: 0,
        batchesDone: 3,
        batches: 3,
      },
    ])
  })

  it('counts the recipients of a failed request as failed', async () => {
    const events: SendSmsProgress[] = []
    const { client } = recordingClient(mockWith(), async (request, n, forward) => {
      if (n === 2) throw new TypeError('fetch failed')
      return forward(request, n)
    })
    await client
      .sendSms({
        to: numbers(2500),
        message: 'Hi',
        concurrency: 1,
        onProgress: (p) => events.push(p),
      })
      .catch(() => {})
    expect(events).toEqual([
      {
        done: 1000,
        total: 2500,
        accepted: 1000,
        rejected: 0,
        failed: 0,
        batchesDone: 1,
        batches: 3,
      },
      {
        done: 2000,
        total: 2500,
        accepted: 1000,
        rejected: 0,
        failed: 1000,
        batchesDone: 2,
        batches: 3,
      },
    ])
  })

  it('keeps the account when onProgress throws: no new request, an IncompleteSendError', async () => {
    const thrown = new Error('progress bar broke')
    const { client, record } = recordingClient(mockWith())
    const to = numbers(2500)
    const error = (await client
      .sendSms({
        to,
        message: 'Hi',
        concurrency: 1,
        onProgress: () => {
          throw thrown
        },
      })
      .catch((e: unknown) => e)) as IncompleteSendError
    expect(error).toBeInstanceOf(IncompleteSendError)
    expect(error.cause).toBe(thrown)
    expect(record.sent).toHaveLength(1)
    expect(error.result.accepted).toHaveLength(1000)
    expect(error.result.notAttempted.map((row) => row.reason)).toEqual(
      Array(1500).fill('on-progress-threw'),
    )
    expect(error.result.notAttempted[0]?.description).toBe('Not sent: onProgress threw')
  })

  it('throws the callback error in an IncompleteSendError even when every request was sent', async () => {
    const thrown = new Error('late')
    const { client } = recordingClient(mockWith())
    const error = (await client
      .sendSms({
        to: numbers(1),
        message: 'Hi',
        onProgress: () => {
          throw thrown
        },
      })
      .catch((e: unknown) => e)) as IncompleteSendError
    expect(error).toBeInstanceOf(IncompleteSendError)
    expect(error.cause).toBe(thrown)
    expect(error.result.accepted).toHaveLength(1)
    expect(error.result.notAttempted).toEqual([])
  })
})

describe('sendSms batching options', () => {
  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '2'])(
    'refuses a concurrency of %j before sending',
    async (concurrency) => {
      const { client, record } = recordingClient(mockWith())
      const error = await client
        .sendSms({ to: numbers(1), message: 'Hi', concurrency: concurrency as number })
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(InvalidRequestError)
      expect(error).toMatchObject({
        field: 'request',
        message: 'concurrency must be a positive integer',
      })
      expect(record.sent).toHaveLength(0)
    },
  )

  it('refuses an onProgress that is not a function', async () => {
    const { client } = recordingClient(mockWith())
    const error = await client
      .sendSms({ to: numbers(1), message: 'Hi', onProgress: 'log' as never })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ field: 'request', message: 'onProgress must be a function' })
  })

  it.each([0, -5, Number.NaN, '50'])(
    'refuses a timeoutMs of %j before sending',
    async (timeoutMs) => {
      const { client, record } = recordingClient(mockWith())
      const error = await client
        .sendSms({ to: numbers(1), message: 'Hi', timeoutMs: timeoutMs as number })
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(InvalidRequestError)
      expect(error).toMatchObject({
        field: 'timeoutMs',
        message: 'timeoutMs must be a positive number of milliseconds',
      })
      expect(record.sent).toHaveLength(0)
    },
  )

  it('refuses a key a send does not know, suggesting the closest', async () => {
    const { client, record } = recordingClient(mockWith())
    const error = await client
      .sendSms({ to: numbers(1), message: 'Hi', concurency: 2 } as never)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidRequestError)
    expect(error).toMatchObject({
      field: 'request',
      message: "unknown option 'concurency' (did you mean 'concurrency'?)",
    })
    expect(record.sent).toHaveLength(0)
  })

  it('takes every documented key, and a concurrency of 1', async () => {
    const { client } = recordingClient(mockWith())
    const result = await client.sendSms({
      to: numbers(1),
      message: 'Hi',
      sendAt: new Date('2030-06-01T10:00:00Z'),
      method: 'POST',
      signal: new AbortController().signal,
      concurrency: 1,
      onProgress: () => {},
      timeoutMs: 1000,
    })
    expect(result.allAccepted).toBe(true)
  })

  it('refuses an empty to, as before', async () => {
    const { client } = recordingClient(mockWith())
    const error = await client.sendSms({ to: ' , ', message: 'Hi' }).catch((e: unknown) => e)
    expect(error).toMatchObject({ field: 'to', message: 'to must hold at least one number' })
  })
})

describe('sendSms of one request', () => {
  it('gives the same accounting as a send of several, rejected rows included', async () => {
    const to = [...numbers(998), '07123', ...numbers(1, 5000)]
    const one = await recordingClient(mockWith()).client.sendSms({ to, message: 'Hi' })
    const two = await recordingClient(mockWith()).client.sendSms({
      to: [...to, ...numbers(1, 9000)],
      message: 'Hi',
    })
    const shape = (result: typeof one) => ({
      keys: Object.keys(result).sort(),
      rows: result.results.slice(0, to.length).map((row) => [row.status, row.code, row.ok]),
      rejected: result.rejected.map((row) => row.mobile),
      allAccepted: result.allAccepted,
      failed: result.failed,
      notAttempted: result.notAttempted,
    })
    expect(shape(one)).toEqual(shape(two))
    expect(one.batches).toBe(1)
    expect(two.batches).toBe(2)
    expect(one.rejected.map((row) => row.status)).toEqual(['rejected'])
    expect(one.allAccepted).toBe(false)
  })

  it('reports its progress once, as the accounting of several requests does', async () => {
    const events: SendSmsProgress[] = []
    const { client } = recordingClient(mockWith())
    await client.sendSms({ to: numbers(3), message: 'Hi', onProgress: (p) => events.push(p) })
    expect(events).toEqual([
      { done: 3, total: 3, accepted: 3, rejected: 0, failed: 0, batchesDone: 1, batches: 1 },
    ])
  })

  it('throws an IncompleteSendError when onProgress throws after its one request', async () => {
    const { client } = recordingClient(mockWith())
    const failure = new Error('progress bar broke')
    const error = await client
      .sendSms({
        to: numbers(2),
        message: 'Hi',
        onProgress: () => {
          throw failure
        },
      })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(IncompleteSendError)
    expect(error).toMatchObject({ cause: failure, result: { batches: 1 } })
    expect((error as IncompleteSendError).result.accepted).toHaveLength(2)
  })

  it('throws the error of its one request as it is, with nothing accounted', async () => {
    const { client } = recordingClient(mockWith(), async () => {
      throw new TypeError('fetch failed')
    })
    const error = await client.sendSms({ to: numbers(2), message: 'Hi' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConnectionError)
  })
})
