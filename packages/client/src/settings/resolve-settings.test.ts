/**
 * @module
 * Tests of resolving settings: option over environment variable over default, the one
 * blank rule for every source, and an environment that is only ever the one given.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS, ENV_VARIABLES } from './defaults.js'
import { isBlank } from './is-blank.js'
import { type ResolvedSettings, resolveSettings, type SettingsOptions } from './resolve-settings.js'

afterEach(() => {
  vi.unstubAllEnvs()
})

const ENV = {
  ADVANTA_BASE_URL: 'http://env.test',
  ADVANTA_API_KEY: 'env-key',
  ADVANTA_PARTNER_ID: '111',
  ADVANTA_SHORTCODE: 'ENVCODE',
}
const OPTIONS = {
  baseUrl: 'http://option.test',
  apiKey: 'option-key',
  partnerId: '222',
  shortcode: 'OPTCODE',
}
const DEFAULTS: ResolvedSettings = {
  baseUrl: DEFAULT_BASE_URL,
  apiKey: undefined,
  partnerId: undefined,
  shortcode: undefined,
  timeoutMs: DEFAULT_TIMEOUT_MS,
}
const SETTINGS = ['baseUrl', 'apiKey', 'partnerId', 'shortcode'] as const

describe('the defaults', () => {
  it('are the live service, 30 s, and one ADVANTA_* variable per setting', () => {
    expect(DEFAULT_BASE_URL).toBe('https://quicksms.advantasms.com')
    expect(DEFAULT_TIMEOUT_MS).toBe(30_000)
    expect(ENV_VARIABLES).toEqual({
      baseUrl: 'ADVANTA_BASE_URL',
      apiKey: 'ADVANTA_API_KEY',
      partnerId: 'ADVANTA_PARTNER_ID',
      shortcode: 'ADVANTA_SHORTCODE',
    })
  })
})

describe('resolveSettings', () => {
  it('takes every option over its environment variable', () => {
    expect(resolveSettings({ ...OPTIONS, timeoutMs: 5 }, ENV)).toEqual({
      ...OPTIONS,
      timeoutMs: 5,
    })
  })

  it('takes every environment variable when no option is given', () => {
    expect(resolveSettings({}, ENV)).toEqual({
      baseUrl: 'http://env.test',
      apiKey: 'env-key',
      partnerId: '111',
      shortcode: 'ENVCODE',
      timeoutMs: DEFAULT_TIMEOUT_MS,
    })
  })

  it('falls back to the defaults, and leaves credentials unset, with neither', () => {
    expect(resolveSettings({}, {})).toEqual(DEFAULTS)
  })

  it('reads no environment at all with env false', () => {
    vi.stubEnv('ADVANTA_API_KEY', 'process-key')
    expect(resolveSettings({}, false)).toEqual(DEFAULTS)
  })

  it('reads no environment when a JavaScript caller leaves env out', () => {
    vi.stubEnv('ADVANTA_API_KEY', 'process-key')
    const untyped = resolveSettings as (options: SettingsOptions) => ResolvedSettings
    expect(untyped({})).toEqual(DEFAULTS)
  })

  it('never reads process.env when given an environment', () => {
    for (const name of Object.values(ENV_VARIABLES)) vi.stubEnv(name, `process-${name}`)
    expect(resolveSettings({}, {})).toEqual(DEFAULTS)
    expect(resolveSettings({}, { ADVANTA_API_KEY: 'given-key' }).apiKey).toBe('given-key')
  })

  it('turns a numeric partnerId into a string', () => {
    expect(resolveSettings({ partnerId: 12345 }, false).partnerId).toBe('12345')
    expect(resolveSettings({ partnerId: 0 }, ENV).partnerId).toBe('0')
  })

  it('keeps a set value as it is, blanks around it included', () => {
    expect(resolveSettings({ apiKey: ' k ' }, false).apiKey).toBe(' k ')
    expect(resolveSettings({}, { ADVANTA_SHORTCODE: ' S ' }).shortcode).toBe(' S ')
  })

  describe.each(['', '   ', '\t\n', undefined])('with a blank value %j', (blank) => {
    it.each(SETTINGS)('an option %s falls through to its environment variable', (setting) => {
      const options: SettingsOptions = { ...OPTIONS, [setting]: blank }
      expect(resolveSettings(options, ENV)[setting]).toBe(resolveSettings({}, ENV)[setting])
    })

    it.each(SETTINGS)('an environment variable for %s falls through to the default', (setting) => {
      const env = { ...ENV, [ENV_VARIABLES[setting]]: blank }
      expect(resolveSettings({}, env)[setting]).toBe(DEFAULTS[setting])
    })
  })
})

describe('isBlank', () => {
  it.each([
    [undefined, true],
    [null, true],
    ['', true],
    [' ', true],
    ['\t\r\n ', true],
    ['k', false],
    [' k ', false],
    ['0', false],
    [0, false],
  ])('says %j is blank: %s', (value, blank) => {
    expect(isBlank(value)).toBe(blank)
  })
})
