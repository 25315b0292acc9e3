/**
 * @module
 * Where the verifier sends its state changes: the mock's own `/__mock/provider-states`.
 *
 * Given to pact-js as `providerStatesSetupUrl`, which pact-js 16 passes unchanged to the
 * Pact verifier (in place of the URL of its own state-handler proxy) with teardown and a
 * JSON body on. Chosen over `stateHandlers` because the verifier then fails an interaction
 * whose state change answers an error (an unknown name, a bad parameter), where pact-js's
 * handlers only warn of an unknown state and log a handler's failure, and run the
 * interaction anyway; and because one URL serves every name, those with a value in them
 * too, where `stateHandlers` needs a function per name. pact-js 16 marks the option
 * deprecated: each Verifier logs one warning saying so.
 */

/**
 * The provider states URL of the mock at `baseUrl` (its root, or a namespace's `/ns/{name}`).
 * @example
 * providerStatesUrl('http://127.0.0.1:4010') // 'http://127.0.0.1:4010/__mock/provider-states'
 */
export function providerStatesUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/__mock/provider-states`
}
