/**
 * @module
 * Every provider state of the mock, in the order it lists them, and the lookup from a name
 * (as a pact records it) to its state and the values its name holds. `PROVIDER_STATES` is
 * the list as users read it: each name with what it sets up and its parameters.
 */
import { ACCOUNT_STATES } from './account-states.js'
import { FAULT_STATES } from './fault-states.js'
import { NUMBER_STATES } from './number-states.js'
import { PROFILE_STATES } from './profile-states.js'
import { REPORT_STATES } from './report-states.js'
import { matchStateName, type ProviderStateDeclaration } from './state-declaration.js'
import type { StateParams } from './state-params.js'

/**
 * Every state declaration.
 * @example
 * STATE_DECLARATIONS.length // 18
 */
export const STATE_DECLARATIONS: readonly ProviderStateDeclaration[] = Object.freeze([
  ...ACCOUNT_STATES,
  ...PROFILE_STATES,
  ...REPORT_STATES,
  ...FAULT_STATES,
  ...NUMBER_STATES,
])

/**
 * One provider state as the mock lists it (`GET /__mock/provider-states`): a name it
 * answers to (`{param}` where a parameter's value goes), what it sets up, its parameters.
 * @example
 * const info: ProviderStateInfo = { name: 'the sandbox account exists', description: '…', params: { reset: { type: 'boolean', description: '…', default: true } } }
 */
export interface ProviderStateInfo {
  name: string
  description: string
  params: StateParams
}

/**
 * Every name of every provider state, with what it sets up and the parameters it takes. A
 * state with two names (the value in the name, or in `params`) is listed under each.
 * @example
 * import { PROVIDER_STATES } from '@sendsms/mock-server'
 * PROVIDER_STATES.map((state) => state.name).includes('the sandbox account exists') // true
 */
export const PROVIDER_STATES: readonly ProviderStateInfo[] = Object.freeze(
  STATE_DECLARATIONS.flatMap(({ names, description, params }) =>
    names.map((name) => Object.freeze({ name, description, params })),
  ),
)

/**
 * The names of every provider state, as `PROVIDER_STATES` lists them.
 * @example
 * PROVIDER_STATE_NAMES[0] // 'the sandbox account exists'
 */
export const PROVIDER_STATE_NAMES: readonly string[] = Object.freeze(
  PROVIDER_STATES.map(({ name }) => name),
)

/**
 * The state a name is, and the values written in the name; undefined for an unknown name.
 * @example
 * findProviderState('the API answers the next request with code 4090')?.named // { code: '4090' }
 */
export function findProviderState(
  name: string,
): { declaration: ProviderStateDeclaration; named: Record<string, string> } | undefined {
  for (const declaration of STATE_DECLARATIONS) {
    for (const template of declaration.names) {
      const named = matchStateName(template, name)
      if (named !== undefined) return { declaration, named }
    }
  }
  return undefined
}
