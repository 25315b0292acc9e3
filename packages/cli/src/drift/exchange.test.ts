/**
 * One probe request and what it observes: a redirect is an answer, not followed; the media
 * type without parameters; the key masked in the text before it is parsed; the reason when
 * nothing answered.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exchange } from './exchange.js'

const KEY = 'exchange-secret-key'
let server: Server
let base = ''
const seen: { method: string; url: string; type: string | undefined; body: string }[] = []

beforeAll(async () => {
  server = createServer(async (request: IncomingMessage, response) => {
    let body = ''
    for await (const chunk of request) body += String(chunk)
    seen.push({
      method: request.method ?? '',
      url: request.url ?? '',
      type: request.headers['content-type'],
      body,
    })
    if (request.url?.startsWith('/moved')) {
      response.writeHead(301, { location: `/elsewhere?apikey=${KEY}` }).end()
    } else if (request.url?.startsWith('/echo')) {
      response
        .writeHead(200, { 'content-type': 'Application/JSON; charset=utf-8' })
        .end(JSON.stringify({ 'response-description': `key ${KEY}` }))
    } else {
      // No content type at all.
      response.writeHead(200).end('plain')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

const options = { timeoutMs: 2000, secrets: [KEY] }

describe('exchange', () => {
  it('observes a redirect as the answer it is, without following it', async () => {
    seen.length = 0
    const observed = await exchange(base, { method: 'GET', path: '/moved' }, options)
    expect(observed).toEqual({
      answered: true,
      status: 301,
      contentType: undefined,
      json: undefined,
      isJson: false,
      bytes: 0,
    })
    expect(seen.map((request) => request.url)).toEqual(['/moved'])
  })

  it('reads the media type in lower case and masks the key before parsing the body', async () => {
    const observed = await exchange(
      `${base}/`,
      { method: 'POST', path: '/echo', json: { a: 1 } },
      options,
    )
    expect(observed).toMatchObject({
      answered: true,
      status: 200,
      contentType: 'application/json',
      json: { 'response-description': 'key [redacted]' },
      isJson: true,
    })
    expect(seen.at(-1)).toEqual({
      method: 'POST',
      url: '/echo',
      type: 'application/json',
      body: '{"a":1}',
    })
  })

  it('sends a raw body as it is, the query in the URL, and no body for GET', async () => {
    await exchange(base, { method: 'PUT', path: '/bare', raw: '{"cut":' }, options)
    expect(seen.at(-1)).toMatchObject({ method: 'PUT', type: 'application/json', body: '{"cut":' })
    const observed = await exchange(
      `${base}/prefix?x=1`,
      { method: 'GET', path: '/bare', query: { b: 'two words' } },
      options,
    )
    expect(seen.at(-1)).toEqual({
      method: 'GET',
      url: '/prefix/bare?x=1&b=two+words',
      type: undefined,
      body: '',
    })
    expect(observed).toEqual({
      answered: true,
      status: 200,
      contentType: undefined,
      json: undefined,
      isJson: false,
      bytes: 5,
    })
  })

  it('says why nothing answered: a refused connection', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`
    await new Promise((resolve) => closed.close(resolve))
    expect(await exchange(url, { method: 'GET', path: '/' }, options)).toEqual({
      answered: false,
      error: 'connection failed (ECONNREFUSED)',
    })
  })
})
