/**
 * @module
 * `mock.providerStates`: the provider states of one mock, in process. `apply` runs a state
 * change as Pact's verifier sends it (a name, its params, setup or teardown) and is what
 * `POST /__mock/provider-states` calls, so a test and a verifier in another process get
 * the same state from the same name.
 */
import type { MockState } from '../state/mock-state.js'
import { ProviderStateError, UnknownProviderStateError } from './provider-state-errors.js'
import {
  findProviderState,
  PROVIDER_STATE_NAMES,
  PROVIDER_STATES,
  type ProviderStateInfo,
} from './provider-states.js'
import type { StateResult } from './state-declaration.js'
import { readStateParams } from './state-params.js'

/**
 * Which half of a state change: `setup` before the interaction, `teardown` after it.
 * @example
 * const action: ProviderStateAction = 'teardown'
 */
export type ProviderStateAction = 'setup' | 'teardown'

/**
 * What a state change did: the state's name as given, the action, and what the setup made
 * (`{}` for a teardown).
 * @example
 * const done: ProviderStateOutcome = { state: 'a message 100000001 was delivered', action: 'setup', result: { messageId: '100000001', mobile: '254712345678' } }
 */
export interface ProviderStateOutcome {
  state: string
  action: ProviderStateAction
  result: StateResult
}

/**
 * The provider states of one mock.
 * @example
 * await mock.providerStates.apply('the sandbox account has the given credit', { credit: 545 })
 */
export interface ProviderStates {
  /** Every state by each of its names, with its description and parameters. */
  list(): ProviderStateInfo[]
  /**
   * Sets up (default) or tears down the state `name`. A setup starts from `mock.reset()`
   * and a teardown is one, unless `params.reset` is false. Rejects with an
   * `UnknownProviderStateError` for a name the mock lacks, a `ProviderStateError` or
   * TypeError for parameters it cannot use.
   */
  apply(
    name: string,
    params?: Readonly<Record<string, unknown>>,
    action?: ProviderStateAction,
  ): Promise<ProviderStateOutcome>
}

/**
 * The provider states acting on `state`; `reset` is the mock's own.
 * @example
 * const providerStates = createProviderStates(state, () => mock.reset())
 */
export function createProviderStates(state: MockState, reset: () => void): ProviderStates {
  return {
    list: () => [...PROVIDER_STATES],
    apply: async (name, params = {}, action = 'setup') => {
      if (action !== 'setup' && action !== 'teardown') {
        throw new ProviderStateError('action must be setup or teardown.')
      }
      const found = findProviderState(name)
      if (found === undefined) throw new UnknownProviderStateError(name, PROVIDER_STATE_NAMES)
      const values = readStateParams(found.declaration.params, params, found.named)
      if (values.reset === true) reset()
      const result = action === 'setup' ? await found.declaration.setup(state, values) : {}
      return { state: name, action, result }
    },
  }
}
