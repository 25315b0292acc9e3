/**
 * @module
 * The openapi-fetch client every call goes through, typed from the OpenAPI document and
 * wired to the `WireRequest` fast path, with the headers every request carries.
 */
import createFetchClient, { type Client } from 'openapi-fetch'
import type { paths } from '../generated/schema.js'
import type { FetchFunction } from '../options.js'
import type { SentPaths } from './sent-paths.js'
import { userAgentHeader } from './user-agent.js'
import { sendWire, WireRequest } from './wire-request.js'

/**
 * The typed openapi-fetch client of the API, the caller's fetch (if any) and the headers
 * every request carries.
 * @example
 * const api: Api = createApi({ baseUrl: 'http://127.0.0.1:4010', fetch: undefined })
 */
export interface Api {
  client: Client<SentPaths<paths>>
  fetch: FetchFunction | undefined
  headers: Readonly<Record<string, string>>
}

/**
 * Creates the openapi-fetch client for `baseUrl`. Without `fetch`, the global fetch is
 * looked up per call, so one installed or spied on after `createClient()` is used.
 * @example
 * const api = createApi({ baseUrl: 'http://api.test', fetch: fake.fetch })
 */
export function createApi(options: { baseUrl: string; fetch: FetchFunction | undefined }): Api {
  const client = createFetchClient<SentPaths<paths>>({
    baseUrl: options.baseUrl,
    // openapi-fetch builds its request with this class; a WireRequest is only the URL and
    // init, so the global fetch gets the body as a string (see wire-request.ts).
    Request: WireRequest as unknown as typeof Request,
    // So every request it hands to fetch is a WireRequest: the client adds no middleware,
    // the one way openapi-fetch could swap in another. (Each call passes its own fetch,
    // which sends the same way; this one is the fallback.)
    fetch: async (request) => sendWire(request as unknown as WireRequest, options.fetch),
  })
  return {
    client,
    fetch: options.fetch,
    headers: { Accept: 'application/json', ...userAgentHeader() },
  }
}
