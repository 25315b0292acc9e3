/**
 * @module
 * What declares a provider endpoint: its name in the spec and its rules. Everything else
 * about it (its paths with and without the trailing slash, its methods, the parameters it
 * reads) comes from the spec through @sendsms/wire, and everything around the rules
 * (methods, bodies, limits, faults, answer profiles, CORS, serialisation, crashes, the
 * request log) is the provider layer's (serve-provider.ts), the same for every endpoint.
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
 * One object of a list parameter (an item of `smslist`), its fields as sent: the rules
 * read and check them.
 * @example
 * const item: ParamItem = { mobile: '0712345678', message: 'Hi', clientsmsid: 7 }
 */
export type ParamItem = Readonly<Record<string, unknown>>

type Facts<Name extends EndpointName> = (typeof ENDPOINTS)[Name]

/**
 * The parameters an endpoint reads, named as in the spec: text or numbers, a JSON boolean
 * too for its `flags` (`hashed`), and a list of objects for its `lists` (`smslist`).
 * @example
 * const params: EndpointParams<'sendsms'> = { apikey: 'sandbox-api-key', mobile: '0712345678' }
 */
export type EndpointParams<Name extends EndpointName> = {
  [Parameter in Facts<Name>['parameters'][number]]?: Parameter extends Facts<Name>['lists'][number]
    ? readonly ParamItem[]
    : Parameter extends Facts<Name>['flags'][number]
      ? ParamValue | boolean
      : ParamValue
}

/**
 * How the layer reads an endpoint's parameters, from the spec.
 * @example
 * const reading: ParamReading = { parameters: ['count', 'smslist'], lists: ['smslist'], flags: [] }
 */
export interface ParamReading {
  readonly parameters: readonly string[]
  readonly lists: readonly string[]
  readonly flags: readonly string[]
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
  /** The parameters it reads, as the spec names them, and which are lists or flags. */
  readonly reading: ParamReading
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
  const { path, methods, parameters, lists, flags } = ENDPOINTS[name]
  const reading = Object.freeze({ parameters, lists, flags })
  return Object.freeze({ name, paths: [path, `${path}/`] as const, methods, reading, rules })
}
