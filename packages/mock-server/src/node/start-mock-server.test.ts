/**
 * @module
 * The mock on a real socket, driven the way the six code examples of the provider's
 * send-SMS page call it (PHP curl, Node axios and Python requests; GET then POST).
 */

import { connect } from 'node:net'
import { validateSendSmsResponse } from '@sendsms/spec'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SANDBOX_ACCOUNT } from '../state/accounts.js'
import { codeOf, rowsOf } from '../test-support/requests.js'
import { type RunningMock, startMockServer } from './start-mock-server.js'

const fields = {
  apikey: SANDBOX_ACCOUNT.apikey,
  partnerID: SANDBOX_ACCOUNT.partnerID,
  message: 'Your code is 1234. Asante!',
  shortcode: SANDBOX_ACCOUNT.shortcodes[0] as string,
  mobile: '254712345678',
}

let server: RunningMock

beforeAll(async () => {
  server = await startMockServer({ port: 0 })
})

afterAll(async () => {
  await server.close()
})

interface Example {
  name: string
  request: () => Promise<Response>
}

const examples: Example[] = [
  {
    // PHP: the URL is written out by hand, the message percent-encoded.
    name: 'GET as PHP curl writes it',
    request: () =>
      fetch(
        `${server.url}/api/services/sendsms?apikey=${fields.apikey}&partnerID=${fields.partnerID}&message=${encodeURIComponent(fields.message)}&shortcode=${fields.shortcode}&mobile=${fields.mobile}`,
      ),
  },
  {
    // axios serialises params itself and asks for JSON.
    name: 'GET as Node axios sends params',
    request: () =>
      fetch(`${server.url}/api/services/sendsms?${new URLSearchParams(fields)}`, {
        headers: { accept: 'application/json, text/plain, */*' },
      }),
  },
  {
    // requests encodes spaces as "+".
    name: 'GET as Python requests sends params',
    request: () =>
      fetch(
        `${server.url}/api/services/sendsms?${new URLSearchParams(fields).toString().replaceAll('%20', '+')}`,
        { headers: { 'user-agent': 'python-requests/2.32.3', accept: '*/*' } },
      ),
  },
  {
    name: 'POST as PHP curl with json_encode',
    request: () =>
      fetch(`${server.url}/api/services/sendsms`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(fields).replaceAll('/', '\\/'),
      }),
  },
  {
    name: 'POST as Node axios with a JSON body',
    request: () =>
      fetch(`${server.url}/api/services/sendsms`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          accept: 'application/json, text/plain, */*',
        },
        body: JSON.stringify(fields),
      }),
  },
  {
    // requests' json= writes ", " and ": " separators.
    name: 'POST as Python requests with json=',
    request: () =>
      fetch(`${server.url}/api/services/sendsms`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'user-agent': 'python-requests/2.32.3' },
        body: JSON.stringify(fields).replaceAll('","', '", "').replaceAll('":"', '": "'),
      }),
  },
]

describe('startMockServer', () => {
  it('listens on 127.0.0.1 at a random port when asked for port 0', () => {
    expect(server.port).toBeGreaterThan(0)
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
  })

  it.each(examples)('answers a 200 row to $name', async ({ request }) => {
    const res = await request()
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('application/json')
    const answer = (await res.json()) as Record<string, unknown>
    expect(validateSendSmsResponse(answer).errors).toEqual([])
    const [row] = rowsOf(answer)
    expect(codeOf(row ?? {})).toBe(200)
    expect(row).toMatchObject({ mobile: 254712345678, networkid: 1, messageid: expect.any(Number) })
    const last = server.mock.journal.list().at(-1)
    expect(last?.message).toBe(fields.message)
  })

  it('rejects when the port is taken', async () => {
    await expect(startMockServer({ port: server.port })).rejects.toThrow(/EADDRINUSE/)
  })

  it('closes even with a keep-alive connection open', async () => {
    const other = await startMockServer({ port: 0 })
    await fetch(`${other.url}/__mock/health`, { headers: { connection: 'keep-alive' } })
    await other.close()
    await expect(fetch(`${other.url}/__mock/health`)).rejects.toThrow()
  })
})

// A raw connection, so that the test decides when each request is written.
function openConnection(port: number) {
  const socket = connect(port, '127.0.0.1')
  let received = ''
  const ended = new Promise<string>((resolve) => {
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'))
    socket.on('end', () => resolve('end'))
  })
  socket.on('data', (chunk) => {
    received += chunk
  })
  const answers = () => received.match(/HTTP\/1\.1 \d{3} /g)?.length ?? 0
  const request = 'GET /__mock/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'
  return { socket, ended, answers, received: () => received, send: () => socket.write(request) }
}

async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 10))
}

describe('idle keep-alive connections', () => {
  // node:http keeps an idle connection for keepAliveTimeout plus one second.
  const keepAliveTimeout = 100
  const pastTheTimeout = keepAliveTimeout + 1000 + 300

  it('announces the keep-alive timeout it was given', async () => {
    const other = await startMockServer({ port: 0, keepAliveTimeout: 3000 })
    try {
      const res = await fetch(`${other.url}/__mock/health`)
      await res.arrayBuffer()
      expect(res.headers.get('keep-alive')).toBe('timeout=3')
    } finally {
      await other.close()
    }
  })

  // A mock with the short timeout and one raw connection to it, both closed afterwards.
  async function onIdleConnection(
    use: (connection: ReturnType<typeof openConnection>) => Promise<void>,
  ): Promise<void> {
    const other = await startMockServer({ port: 0, keepAliveTimeout })
    const connection = openConnection(other.port)
    try {
      await use(connection)
    } finally {
      connection.socket.destroy()
      await other.close()
    }
  }

  it('answers a request written while the loop was held up past the timeout, instead of resetting it', () =>
    onIdleConnection(async (connection) => {
      connection.send()
      await until(() => connection.answers() === 1)
      // The client's loop and the mock's are one here, as with the mock in a test file:
      // blocked past the timeout, the next request is written before the mock's timer runs.
      const blockedUntil = Date.now() + pastTheTimeout
      while (Date.now() < blockedUntil) {}
      connection.send()
      const outcome = await Promise.race([
        until(() => connection.answers() === 2).then(() => 'answered'),
        connection.ended,
      ])
      expect(outcome).toBe('answered')
      expect(connection.received()).toMatch(/"status":"ok"[\s\S]*"status":"ok"/)
    }))

  it('still closes a connection left idle', () =>
    onIdleConnection(async (connection) => {
      connection.send()
      expect(await connection.ended).toBe('end')
      expect(connection.answers()).toBe(1)
    }))

  it.each([0, -1, 1.5, Number.NaN, 2 ** 31])('refuses a keepAliveTimeout of %s', async (value) => {
    await expect(startMockServer({ port: 0, keepAliveTimeout: value })).rejects.toThrow(
      /keepAliveTimeout must be whole milliseconds from 1 to 2147483647/,
    )
  })
})
