/**
 * @module
 * Tests of the User-Agent: every request names the package and its version (the generated
 * version equals package.json's), and a browser gets no such header.
 */
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createClient } from '../create-client.js'
import { PACKAGE_NAME, PACKAGE_VERSION } from '../generated/version.js'
import { USER_AGENT } from '../index.js'
import { fakeFetch } from '../test-support/fake-fetch.js'

const ACCOUNT = { baseUrl: 'http://api.test', apiKey: 'k', partnerId: '12345', shortcode: 'S' }
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the User-Agent', () => {
  it("names the package and package.json's version", () => {
    expect(PACKAGE_NAME).toBe(manifest.name)
    expect(PACKAGE_VERSION).toBe(manifest.version)
    expect(USER_AGENT).toBe(`@sendsms/client/${manifest.version}`)
  })

  it.each([
    ['getBalance', { method: 'GET' }],
    ['getBalance', { method: 'POST' }],
  ] as const)('is sent by %s over %j, beside Accept', async (_, request) => {
    const fake = fakeFetch()
    await createClient({ ...ACCOUNT, fetch: fake.fetch })
      .getBalance(request)
      .catch(() => {})
    expect(fake.requests[0]?.headers.get('user-agent')).toBe(USER_AGENT)
    expect(fake.requests[0]?.headers.get('accept')).toBe('application/json')
  })

  it('is sent with every send', async () => {
    const fake = fakeFetch()
    await createClient({ ...ACCOUNT, fetch: fake.fetch }).sendSms({
      to: '0712345678',
      message: 'Hi',
    })
    expect(fake.requests[0]?.headers.get('user-agent')).toBe(USER_AGENT)
  })

  it.each(['Node.js/22', 'Deno/2.1.4', 'Bun/1.1.0', 'Cloudflare-Workers'])(
    'is sent where navigator.userAgent is %s',
    async (userAgent) => {
      vi.stubGlobal('navigator', { userAgent })
      const fake = fakeFetch()
      await createClient({ ...ACCOUNT, fetch: fake.fetch })
        .getBalance()
        .catch(() => {})
      expect(fake.requests[0]?.headers.get('user-agent')).toBe(USER_AGENT)
    },
  )

  it('is left out in a browser, so a GET stays a simple CORS request', async () => {
    vi.stubGlobal('navigator', {
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36',
    })
    const fake = fakeFetch()
    await createClient({ ...ACCOUNT, fetch: fake.fetch })
      .getBalance({ method: 'GET' })
      .catch(() => {})
    expect(fake.requests[0]?.headers.get('user-agent')).toBeNull()
    expect(fake.requests[0]?.headers.get('accept')).toBe('application/json')
  })

  it('is sent where navigator has no userAgent string', async () => {
    vi.stubGlobal('navigator', { userAgent: 5 })
    const fake = fakeFetch()
    await createClient({ ...ACCOUNT, fetch: fake.fetch })
      .getBalance()
      .catch(() => {})
    expect(fake.requests[0]?.headers.get('user-agent')).toBe(USER_AGENT)
  })
})
