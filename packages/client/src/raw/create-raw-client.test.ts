/**
 * @module
 * Tests of the typed raw client against the real mock (in-process) and against fetches that
 * fail: requests typed from the spec, answers as the API gave them, the base URL from the
 * options or the environment, and no key in an error.
 */
import { SANDBOX_PARAMS } from '@sendsms/test-fixtures'
import { readCode } from '@sendsms/wire'
import { describe, expect, it } from 'vitest'
import { InvalidRequestError, USER_AGENT } from '../index.js'
import { fakeFetch, jsonResponse } from '../test-support/fake-fetch.js'
import { mockWith } from '../test-support/mock-client.js'
import { createRawClient } from './index.js'

const { apikey, partnerID, shortcode } = SANDBOX_PARAMS

describe('createRawClient', () => {
  it('sends a spec path with the parameters given and answers the body as the API gave it', async () => {
    const mock = mockWith()
    const raw = createRawClient({
      baseUrl: 'http://127.0.0.1:4010',
      env: false,
      fetch: (request) => mock.app.fetch(request),
    })
    const { data, response } = await raw.POST('/api/services/sendsms/', {
      body: { apikey, partnerID, shortcode, mobile: '0712345678', message: 'Hi' },
    })
    expect(response.status).toBe(200)
    expect(data).toMatchObject({ responses: [{ 'response-code': 200, mobile: 254712345678 }] })
    const refused = await raw.GET('/api/services/getbalance/', {
      params: { query: { apikey: 'wrong-key', partnerID } },
    })
    expect(refused.error).toBeUndefined()
    expect(readCode(refused.data as Record<string, unknown>)).toBe(1006)
  })

  it('takes the base URL from the environment, and sends its User-Agent', async () => {
    const fake = fakeFetch(() => jsonResponse({ 'response-code': 200, credit: '1.00' }))
    const raw = createRawClient({
      env: { ADVANTA_BASE_URL: 'http://env.test/' },
      fetch: fake.fetch,
    })
    await raw.GET('/api/services/getbalance/', { params: { query: { apikey, partnerID } } })
    expect(fake.requests[0]?.url).toBe(
      `http://env.test/api/services/getbalance/?apikey=${apikey}&partnerID=${partnerID}`,
    )
    expect(fake.requests[0]?.headers.get('user-agent')).toBe(USER_AGENT)
  })

  it('refuses a base URL that is not an absolute http(s) URL, before any request', () => {
    for (const baseUrl of ['not a url', '/api', 'ftp://api.test']) {
      const error = (() => {
        try {
          createRawClient({ baseUrl, apiKey: 'se cret', env: false })
        } catch (caught) {
          return caught
        }
      })()
      expect(error).toBeInstanceOf(InvalidRequestError)
      expect(error).toMatchObject({ field: 'baseUrl' })
    }
  })

  it('masks the API key in the error of a fetch that fails quoting the URL', async () => {
    const fake = fakeFetch((request) => Promise.reject(new TypeError(`failed: ${request.url}`)))
    const raw = createRawClient({
      baseUrl: 'http://api.test',
      apiKey: 'se cret',
      env: false,
      fetch: fake.fetch,
    })
    const error = await raw
      .GET('/api/services/getbalance/', { params: { query: { apikey: 'se cret', partnerID } } })
      .catch((e: unknown) => e as Error)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).name).toBe('TypeError')
    expect(String((error as Error).message)).toContain('apikey=[redacted]')
    expect(`${(error as Error).message}${(error as Error).stack}`).not.toMatch(/se(%20| )cret/)
  })
})
