/** Flags override ADVANTA_* variables; blank values count as unset, from either; --timeout is checked. */
import { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS } from '@sendsms/client/settings'
import { describe, expect, it } from 'vitest'
import { resolveConfig } from './config.js'
import { UsageError } from './errors/cli-error.js'

const UNSET = {
  baseUrl: DEFAULT_BASE_URL,
  apiKey: undefined,
  partnerId: undefined,
  shortcode: undefined,
  timeoutMs: DEFAULT_TIMEOUT_MS,
}

describe('resolveConfig', () => {
  const env = {
    ADVANTA_BASE_URL: 'http://env.test',
    ADVANTA_API_KEY: 'env-key',
    ADVANTA_PARTNER_ID: '111',
    ADVANTA_SHORTCODE: 'ENVCODE',
  }
  const flags = {
    'base-url': 'http://flag.test',
    'api-key': 'flag-key',
    'partner-id': '222',
    shortcode: 'FLAGCODE',
  }

  it('reads every setting from ADVANTA_* variables when no flag is given', () => {
    expect(resolveConfig({}, env)).toEqual({
      baseUrl: 'http://env.test',
      apiKey: 'env-key',
      partnerId: '111',
      shortcode: 'ENVCODE',
      timeoutMs: DEFAULT_TIMEOUT_MS,
    })
  })

  it('lets each flag override its variable', () => {
    expect(resolveConfig({ ...flags, timeout: '1500' }, env)).toEqual({
      baseUrl: 'http://flag.test',
      apiKey: 'flag-key',
      partnerId: '222',
      shortcode: 'FLAGCODE',
      timeoutMs: 1500,
    })
  })

  it('uses the live base URL and leaves credentials absent when nothing is set', () => {
    expect(resolveConfig({}, {})).toEqual(UNSET)
  })

  it('treats blank variables as absent so the provider reports the missing value', () => {
    expect(resolveConfig({}, { ADVANTA_API_KEY: '', ADVANTA_PARTNER_ID: ' ' })).toEqual(UNSET)
  })

  it.each(['', '  '])('lets a blank flag %j fall through to its variable', (blank) => {
    const blanks = { 'base-url': blank, 'api-key': blank, 'partner-id': blank, shortcode: blank }
    expect(resolveConfig(blanks, env)).toEqual(resolveConfig({}, env))
  })

  it.each(['0', '-5', 'abc', '1.5', ''])('refuses --timeout %j as bad usage', (timeout) => {
    expect(() => resolveConfig({ timeout }, {})).toThrow(UsageError)
  })
})
