/**
 * @module
 * The client's options and how they are resolved: through `resolveSettings` (option, else
 * ADVANTA_* variable, else default), from the environment the caller chose. Without a
 * choice that is `process.env` where it exists, so browsers and edge runtimes do not crash.
 * Retries, the clock and the hooks have no environment variable.
 */
import { InvalidRequestError } from './errors/request-errors.js'
import type { ClientHooks } from './hooks/types.js'
import { rejectUnknownKeys } from './request/known-keys.js'
import { type Clock, realClock } from './retry/clock.js'
import { processEnv } from './settings/process-env.js'
import {
  type ResolvedSettings,
  resolveSettings,
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
 * `apiKey`, `partnerId`, `shortcode`, `timeoutMs`) are documented on `SettingsOptions`, the
 * hooks (`onRequest`, `onResponse`, `onRetry`) on `ClientHooks`. A key not listed here
 * makes every method reject with `InvalidRequestError` (field `'options'`).
 * @example
 * const options: ClientOptions = { baseUrl: 'http://127.0.0.1:4010', apiKey: 'sandbox-api-key', partnerId: 12345, shortcode: 'SANDBOX', env: false }
 */
export interface ClientOptions extends SettingsOptions, ClientHooks {
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
  /**
   * How many times a request is tried again when it cannot have reached the provider (the
   * connection was refused, the host name did not resolve), after a jittered exponential
   * wait. Nothing that may have reached the provider is ever retried. `0` turns retries off.
   * @default `DEFAULT_MAX_RETRIES` (2); no environment variable
   */
  maxRetries?: number | undefined
  /**
   * Also try again, after the 300 s it asks for, a request the provider answered with 4090
   * ("try again after 5 minutes"); it counts against `maxRetries`.
   * @default false
   */
  retryTryLater?: boolean | undefined
  /**
   * The clock retries wait on and answers are timed with (a virtual one in tests).
   * @default real timers, `Math.random` and `performance.now`
   */
  clock?: Clock | undefined
}

/** Options after resolution; `undefined` means "not set, do not send". */
export interface ResolvedOptions extends ResolvedSettings {
  fetch: FetchFunction | undefined
  maxRetries: number
  retryTryLater: boolean
  clock: Clock
  hooks: ClientHooks
}

/**
 * Retries after the first attempt when none are asked for.
 * @example
 * createClient({ maxRetries: DEFAULT_MAX_RETRIES })
 */
export const DEFAULT_MAX_RETRIES = 2

/**
 * Resolves options once: `options.env` if given, else `process.env` where it exists.
 * @example
 * resolveOptions({ apiKey: 'k', env: false }).baseUrl // 'https://quicksms.advantasms.com'
 */
export function resolveOptions(options: ClientOptions = {}): ResolvedOptions {
  const env = options.env ?? processEnv()
  return {
    ...resolveSettings(options, env),
    fetch: options.fetch,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    retryTryLater: options.retryTryLater === true,
    clock: options.clock ?? realClock,
    hooks: {
      onRequest: options.onRequest,
      onResponse: options.onResponse,
      onRetry: options.onRetry,
    },
  }
}

/**
 * Every key `createClient` accepts. Typed so that an option added to `ClientOptions`
 * without being listed here fails to compile.
 * @example
 * CLIENT_OPTION_KEYS.includes('maxRetries') // true
 */
export const CLIENT_OPTION_KEYS = [
  'baseUrl',
  'apiKey',
  'partnerId',
  'shortcode',
  'timeoutMs',
  'fetch',
  'env',
  'maxRetries',
  'retryTryLater',
  'clock',
  'onRequest',
  'onResponse',
  'onRetry',
] as const satisfies readonly (keyof ClientOptions)[]

type UnlistedOption = Exclude<keyof ClientOptions, (typeof CLIENT_OPTION_KEYS)[number]>
// Fails to compile, naming the key, when an option of ClientOptions is missing above.
const _everyOptionListed: [UnlistedOption] extends [never] ? true : UnlistedOption = true

const HOOK_KEYS = ['onRequest', 'onResponse', 'onRetry'] as const

/**
 * Checks the options no setting resolution covers: unknown keys (with the closest known one
 * suggested), `maxRetries` (a whole number, 0 or more) and the hooks (functions). Throws
 * `InvalidRequestError('options')`; `createClient` keeps it for every method to reject with.
 * @example
 * checkClientOptions({ maxRetrys: 3 }) // throws: unknown option 'maxRetrys' (did you mean 'maxRetries'?)
 */
export function checkClientOptions(options: ClientOptions): void {
  rejectUnknownKeys(options, CLIENT_OPTION_KEYS, 'options')
  const { maxRetries } = options
  if (maxRetries !== undefined && !(Number.isSafeInteger(maxRetries) && maxRetries >= 0)) {
    throw new InvalidRequestError('options', 'maxRetries must be a whole number, 0 or more')
  }
  for (const key of HOOK_KEYS) {
    if (options[key] !== undefined && typeof options[key] !== 'function') {
      throw new InvalidRequestError('options', `${key} must be a function`)
    }
  }
}
