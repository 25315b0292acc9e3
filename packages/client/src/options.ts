/**
 * @module
 * The client's options and how they are resolved: through `resolveSettings` (option, else
 * ADVANTA_* variable, else default), from the environment the caller chose. Without a
 * choice that is `process.env` where it exists, so browsers and edge runtimes do not crash.
 */
import {
  type ResolvedSettings,
  resolveSettings,
  type SettingsEnv,
  type SettingsOptions,
} from './settings/resolve-settings.js'

/**
 * A fetch implementation: the global `fetch` fits, and so does a handler that turns
 * a `Request` into a `Response`, even synchronously (a Hono app's `app.fetch`).
 * The client calls it with one `Request`.
 * @example
 * const viaMock: FetchFunction = (input, init) => mock.app.fetch(new Request(input, init))
 */
export type FetchFunction = (input: Request, init?: RequestInit) => Response | Promise<Response>

/**
 * Options of `createClient`. Every field is optional; the connection settings (`baseUrl`,
 * `apiKey`, `partnerId`, `shortcode`, `timeoutMs`) are documented on `SettingsOptions`.
 * @example
 * const options: ClientOptions = { baseUrl: 'http://127.0.0.1:4010', apiKey: 'sandbox-api-key', partnerId: 12345, shortcode: 'SANDBOX', env: false }
 */
export interface ClientOptions extends SettingsOptions {
  /**
   * The fetch to use. It is called with one `Request`; a handler that answers
   * synchronously, such as a Hono app's `app.fetch`, is accepted too.
   * @default `globalThis.fetch`, looked up at each call (so later polyfills and spies apply)
   */
  fetch?: FetchFunction
  /**
   * The environment to read the ADVANTA_* variables from (`ADVANTA_BASE_URL`,
   * `ADVANTA_API_KEY`, `ADVANTA_PARTNER_ID`, `ADVANTA_SHORTCODE`), or `false` to read none.
   * When given, `process.env` is never read.
   * @default `globalThis.process?.env` where it exists (Node), else none; read once, by `createClient`
   */
  env?: Record<string, string | undefined> | false
}

/** Options after resolution; `undefined` means "not set, do not send". */
export interface ResolvedOptions extends ResolvedSettings {
  fetch: FetchFunction | undefined
}

function processEnv(): SettingsEnv {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env
  return env ?? false
}

/**
 * Resolves options once: `options.env` if given, else `process.env` where it exists.
 * @example
 * resolveOptions({ apiKey: 'k', env: false }).baseUrl // 'https://quicksms.advantasms.com'
 */
export function resolveOptions(options: ClientOptions = {}): ResolvedOptions {
  const env = options.env ?? processEnv()
  return { ...resolveSettings(options, env), fetch: options.fetch }
}
