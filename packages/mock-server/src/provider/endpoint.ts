/**
 * @module
 * What declares a provider endpoint: its name in the spec and its rules. Everything else
 * about it (its paths with and without the trailing slash, its methods, the parameters it
 * reads) comes from the spec through @sendsms/wire, and everything around the rules
 * (methods, bodies, limits, faults, quirks, CORS, serialisation, crashes, the request
 * log) is the provider layer's (serve-provider.ts), the same for every endpoint.
 */
import { ENDPOINTS, type EndpointName } from '@sendsms/wire'
import type { MockState } from '../state/mock-state.js'
import type { ProviderAnswer } from './answers.js'

/**
 * A parameter as the layer hands it to the rules: text, or a JSON number as given (the
 * rules decide what a number means, e.g. unix time for `timeToSend`). Absent when the
 * request did not carry it, or carried `null`.
 * @example
 * const value: ParamValue = 254712345678
 */
export type ParamValue = string | number

/**
 * The parameters an endpoint reads, named as in the spec.
 * @example
 * const params: EndpointParams<'sendsms'> = { apikey: 'sandbox-api-key', mobile: '0712345678' }
 */
export type EndpointParams<Name extends EndpointName> = {
  [Parameter in (typeof ENDPOINTS)[Name]['parameters'][number]]?: ParamValue
}

/**
 * What the rules may know of the request besides its parameters.
 * @example
 * const context: RuleContext = { method: 'POST' }
 */
export interface RuleContext {
  method: 'GET' | 'POST'
}

/**
 * The rules of one endpoint: its parameters in, its answer out. They may change the
 * mock's state (charge credit, journal messages); they never see the raw request.
 * @example
 * const rules: EndpointRules<'sendsms'> = (state, params) => topLevel(4092)
 */
export type EndpointRules<Name extends EndpointName> = (
  state: MockState,
  params: EndpointParams<Name>,
  context: RuleContext,
) => ProviderAnswer

/**
 * One provider endpoint, ready for the layer.
 * @example
 * const endpoint: EndpointDeclaration<'sendsms'> = declareEndpoint('sendsms', sendSmsRules)
 * endpoint.paths // ['/api/services/sendsms', '/api/services/sendsms/']
 */
export interface EndpointDeclaration<Name extends EndpointName = EndpointName> {
  readonly name: Name
  /** The spec's path, and the same with a trailing slash (the live service answers both). */
  readonly paths: readonly [string, string]
  /** The methods the spec gives it; any other is answered 1010. */
  readonly methods: readonly string[]
  /** The parameters it reads, as the spec names them. */
  readonly parameters: readonly string[]
  readonly rules: EndpointRules<Name>
}

/**
 * Any endpoint's declaration.
 * @example
 * const all: readonly AnyEndpoint[] = PROVIDER_ENDPOINTS
 */
export type AnyEndpoint = { [Name in EndpointName]: EndpointDeclaration<Name> }[EndpointName]

/**
 * Declares an endpoint of the spec by name, with its rules.
 * @example
 * export const sendSmsEndpoint = declareEndpoint('sendsms', sendSmsRules)
 */
export function declareEndpoint<Name extends EndpointName>(
  name: Name,
  rules: EndpointRules<Name>,
): EndpointDeclaration<Name> {
  const { path, methods, parameters } = ENDPOINTS[name]
  return Object.freeze({ name, paths: [path, `${path}/`] as const, methods, parameters, rules })
}
