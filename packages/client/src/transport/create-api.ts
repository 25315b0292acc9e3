/**
 * @module
 * What every call of the client shares: the base URL, the caller's fetch (if any) and the
 * headers of each method, made once per client. The request itself is built by
 * `callApi` from the OpenAPI document's paths (`sent-paths.ts`, typed by the generated
 * schema): every endpoint is a JSON POST or a GET with a query of scalars, so the client
 * needs none of a general OpenAPI fetch's serializers, middleware or `Request` building
 * (openapi-fetch, kept for the typed raw client `@sendsms/client/raw`, was 2.4 kB of the
 * 8 kB a browser app may spend on `sendSms`, and a visible share of its time; see the
 * README's "Size" and bench/README.md).
 */
import type { FetchFunction } from '../options.js'
import { userAgentHeader } from './user-agent.js'

/**
 * The base URL (without a trailing slash), the caller's fetch and each method's headers.
 * @example
 * const api: Api = createApi({ baseUrl: 'http://127.0.0.1:4010', fetch: undefined })
 */
export interface Api {
  baseUrl: string
  fetch: FetchFunction | undefined
  headers: { readonly GET: HeadersInit; readonly POST: HeadersInit }
}

/**
 * The shared parts of every call to `baseUrl`. Without `fetch`, the global fetch is looked
 * up per call, so one installed or spied on after `createClient()` is used.
 * @example
 * const api = createApi({ baseUrl: 'http://api.test/', fetch: fake.fetch }) // api.baseUrl: 'http://api.test'
 */
export function createApi(options: { baseUrl: string; fetch: FetchFunction | undefined }): Api {
  const { baseUrl } = options
  const GET = { Accept: 'application/json', ...userAgentHeader() }
  return {
    baseUrl: baseUrl.endsWith('/') ? baseUrl.slice(0, -1) : baseUrl,
    fetch: options.fetch,
    headers: { GET, POST: { ...GET, 'Content-Type': 'application/json' } },
  }
}
