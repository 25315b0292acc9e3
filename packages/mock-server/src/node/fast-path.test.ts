/**
 * @module
 * What is the fast path's own: it hands other paths to Hono, survives a client that hangs
 * up mid-body, applies the answer profile, and logs the same entry as the Hono route. That it answers
 * exactly as Hono does is tested every way in (transports-agree.test.ts).
 */
import type { RequestListener } from 'node:http'
import { createServer } from 'node:http'
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMockWithState } from '../create-mock.js'
import { PROVIDER_ENDPOINTS } from '../endpoints/index.js'
import type { RequestLogEntry } from '../log/request-log-entry.js'
import { SEND_PATH, sendRequest, VALID_PARAMS } from '../test-support/requests.js'
import { sendRaw } from '../test-support/ways-in.js'
import { withFastPath } from './fast-path.js'
import { type RunningMock, startMockServer } from './start-mock-server.js'

describe('withFastPath', () => {
  it('serves provider paths itself and hands every other request to the next listener', async () => {
    const { state } = createMockWithState()
    const handedOn: string[] = []
    const other: RequestListener = (req, res) => {
      handedOn.push(req.url ?? '')
      res.end('other')
    }
    const server = createServer(withFastPath(state, PROVIDER_ENDPOINTS, other))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as { port: number }).port
    try {
      const sent = await sendRaw(port, sendRequest('POST', VALID_PARAMS))
      const rest = await sendRaw(port, { method: 'GET', target: '/__mock/health' })
      const encoded = await sendRaw(port, { method: 'GET', target: '/api/services/send%73ms' })
      expect(JSON.parse(sent.body)).toMatchObject({ responses: [{ 'response-code': 200 }] })
      expect([rest.body, encoded.body]).toEqual(['other', 'other'])
      expect(handedOn).toEqual(['/__mock/health', '/api/services/send%73ms'])
    } finally {
      server.close()
    }
  })
})

describe('the fast path', () => {
  let server: RunningMock
  beforeAll(async () => {
    server = await startMockServer({ port: 0 })
  })
  afterAll(() => server.close())

  it('survives a client that hangs up halfway through its body, and sends nothing for it', async () => {
    const body = JSON.stringify(VALID_PARAMS)
    await new Promise<void>((resolve, reject) => {
      const socket = connect(server.port, '127.0.0.1', () => {
        socket.write(
          `POST ${SEND_PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
            `Content-Length: ${body.length}\r\n\r\n${body.slice(0, 20)}`,
          () => setTimeout(() => socket.destroy(), 50),
        )
      })
      socket.on('close', () => resolve())
      socket.on('error', reject)
    })
    const next = await sendRaw(server.port, sendRequest('POST', VALID_PARAMS))
    expect(JSON.parse(next.body)).toMatchObject({ responses: [{ 'response-code': 200 }] })
    expect(server.mock.journal.size).toBe(1)
  })
})

describe('the answer profile and the log on the fast path', () => {
  it('applies the answer profile', async () => {
    const drifting = await startMockServer({ port: 0, profile: 'live-capture' })
    try {
      const answer = await sendRaw(drifting.port, sendRequest('POST', VALID_PARAMS))
      expect(JSON.parse(answer.body)).toMatchObject({
        responses: [{ 'respose-code': 200, networkid: '1' }],
      })
    } finally {
      await drifting.close()
    }
  })

  it('writes one entry per request, the same as the Hono route writes', async () => {
    const entries: Record<string, RequestLogEntry[]> = { fast: [], hono: [] }
    const fast = await startMockServer({ port: 0, log: (e) => entries.fast?.push(e) })
    const hono = await startMockServer({
      port: 0,
      fastPath: false,
      log: (e) => entries.hono?.push(e),
    })
    try {
      for (const running of [fast, hono]) {
        await sendRaw(
          running.port,
          sendRequest('POST', { ...VALID_PARAMS, mobile: '0712345678,07' }),
        )
        await sendRaw(running.port, sendRequest('GET', { ...VALID_PARAMS, apikey: 'nope' }))
        await sendRaw(running.port, { method: 'GET', target: '/__mock/health' })
      }
      const withoutTime = (list: RequestLogEntry[] = []) => list.map(({ ms: _ms, ...rest }) => rest)
      expect(withoutTime(entries.fast)).toEqual([
        {
          method: 'POST',
          path: SEND_PATH,
          status: 200,
          endpoint: 'sendsms',
          code: 200,
          recipients: 2,
          accepted: 1,
        },
        { method: 'GET', path: SEND_PATH, status: 200, endpoint: 'sendsms', code: 1006 },
        { method: 'GET', path: '/__mock/health', status: 200 },
      ])
      expect(withoutTime(entries.hono)).toEqual(withoutTime(entries.fast))
      for (const entry of [...(entries.fast ?? []), ...(entries.hono ?? [])]) {
        expect(entry.ms).toBeGreaterThanOrEqual(0)
      }
    } finally {
      await Promise.all([fast.close(), hono.close()])
    }
  })
})
