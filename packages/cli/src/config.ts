/**
 * Connection settings for `sendsms send`: each flag overrides its ADVANTA_* environment
 * variable, which overrides the default, resolved by the client's own `resolveSettings` so
 * the CLI and the client can never disagree. The environment is injectable (CliIo.env) so
 * tests never depend on the shell.
 */
import { type ResolvedSettings, resolveSettings } from '@sendsms/client/settings'
import { UsageError } from './errors/cli-error.js'

/** Flags of `send` that carry connection settings, as parsed (strings or absent). */
export interface ConfigFlags {
  'base-url'?: string | undefined
  'api-key'?: string | undefined
  'partner-id'?: string | undefined
  shortcode?: string | undefined
  timeout?: string | undefined
}

/**
 * Resolves settings: flag, else environment variable, else default. A blank flag or
 * variable (empty or only whitespace) counts as absent, by the client's `isBlank`; absent
 * credentials stay absent here, and the client refuses them before any request (exit 2,
 * naming the flag and variable to set). Throws a UsageError for
 * a --timeout that is not a positive whole number.
 *
 * @example
 * ```ts
 * resolveConfig({ 'api-key': 'k' }, { ADVANTA_PARTNER_ID: '12345' })
 * // { baseUrl: 'https://quicksms.advantasms.com', apiKey: 'k', partnerId: '12345', shortcode: undefined, timeoutMs: 30000 }
 * ```
 */
export function resolveConfig(
  flags: ConfigFlags,
  env: Record<string, string | undefined>,
  options: { json?: boolean } = {},
): ResolvedSettings {
  const timeout = flags.timeout
  return resolveSettings(
    {
      baseUrl: flags['base-url'],
      apiKey: flags['api-key'],
      partnerId: flags['partner-id'],
      shortcode: flags.shortcode,
      timeoutMs: timeout === undefined ? undefined : parseTimeout(timeout, options.json),
    },
    env,
  )
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
