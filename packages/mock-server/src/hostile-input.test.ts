/**
 * @module
 * The hostile inputs that once broke the mock, each through its public surface, on a
 * real socket with the default settings (fast path on, a request log). The odd but
 * harmless requests are in node/transports-agree.test.ts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { RequestLogEntry } from './log/request-log-entry.js'
import { formatRequestLine } from './log/request-log-entry.js'
import { type RunningMock, startMockServer } from './node/start-mock-server.js'
import { MAX_BODY_BYTES, MAX_CONTROL_BODY_BYTES } from './provider/limits.js'
import { SANDBOX_ACCOUNT } from './state/accounts.js'
import { DEFAULT_JOURNAL_BYTES } from './state/journal.js'
import { paramsWith, SEND_PATH, sendRequest, VALID_PARAMS } from './test-support/requests.js'
import { type RawAnswer, type RawRequest, sendRaw } from './test-support/ways-in.js'

const KEY = 'live-key-Xy91-never-shown'
let running: RunningMock
let fastless: RunningMock
const logged: string[] = []

beforeAll(async () => {
  const accounts = [
    SANDBOX_ACCOUNT,
    { partnerID: '777', apikey: KEY, shortcodes: ['ACME'], credit: 1e9 },
  ]
  const log = (entry: RequestLogEntry) =>
    logged.push(JSON.stringify(entry), formatRequestLine(entry))
  running = await startMockServer({ port: 0, accounts, log })
  fastless = await startMockServer({ port: 0, accounts, log, fastPath: false })
})
afterAll(() => Promise.all([running.close(), fastless.close()]))
beforeEach(() => {
  running.mock.reset()
  fastless.mock.reset()
  logged.length = 0
})

const both = () => [running, fastless]
const send = (request: RawRequest, server = running): Promise<RawAnswer> =>
  sendRaw(server.port, request)
const json = (answer: RawAnswer) => JSON.parse(answer.body) as Record<string, unknown>

describe('1. a journal of huge messages', () => {
  it('still lists its messages after 1000 numbers were sent a 600 KB message', async () => {
    running.mock.accounts.setCredit(SANDBOX_ACCOUNT.partnerID, 1e9)
    const mobile = Array.from({ length: 1000 }, () => '0712345678').join(',')
    const sent = await send(
      sendRequest('POST', paramsWith({ mobile, message: 'a'.repeat(600_000) })),
    )
    expect((json(sent).responses as unknown[]).length).toBe(1000)
    const page = await send({ method: 'GET', target: '/__mock/messages' })
    expect(page.status).toBe(200)
    const body = json(page)
    expect((body.messages as unknown[]).length).toBeGreaterThan(0)
    expect(body.next).toMatch(/^\/__mock\/messages\?after=\d+&limit=1000$/)
  })

  // 36 MB through the socket and the rules: half a second on an idle machine, over vitest's
  // default 5 s on a busy 2-core CI machine. The limit below is a hang guard, not a timing.
  it('stays within its byte budget when 900 KB messages keep coming, and counts what it drops', {
    timeout: 60_000,
  }, async () => {
    running.mock.accounts.setCredit(SANDBOX_ACCOUNT.partnerID, 1e9)
    const request = sendRequest('POST', paramsWith({ message: 'b'.repeat(900_000) }))
    for (let i = 0; i < 40; i++) await send(request)
    const { journal } = running.mock
    expect(journal.bytes).toBeLessThanOrEqual(DEFAULT_JOURNAL_BYTES)
    expect(journal.size + journal.dropped).toBe(40)
    expect(journal.dropped).toBeGreaterThan(0)
    expect(json(await send({ method: 'GET', target: '/__mock/health' }))).toMatchObject({
      messages: journal.size,
      dropped: journal.dropped,
    })
  })
})

describe('2. a web page driving the control endpoints', () => {
  const page = 'http://localhost:3000'

  it.each([
    ['reads the journal', { method: 'GET', target: '/__mock/messages' }],
    [
      'replaces the sandbox apikey with a text/plain body (no preflight needed)',
      {
        method: 'POST',
        target: '/__mock/accounts',
        headers: [['content-type', 'text/plain']],
        body: JSON.stringify({ partnerID: '12345', apikey: 'stolen' }),
      },
    ],
    ['deletes the journal', { method: 'DELETE', target: '/__mock/messages' }],
    ['resets the mock', { method: 'POST', target: '/__mock/reset' }],
  ] as [string, RawRequest][])(
    'is refused when it %s from another origin',
    async (_name, request) => {
      for (const server of both()) {
        server.mock.faults.push({ code: 4090 })
        const answer = await send(
          { ...request, headers: [...(request.headers ?? []), ['origin', page]] },
          server,
        )
        expect(answer.status).toBe(403)
        expect(answer.headers['access-control-allow-origin']).toBeUndefined()
        expect(server.mock.accounts.get('12345')?.apikey).toBe(SANDBOX_ACCOUNT.apikey)
        expect(server.mock.faults.list()).toHaveLength(1)
      }
    },
  )

  it('is refused when it reaches the mock through DNS rebinding (its own host name)', async () => {
    for (const server of both()) {
      const answer = await send(
        {
          method: 'GET',
          target: '/__mock/messages',
          headers: [['host', `attacker.example:${server.port}`]],
        },
        server,
      )
      expect(answer.status).toBe(403)
      expect(json(answer)).toMatchObject({ error: 'forbidden_host' })
    }
  })

  it('refuses a text/plain body even without an Origin', async () => {
    const answer = await send({
      method: 'POST',
      target: '/__mock/faults',
      headers: [['content-type', 'text/plain']],
      body: '{"code":4090}',
    })
    expect(answer.status).toBe(415)
    expect(running.mock.faults.list()).toEqual([])
  })

  it('still lets any page call the provider endpoints, as the live API does', async () => {
    const answer = await send({ ...sendRequest('GET', VALID_PARAMS), headers: [['origin', page]] })
    expect(answer.headers['access-control-allow-origin']).toBe('*')
    expect(json(answer)).toMatchObject({ responses: [{ 'response-code': 200 }] })
  })
})

describe('3. an enormous body to a control endpoint', () => {
  it.each([
    ['declared', undefined],
    ['chunked', 64 * 1024],
  ])('is refused with 413 once it passes the limit (%s)', async (_name, chunkBytes) => {
    for (const server of both()) {
      const request: RawRequest = {
        method: 'POST',
        target: '/__mock/faults',
        headers: [['content-type', 'application/json']],
        body: `{"code":4090,"description":"${'x'.repeat(4 * 1024 * 1024)}"}`,
      }
      if (chunkBytes) request.chunkBytes = chunkBytes
      const answer = await send(request, server)
      expect(answer.status).toBe(413)
      expect(json(answer)).toMatchObject({ error: 'payload_too_large' })
      expect(answer.body).toContain(String(MAX_CONTROL_BODY_BYTES))
      expect(server.mock.faults.list()).toEqual([])
    }
  })
})

// How long it takes, and how long other clients wait meanwhile, is measured in
// `pnpm bench` (tests never time things).
describe('4. a body in 1-byte chunks', () => {
  it('is read and answered', async () => {
    for (const server of both()) {
      const body = JSON.stringify(VALID_PARAMS).padEnd(64 * 1024, ' ')
      const answer = await send(
        {
          method: 'POST',
          target: SEND_PATH,
          headers: [['content-type', 'application/json']],
          body,
          chunkBytes: 1,
        },
        server,
      )
      expect(json(answer)).toMatchObject({ responses: [{ 'response-code': 200 }] })
    }
  }, 30_000)

  it('is refused with 1009 past the limit', async () => {
    const body = ' '.repeat(MAX_BODY_BYTES + 1)
    const answer = await send({
      method: 'POST',
      target: SEND_PATH,
      headers: [['content-type', 'application/json']],
      body,
      chunkBytes: 16,
    })
    expect(json(answer)).toEqual({
      'response-code': 1009,
      'response-description': 'Unsupported data type',
    })
  })
})

describe('5. a key hidden in the path', () => {
  const paths = [
    `${SEND_PATH}%3Fapikey=${KEY}&partnerID=777&shortcode=ACME&message=Hi&mobile=0712345678`,
    `${SEND_PATH}%3fapikey=${KEY}`,
    `${SEND_PATH}%253Fapikey%253D${KEY}`,
    `${SEND_PATH};apikey=${KEY}`,
    `${SEND_PATH}/${KEY}`,
    `/${KEY}`,
    `/api/services/sendsms%0A2030-01-01T00:00:00.000Z%20GET%20/forged?apikey=${KEY}`,
  ]

  it.each(paths)('never reaches an answer or a log line: %s', async (target) => {
    for (const server of both()) {
      const answer = await send({ method: 'GET', target }, server)
      expect(answer.status).toBe(404)
      expect(answer.body).not.toContain(KEY)
    }
    expect(logged.length).toBe(4)
    for (const line of logged) {
      expect(line).not.toContain(KEY)
      expect(line).not.toContain('forged')
      expect(line.split('\n')).toHaveLength(1)
    }
  })

  it('is never logged from the query string of a real send either', async () => {
    const answer = await send(
      sendRequest('GET', { ...VALID_PARAMS, apikey: KEY, partnerID: '777', shortcode: 'ACME' }),
    )
    expect(json(answer)).toMatchObject({ responses: [{ 'response-code': 200 }] })
    expect(logged.join('\n')).not.toContain(KEY)
    expect(logged.join('\n')).toContain('/api/services/sendsms')
  })
})

describe('6. an oversized body from a client that asked to close the connection', () => {
  it('still gets its 1009, on both paths', async () => {
    for (const server of both()) {
      const answer = await send(
        {
          method: 'POST',
          target: SEND_PATH,
          headers: [
            ['content-type', 'application/json'],
            ['connection', 'close'],
          ],
          body: ' '.repeat(4 * 1024 * 1024),
        },
        server,
      )
      expect(json(answer)).toEqual({
        'response-code': 1009,
        'response-description': 'Unsupported data type',
      })
    }
  })
})

describe('7. a GET too long for an ordinary server', () => {
  it('gets the provider answer for 1,500 numbers (1104), not an empty 431', async () => {
    const mobile = Array.from({ length: 1500 }, (_, i) => `2547${String(i).padStart(8, '0')}`).join(
      ',',
    )
    for (const server of both()) {
      const answer = await send(sendRequest('GET', paramsWith({ mobile })), server)
      expect(answer.status).toBe(200)
      expect(json(answer)).toEqual({
        'response-code': 1104,
        'response-description': 'Too many comma separated contacts',
      })
    }
  })
})
