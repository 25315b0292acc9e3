/**
 * Connection settings for `sendsms send`: each flag overrides its ADVANTA_* environment
 * variable. The environment is injectable (CliIo.env) so tests never depend on the shell.
 */
import { UsageError } from './errors/cli-error.js'

/** The live service; the same default as @sendsms/client, repeated so error lines can name it. */
export const DEFAULT_BASE_URL = 'https://quicksms.advantasms.com'

/** Flags of `send` that carry connection settings, as parsed (strings or absent). */
export interface ConfigFlags {
  'base-url'?: string | undefined
  'api-key'?: string | undefined
  'partner-id'?: string | undefined
  shortcode?: string | undefined
  timeout?: string | undefined
}

/** Resolved settings; absent values stay absent so the provider reports them (4091/4092). */
export interface SendConfig {
  baseUrl: string
  apiKey?: string
  partnerId?: string
  shortcode?: string
  /** @unit milliseconds */
  timeoutMs?: number
}

/**
 * Resolves settings: flag, else environment variable, else default. Empty strings count as
 * absent. Throws a UsageError for a --timeout that is not a positive whole number.
 *
 * @example
 * ```ts
 * resolveConfig({ 'api-key': 'k' }, { ADVANTA_PARTNER_ID: '12345' })
 * // { baseUrl: 'https://quicksms.advantasms.com', apiKey: 'k', partnerId: '12345' }
 * ```
 */
export function resolveConfig(
  flags: ConfigFlags,
  env: Record<string, string | undefined>,
  options: { json?: boolean } = {},
): SendConfig {
  const pick = (flag: string | undefined, name: string): string | undefined =>
    nonEmpty(flag) ?? nonEmpty(env[name])
  const config: SendConfig = {
    baseUrl: pick(flags['base-url'], 'ADVANTA_BASE_URL') ?? DEFAULT_BASE_URL,
  }
  const apiKey = pick(flags['api-key'], 'ADVANTA_API_KEY')
  const partnerId = pick(flags['partner-id'], 'ADVANTA_PARTNER_ID')
  const shortcode = pick(flags.shortcode, 'ADVANTA_SHORTCODE')
  if (apiKey !== undefined) config.apiKey = apiKey
  if (partnerId !== undefined) config.partnerId = partnerId
  if (shortcode !== undefined) config.shortcode = shortcode
  if (flags.timeout !== undefined) config.timeoutMs = parseTimeout(flags.timeout, options.json)
  return config
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value
}

function parseTimeout(raw: string, json = false): number {
  const trimmed = raw.trim()
  const value = Number(trimmed)
  if (!/^\d+$/.test(trimmed) || !Number.isSafeInteger(value) || value <= 0) {
    throw new UsageError(`--timeout must be a positive number of milliseconds, got '${raw}'`, {
      json,
    })
  }
  return value
}
