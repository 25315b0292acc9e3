/**
 * @module
 * The client's options and how they are resolved: explicit option, then the
 * ADVANTA_* environment variable (only where `process.env` exists, so browsers and
 * edge runtimes do not crash), then the default.
 */

/**
 * The live service.
 * @example
 * createClient({ baseUrl: DEFAULT_BASE_URL })
 */
export const DEFAULT_BASE_URL = 'https://quicksms.advantasms.com'
/**
 * How long a send may take before it fails with a `TimeoutError`, in milliseconds.
 * @example
 * createClient({ timeoutMs: DEFAULT_TIMEOUT_MS * 2 })
 */
export const DEFAULT_TIMEOUT_MS = 30_000

/**
 * A fetch implementation: the global `fetch` fits, and so does a handler that turns
 * a `Request` into a `Response`, even synchronously (a Hono app's `app.fetch`).
 * The client calls it with one `Request`.
 * @example
 * const viaMock: FetchFunction = (input, init) => mock.app.fetch(new Request(input, init))
 */
export type FetchFunction = (input: Request, init?: RequestInit) => Response | Promise<Response>

/**
 * Options of `createClient`. Every field is optional.
 * @example
 * const options: ClientOptions = { baseUrl: 'http://127.0.0.1:4010', apiKey: 'sandbox-api-key', partnerId: 12345, shortcode: 'SANDBOX' }
 */
export interface ClientOptions {
  /**
   * Root URL of the API (a path prefix is kept).
   * @default env `ADVANTA_BASE_URL`, else `'https://quicksms.advantasms.com'`
   */
  baseUrl?: string
  /**
   * API key of the account. Never printed in errors.
   * @default env `ADVANTA_API_KEY`; when missing it is not sent and the API answers 4092
   */
  apiKey?: string
  /**
   * Partner ID of the account; numbers are sent as strings.
   * @default env `ADVANTA_PARTNER_ID`; when missing it is not sent and the API answers 4091
   */
  partnerId?: string | number
  /**
   * Sender ID (shortcode) assigned to the account, case-sensitive.
   * @default env `ADVANTA_SHORTCODE`; when missing it is not sent and the API answers 1001
   */
  shortcode?: string
  /**
   * The fetch to use. It is called with one `Request`; a handler that answers
   * synchronously, such as a Hono app's `app.fetch`, is accepted too.
   * @default `globalThis.fetch`, looked up at each call (so later polyfills and spies apply)
   */
  fetch?: FetchFunction
  /**
   * Time allowed for one send, from request to the end of the body. `Infinity` disables it.
   * @default 30_000
   * @unit milliseconds
   */
  timeoutMs?: number
}

/** Options after env defaults; `undefined` means "not set, do not send". */
export interface ResolvedOptions {
  baseUrl: string
  apiKey: string | undefined
  partnerId: string | undefined
  shortcode: string | undefined
  fetch: FetchFunction | undefined
  timeoutMs: number
}

function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env
  const value = env?.[name]
  // An empty variable counts as unset, as shells make `VAR=` easy to leave behind.
  return value === undefined || value === '' ? undefined : value
}

/**
 * Applies env defaults to options; explicit options (even empty strings) win.
 * @example
 * resolveOptions({ apiKey: 'k' }).baseUrl // 'https://quicksms.advantasms.com' unless ADVANTA_BASE_URL is set
 */
export function resolveOptions(options: ClientOptions = {}): ResolvedOptions {
  const partnerId = options.partnerId ?? readEnv('ADVANTA_PARTNER_ID')
  return {
    baseUrl: options.baseUrl ?? readEnv('ADVANTA_BASE_URL') ?? DEFAULT_BASE_URL,
    apiKey: options.apiKey ?? readEnv('ADVANTA_API_KEY'),
    partnerId: partnerId === undefined ? undefined : String(partnerId),
    shortcode: options.shortcode ?? readEnv('ADVANTA_SHORTCODE'),
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  }
}
