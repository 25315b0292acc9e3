/**
 * @module
 * The typed raw client: openapi-fetch over the schema generated from the OpenAPI document,
 * for a request the methods of `createClient` do not make (a parameter they do not send, a
 * path exactly as written, the answer as the API gave it). Every path, method and
 * parameter is typed from the spec; nothing is checked, normalised or retried, and the
 * answer is openapi-fetch's `{ data, error, response }`. The methods do not go through it:
 * their transport is a few lines over `fetch` (transport/call-api.ts), which keeps
 * openapi-fetch's 2.4 kB out of an app that only sends (see the README's "Size").
 */
import createFetchClient, { type Client } from 'openapi-fetch'
import { safeCause } from '../errors/safe-cause.js'
import type { paths } from '../generated/schema.js'
import type { FetchFunction } from '../options.js'
import { processEnv } from '../settings/process-env.js'
import { resolveSettings, type SettingsEnv } from '../settings/resolve-settings.js'
import { checkBaseUrl } from '../transport/check-transport.js'
import { userAgentHeader } from '../transport/user-agent.js'

/**
 * Options of `createRawClient`.
 * @example
 * const options: RawClientOptions = { baseUrl: 'http://127.0.0.1:4010', apiKey: 'sandbox-api-key' }
 */
export interface RawClientOptions {
  /**
   * Root URL of the API (a path prefix is kept).
   * @default env `ADVANTA_BASE_URL`, else `DEFAULT_BASE_URL`
   */
  baseUrl?: string | undefined
  /**
   * The API key the requests carry, masked in every error the client throws (a failed
   * fetch may quote the URL, query included). The raw client does not add it to requests:
   * each request passes its parameters itself, as the spec types them.
   * @default env `ADVANTA_API_KEY`
   */
  apiKey?: string | undefined
  /** The fetch to use, called with one `Request`. @default `globalThis.fetch` */
  fetch?: FetchFunction | undefined
  /** The environment to read ADVANTA_* from, or `false` for none. @default `process.env` where it exists */
  env?: Record<string, string | undefined> | false
}

/**
 * openapi-fetch's client of the API's paths, typed from the OpenAPI document.
 * @example
 * const { data } = await raw.GET('/api/services/getbalance', { params: { query: { apikey, partnerID } } })
 */
export type RawClient = Client<paths>

/**
 * Creates the typed raw client; throws `InvalidRequestError` (field `baseUrl`) for a base URL
 * that is not an absolute http(s) URL. The API answers errors with HTTP 200 and a code in the
 * body, so openapi-fetch's `error` is set only for a status the API itself never sends
 * (a proxy's 5xx): read the code of `data` (`readCode` of `@sendsms/wire`).
 * @example
 * ```ts
 * import { createRawClient } from '@sendsms/client/raw'
 *
 * const raw = createRawClient({ baseUrl: 'http://127.0.0.1:4010' })
 * const { data } = await raw.POST('/api/services/getbalance/', {
 *   body: { apikey: 'sandbox-api-key', partnerID: '12345' },
 * })
 * ```
 */
export function createRawClient(options: RawClientOptions = {}): RawClient {
  const env: SettingsEnv = options.env ?? processEnv()
  const { baseUrl, apiKey } = resolveSettings(options, env)
  // A URL openapi-fetch cannot parse would fail with the whole request URL, key included.
  checkBaseUrl(baseUrl)
  const custom = options.fetch
  const client = createFetchClient<paths>({
    baseUrl,
    headers: { Accept: 'application/json', ...userAgentHeader() },
    // A caller's fetch may answer synchronously (a Hono app's `app.fetch`).
    ...(custom ? { fetch: async (request: Request) => custom(request) } : {}),
  })
  client.use({
    // A fetch that fails may name the URL, query (and so the key) included.
    onError: ({ error }) => {
      const safe = safeCause(error, [apiKey])
      return safe instanceof Error ? safe : new Error(String(safe))
    },
  })
  return client
}
