/**
 * @module
 * What every endpoint method shares: one call through the client's openapi-fetch client,
 * with its transport checks, its timeout and the API key masked in every error. Bound once
 * by `createClient`, so a method only says where it calls and with what.
 */
import type { ResolvedOptions } from '../options.js'
import { type ApiRoute, callApi, type RawAnswer } from './call-api.js'
import { checkTransport } from './check-transport.js'
import { createApi } from './create-api.js'

/**
 * One call as an endpoint method makes it: its route and the caller's signal.
 * @example
 * const call: EndpointCall = { path: ENDPOINTS.getbalance.path, method: 'POST', params, signal: undefined }
 */
export type EndpointCall = ApiRoute & { signal: AbortSignal | undefined }

/**
 * Makes one call with the client's settings and returns the raw answer.
 * @example
 * const { status, text } = await call({ path: ENDPOINTS.getbalance.path, method: 'GET', params, signal })
 */
export type CallEndpoint = (call: EndpointCall) => Promise<RawAnswer>

/**
 * Binds the transport to resolved options. `baseUrl` and `timeoutMs` are checked at each
 * call, not here, so `createClient` never throws and each method rejects instead.
 * @example
 * const call = bindCall(resolveOptions({ baseUrl: 'http://127.0.0.1:4010', env: false }))
 */
export function bindCall(options: ResolvedOptions): CallEndpoint {
  const api = createApi(options)
  const secrets = [options.apiKey]
  return (call) => {
    checkTransport(options)
    return callApi(api, { ...call, timeoutMs: options.timeoutMs, secrets })
  }
}
