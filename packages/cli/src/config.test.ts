/** Flags override ADVANTA_* variables; empty values count as unset; --timeout is checked. */
import { describe, expect, it } from 'vitest'
import { DEFAULT_BASE_URL, resolveConfig } from './config.js'
import { UsageError } from './errors/cli-error.js'

describe('resolveConfig', () => {
  const env = {
    ADVANTA_BASE_URL: 'http://env.test',
    ADVANTA_API_KEY: 'env-key',
    ADVANTA_PARTNER_ID: '111',
    ADVANTA_SHORTCODE: 'ENVCODE',
  }

  it('reads every setting from ADVANTA_* variables when no flag is given', () => {
    expect(resolveConfig({}, env)).toEqual({
      baseUrl: 'http://env.test',
      apiKey: 'env-key',
      partnerId: '111',
      shortcode: 'ENVCODE',
    })
  })

  it('lets each flag override its variable', () => {
    const flags = {
      'base-url': 'http://flag.test',
      'api-key': 'flag-key',
      'partner-id': '222',
      shortcode: 'FLAGCODE',
      timeout: '1500',
    }
    expect(resolveConfig(flags, env)).toEqual({
      baseUrl: 'http://flag.test',
      apiKey: 'flag-key',
      partnerId: '222',
      shortcode: 'FLAGCODE',
      timeoutMs: 1500,
    })
  })

  it('uses the live base URL and leaves credentials absent when nothing is set', () => {
    expect(resolveConfig({}, {})).toEqual({ baseUrl: DEFAULT_BASE_URL })
  })

  it('treats empty strings as absent so the provider reports the missing value', () => {
    expect(resolveConfig({ 'api-key': '' }, { ADVANTA_PARTNER_ID: ' ' })).toEqual({
      baseUrl: DEFAULT_BASE_URL,
    })
  })

  it.each(['0', '-5', 'abc', '1.5', ''])('refuses --timeout %j as bad usage', (timeout) => {
    expect(() => resolveConfig({ timeout }, {})).toThrow(UsageError)
  })
})
