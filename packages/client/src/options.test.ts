/**
 * @module
 * Tests of option resolution: defaults, ADVANTA_* variables, and runtimes without
 * `process` (browsers, edge).
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS, resolveOptions } from './options.js'

afterEach(() => {
  vi.unstubAllEnvs()
  vi.unstubAllGlobals()
})

describe('resolveOptions', () => {
  it('falls back to the live base URL and a 30 s timeout', () => {
    vi.stubEnv('ADVANTA_BASE_URL', '')
    expect(resolveOptions()).toMatchObject({
      baseUrl: DEFAULT_BASE_URL,
      timeoutMs: DEFAULT_TIMEOUT_MS,
    })
    expect(DEFAULT_BASE_URL).toBe('https://quicksms.advantasms.com')
    expect(DEFAULT_TIMEOUT_MS).toBe(30_000)
  })

  it('treats empty ADVANTA_* variables as unset', () => {
    vi.stubEnv('ADVANTA_API_KEY', '')
    vi.stubEnv('ADVANTA_PARTNER_ID', '')
    expect(resolveOptions()).toMatchObject({ apiKey: undefined, partnerId: undefined })
  })

  it('keeps explicit empty strings, which win over the environment', () => {
    vi.stubEnv('ADVANTA_API_KEY', 'env-key')
    expect(resolveOptions({ apiKey: '' }).apiKey).toBe('')
  })

  it('turns a numeric partnerId into a string', () => {
    expect(resolveOptions({ partnerId: 12345 }).partnerId).toBe('12345')
  })

  it('works where there is no process object', () => {
    vi.stubGlobal('process', undefined)
    const resolved = resolveOptions({ apiKey: 'k' })
    vi.unstubAllGlobals()
    expect(resolved).toMatchObject({ baseUrl: DEFAULT_BASE_URL, apiKey: 'k', partnerId: undefined })
  })
})
