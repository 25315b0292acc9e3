/**
 * Test support (not built into dist): a stand-in for the live service on 127.0.0.1, port 0,
 * for the tests of `sendsms drift`. It forwards every request to a mock of its own that holds
 * one account (not the sandbox), records what it received, and lets a test rewrite the
 * answers, so the upstream can drift from the mock in chosen ways: a misspelled code key, a
 * string for an integer, another description, a 404, a missing field.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type RunningMock, startMockServer } from '@sendsms/mock-server/node'
import { afterAll, beforeAll, beforeEach } from 'vitest'

/** A request as the stand-in received it. */
export interface StandInRequest {
  method: string
  path: string
  query: URLSearchParams
  body: string
}

/** An answer the stand-in gives (its own mock's, or a test's rewrite of it). */
export interface StandInAnswer {
  status: number
  contentType: string
  body: string
}

/** Rewrites the mock's answer to one request; return it unchanged to keep it. */
export type Rewrite = (request: StandInRequest, answer: StandInAnswer) => StandInAnswer

/** The stand-in, known once the hooks ran. */
export interface StandInUpstream {
  url(): string
  /** Every request received since the last test began. */
  requests: StandInRequest[]
  /** ADVANTA_* of the stand-in's account at the stand-in, with overrides. */
  env(overrides?: Record<string, string | undefined>): Record<string, string | undefined>
}

/**
 * The stand-in's account: its key is the secret no output may show.
 * @example
 * expect(output).not.toContain(UPSTREAM_ACCOUNT.apikey)
 */
export const UPSTREAM_ACCOUNT = Object.freeze({
  partnerID: '4711',
  apikey: 'drift-user-secret-key-4711',
  shortcodes: ['ACME'],
  credit: 545,
})

/**
 * Registers beforeAll/afterAll/beforeEach hooks in the calling test file: the stand-in and
 * its mock start once, are reset before each test and closed at the end.
 * @example
 * const upstream = useStandInUpstream((request, answer) => request.path.endsWith('/') ? { ...answer, status: 404 } : answer)
 * await runCli(['drift', '--json'], captureIo(upstream.env()).io)
 */
export function useStandInUpstream(rewrite: Rewrite = (_, answer) => answer): StandInUpstream {
  let backing: RunningMock | undefined
  let server: Server | undefined
  const requests: StandInRequest[] = []

  beforeAll(async () => {
    const mock = await startMockServer({ port: 0, accounts: [{ ...UPSTREAM_ACCOUNT }] })
    backing = mock
    server = createServer((incoming, outgoing) => {
      void forward(incoming, mock.url).then(({ request, answer }) => {
        requests.push(request)
        let given: StandInAnswer
        try {
          given = rewrite(request, answer)
        } catch (error) {
          // A broken rewrite must fail its test, not hang it.
          given = { status: 500, contentType: 'text/plain', body: `rewrite failed: ${error}` }
        }
        outgoing.writeHead(given.status, { 'content-type': given.contentType }).end(given.body)
      })
    })
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  })

  afterAll(async () => {
    server?.closeAllConnections()
    await new Promise((resolve) => server?.close(resolve))
    await backing?.close()
  })

  beforeEach(() => {
    backing?.mock.reset()
    requests.length = 0
  })

  const url = () => {
    if (server === undefined) throw new Error('the stand-in is not started yet')
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }
  return {
    url,
    requests,
    env: (overrides = {}) => ({
      ADVANTA_BASE_URL: url(),
      ADVANTA_API_KEY: UPSTREAM_ACCOUNT.apikey,
      ADVANTA_PARTNER_ID: UPSTREAM_ACCOUNT.partnerID,
      ADVANTA_SHORTCODE: UPSTREAM_ACCOUNT.shortcodes[0],
      ...overrides,
    }),
  }
}

async function forward(
  incoming: IncomingMessage,
  mockUrl: string,
): Promise<{ request: StandInRequest; answer: StandInAnswer }> {
  const chunks: Buffer[] = []
  for await (const chunk of incoming) chunks.push(chunk as Buffer)
  const body = Buffer.concat(chunks).toString()
  const target = new URL(incoming.url ?? '/', mockUrl)
  const method = incoming.method ?? 'GET'
  const type = incoming.headers['content-type']
  const response = await fetch(target, {
    method,
    ...(method === 'GET' || method === 'HEAD' ? {} : { body }),
    ...(type === undefined ? {} : { headers: { 'content-type': type } }),
  })
  return {
    request: { method, path: target.pathname, query: target.searchParams, body },
    answer: {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      body: await response.text(),
    },
  }
}

/**
 * The parameters of a request the stand-in received: its JSON body object (the first object
 * of an array), else its query; `{}` for a body that is not JSON.
 * @example
 * paramsOf(request).apikey === UPSTREAM_ACCOUNT.apikey
 */
export function paramsOf(request: StandInRequest): Record<string, unknown> {
  if (request.body === '') return Object.fromEntries(request.query)
  try {
    const body: unknown = JSON.parse(request.body)
    const object = Array.isArray(body) ? body[0] : body
    return typeof object === 'object' && object !== null ? (object as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}
