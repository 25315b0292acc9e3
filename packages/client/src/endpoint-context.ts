/**
 * @module
 * What `createClient` hands each endpoint method: the bound call and the resolved options
 * (whose credentials go into every request).
 */
import type { ResolvedOptions } from './options.js'
import type { CallEndpoint } from './transport/bind-call.js'

/**
 * The client as one endpoint method sees it.
 * @example
 * const context: EndpointContext = { call: bindCall(options), options }
 * await getBalance(context, {})
 */
export interface EndpointContext {
  call: CallEndpoint
  options: ResolvedOptions
}
