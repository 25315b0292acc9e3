/**
 * @module
 * Resolves the connection settings: an option, else its ADVANTA_* environment variable,
 * else the default. The client and the CLI both resolve through here, so a flag, an
 * option and a variable are read alike. The environment is an argument, never looked up:
 * whoever calls decides which one (or none) applies.
 */
import { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS, ENV_VARIABLES } from './defaults.js'
import { isBlank } from './is-blank.js'

/**
 * The settings a caller may give. Blank values (`undefined`, `''`, whitespace) count as
 * not set and fall through to the environment variable, then the default.
 * @example
 * const options: SettingsOptions = { apiKey: 'k', partnerId: 12345 }
 */
export interface SettingsOptions {
  /**
   * Root URL of the API (a path prefix is kept).
   * @default env `ADVANTA_BASE_URL`, else `DEFAULT_BASE_URL` (`'https://quicksms.advantasms.com'`)
   */
  baseUrl?: string | undefined
  /**
   * API key of the account. Never printed in errors.
   * @default env `ADVANTA_API_KEY`; required: without it every method rejects before sending
   */
  apiKey?: string | undefined
  /**
   * Partner ID of the account; numbers are sent as strings.
   * @default env `ADVANTA_PARTNER_ID`; required: without it every method rejects before sending
   */
  partnerId?: string | number | undefined
  /**
   * Sender ID (shortcode) assigned to the account, case-sensitive.
   * @default env `ADVANTA_SHORTCODE`; required by the sends, which reject before sending without it
   */
  shortcode?: string | undefined
  /**
   * Time allowed for one send, from request to the end of the body. `Infinity` disables it.
   * @default `DEFAULT_TIMEOUT_MS` (30_000); no environment variable
   * @unit milliseconds
   */
  timeoutMs?: number | undefined
}

/**
 * The environment to read ADVANTA_* from, or `false` for none.
 * @example
 * const env: SettingsEnv = { ADVANTA_API_KEY: 'k' }
 */
export type SettingsEnv = Readonly<Record<string, string | undefined>> | false

/**
 * Settings after resolution; `undefined` means "not set, do not send".
 * @example
 * const { baseUrl, apiKey }: ResolvedSettings = resolveSettings({}, false)
 */
export interface ResolvedSettings {
  baseUrl: string
  apiKey: string | undefined
  partnerId: string | undefined
  shortcode: string | undefined
  /** @unit milliseconds */
  timeoutMs: number
}

/**
 * Resolves each setting: the option unless blank, else the environment variable unless
 * blank, else the default (none for credentials). A numeric `partnerId` becomes a string.
 * @example
 * resolveSettings({ apiKey: ' ' }, { ADVANTA_API_KEY: 'env-key' }).apiKey // 'env-key'
 * resolveSettings({}, false).baseUrl // 'https://quicksms.advantasms.com'
 */
export function resolveSettings(options: SettingsOptions, env: SettingsEnv): ResolvedSettings {
  const pick = (option: string | number | undefined, name: string): string | undefined => {
    if (!isBlank(option)) return String(option)
    // `env` is typed as required, but a JavaScript caller may leave it out: that is none.
    const value = env ? env[name] : undefined
    return isBlank(value) ? undefined : value
  }
  return {
    baseUrl: pick(options.baseUrl, ENV_VARIABLES.baseUrl) ?? DEFAULT_BASE_URL,
    apiKey: pick(options.apiKey, ENV_VARIABLES.apiKey),
    partnerId: pick(options.partnerId, ENV_VARIABLES.partnerId),
    shortcode: pick(options.shortcode, ENV_VARIABLES.shortcode),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  }
}
