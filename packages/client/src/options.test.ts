/**
 * @module
 * Tests of option resolution in the client: which environment is read (the one given,
 * none, or `process.env` by default) and runtimes without `process` (browsers, edge).
 * The resolution rules themselves are tested in settings/resolve-settings.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { resolveOptions } from './options.js'
import { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS } from './settings/defaults.js'
import { PROCESS_ENV, stubProcessEnv } from './test-support/stub-process-env.js'

afterEach(() => {
  vi.unstubAllEnvs()
  vi.unstubAllGlobals()
})

describe('resolveOptions', () => {
  it('falls back to the live base URL and a 30 s timeout', () => {
    expect(resolveOptions({ env: false })).toMatchObject({
      baseUrl: DEFAULT_BASE_URL,
      timeoutMs: DEFAULT_TIMEOUT_MS,
    })
  })

  it('reads process.env when no env is given', () => {
    stubProcessEnv({ ADVANTA_API_KEY: 'process-key', ADVANTA_PARTNER_ID: '999' })
    expect(resolveOptions()).toMatchObject({ apiKey: 'process-key', partnerId: '999' })
  })

  it.each([
    ['an env object', {}],
    ['env false', false as const],
  ])('never reads process.env with %s', (_name, env) => {
    stubProcessEnv(PROCESS_ENV)
    expect(resolveOptions({ env })).toMatchObject({
      baseUrl: DEFAULT_BASE_URL,
      apiKey: undefined,
      partnerId: undefined,
      shortcode: undefined,
    })
  })

  it('reads the env it is given', () => {
    vi.stubEnv('ADVANTA_API_KEY', 'process-key')
    expect(resolveOptions({ env: { ADVANTA_API_KEY: 'given-key' } }).apiKey).toBe('given-key')
  })

  it('treats blank options as not set, falling through to the environment', () => {
    const env = { ADVANTA_API_KEY: 'env-key', ADVANTA_PARTNER_ID: '111' }
    expect(resolveOptions({ apiKey: '', partnerId: ' ', env })).toMatchObject({
      apiKey: 'env-key',
      partnerId: '111',
    })
  })

  it('keeps the fetch it is given', () => {
    const fetch = async () => new Response()
    expect(resolveOptions({ fetch, env: false }).fetch).toBe(fetch)
  })

  it('works where there is no process object', () => {
    vi.stubGlobal('process', undefined)
    const resolved = resolveOptions({ apiKey: 'k' })
    vi.unstubAllGlobals()
    expect(resolved).toMatchObject({ baseUrl: DEFAULT_BASE_URL, apiKey: 'k', partnerId: undefined })
  })
})
