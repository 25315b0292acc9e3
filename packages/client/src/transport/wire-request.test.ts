/**
 * @module
 * Tests of what each kind of fetch receives from the client.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createClient } from '../create-client.js'
import { ACCEPTED_BODY, jsonResponse } from '../test-support/fake-fetch.js'

const ACCOUNT = {
  apiKey: 'k',
  partnerId: '12345',
  shortcode: 'SANDBOX',
  baseUrl: 'http://api.test',
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the fetch the client calls', () => {
  it('gives a custom fetch one Request carrying the JSON body', async () => {
    const calls: unknown[][] = []
    const custom = async (...args: unknown[]) => {
      calls.push(args)
      return jsonResponse(ACCEPTED_BODY)
    }
    await createClient({ ...ACCOUNT, fetch: custom }).sendSms({ to: '0712345678', message: 'Hi' })
    expect(calls).toHaveLength(1)
    const [request, init] = calls[0] as [Request, unknown]
    expect(request).toBeInstanceOf(Request)
    expect(init).toBeUndefined()
    expect(request.method).toBe('POST')
    expect(request.url).toBe('http://api.test/api/services/sendsms')
    expect(await request.json()).toMatchObject({ mobile: '0712345678', message: 'Hi' })
  })

  it('calls the global fetch with the URL and the body as a string', async () => {
    const global = vi.fn(async (_input: unknown, _init?: RequestInit) =>
      jsonResponse(ACCEPTED_BODY),
    )
    vi.stubGlobal('fetch', global)
    await createClient(ACCOUNT).sendSms({ to: '0712345678', message: 'Hi' })
    const [input, init] = global.mock.calls[0] ?? []
    expect(input).toBe('http://api.test/api/services/sendsms')
    expect(init?.method).toBe('POST')
    expect(typeof init?.body).toBe('string')
    expect(JSON.parse(String(init?.body))).toMatchObject({ apikey: 'k', mobile: '0712345678' })
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json')
    expect(init?.signal).toBeInstanceOf(AbortSignal)
  })

  it('calls the global fetch with the query string for a GET', async () => {
    const global = vi.fn(async (_input: unknown, _init?: RequestInit) =>
      jsonResponse(ACCEPTED_BODY),
    )
    vi.stubGlobal('fetch', global)
    await createClient(ACCOUNT).sendSms({ to: '0712345678', message: 'Hi', method: 'GET' })
    const [input, init] = global.mock.calls[0] ?? []
    expect(String(input)).toMatch(
      /^http:\/\/api\.test\/api\/services\/sendsms\?.*mobile=0712345678/,
    )
    expect(init?.method).toBe('GET')
    expect(init?.body).toBeUndefined()
  })
})
