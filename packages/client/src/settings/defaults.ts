/**
 * @module
 * The defaults of the client's settings and the environment variables that override them,
 * defined once for the client, the CLI and their help texts.
 */
import { LIVE_BASE_URL } from '@sendsms/wire'

/**
 * The base URL used when neither an option nor `ADVANTA_BASE_URL` sets one: the live
 * service, from the OpenAPI document's servers.
 * @example
 * createClient({ baseUrl: DEFAULT_BASE_URL }) // 'https://quicksms.advantasms.com'
 */
export const DEFAULT_BASE_URL: string = LIVE_BASE_URL

/**
 * How long a send may take before it fails with a `TimeoutError`, in milliseconds.
 * @example
 * createClient({ timeoutMs: DEFAULT_TIMEOUT_MS * 2 })
 */
export const DEFAULT_TIMEOUT_MS = 30_000

/**
 * The environment variable of each setting that has one.
 * @example
 * env[ENV_VARIABLES.apiKey] // process.env.ADVANTA_API_KEY
 */
export const ENV_VARIABLES = Object.freeze({
  baseUrl: 'ADVANTA_BASE_URL',
  apiKey: 'ADVANTA_API_KEY',
  partnerId: 'ADVANTA_PARTNER_ID',
  shortcode: 'ADVANTA_SHORTCODE',
} as const)
