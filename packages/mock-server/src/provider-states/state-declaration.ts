/**
 * @module
 * What a provider state is: the names it answers to, what it sets up, the parameters it
 * takes, and its setup, which acts on the mock's own state (accounts, profile, faults,
 * clock, journal) after the reset that starts it. A name may hold a parameter's value
 * (`the API answers the next request with code {code}`): `matchStateName` reads it out.
 */
import type { MockState } from '../state/mock-state.js'
import { RESET_PARAM, type StateParams, type StateParamValues } from './state-params.js'

/**
 * What a setup made, answered as the state change's `result` (a message id, the account as
 * listed): never a key. Pact may inject its values into the request (`fromProviderState`).
 * @example
 * const made: StateResult = { messageId: '100000001' }
 */
export type StateResult = Record<string, unknown>

/**
 * One provider state.
 * @example
 * const exists: ProviderStateDeclaration = declareState({
 *   names: ['the sandbox account exists'],
 *   description: 'The sandbox account exists with plenty of credit.',
 *   params: {},
 *   setup: (state) => ({ account: upsertSandbox(state) }),
 * })
 */
export interface ProviderStateDeclaration {
  /** Every name it answers to; `{param}` in a name stands for that parameter's value. */
  readonly names: readonly string[]
  readonly description: string
  /** Its parameters, `reset` included. */
  readonly params: StateParams
  /** Puts the mock into the state (after the reset, unless `reset` is false). */
  setup(state: MockState, params: StateParamValues): StateResult | Promise<StateResult>
}

/**
 * A state declaration with the `reset` parameter every state takes, frozen.
 * @example
 * declareState({ names: ['the sandbox account exists'], description: '…', params: {}, setup: () => ({}) })
 */
export function declareState(declaration: ProviderStateDeclaration): ProviderStateDeclaration {
  return Object.freeze({
    ...declaration,
    names: Object.freeze([...declaration.names]),
    params: Object.freeze({ ...declaration.params, reset: RESET_PARAM }),
  })
}

/**
 * `{name}`, where a name-writing function puts a parameter's value: the name as a template.
 * Typed `never` so it goes wherever the value would (`nextRequestAnswers(placeholder('code'))`).
 * @example
 * nextRequestAnswers(placeholder('code')) // 'the API answers the next request with code {code}'
 */
export function placeholder(param: string): never {
  return `{${param}}` as never
}

const PLACEHOLDER = /\{([A-Za-z]+)\}/g

/**
 * Whether `name` is `template`, and the values its placeholders stand for; undefined when
 * it is not. A template without placeholders matches only itself.
 * @example
 * matchStateName('the API answers the next request with code {code}', 'the API answers the next request with code 4090')
 * // { code: '4090' }
 */
export function matchStateName(template: string, name: string): Record<string, string> | undefined {
  const keys: string[] = []
  const source = template
    .split(PLACEHOLDER)
    .map((part, i) => {
      if (i % 2 === 1) {
        keys.push(part)
        return '(.+?)'
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('')
  const match = new RegExp(`^${source}$`).exec(name)
  if (match === null) return undefined
  return Object.fromEntries(keys.map((key, i) => [key, match[i + 1] as string]))
}
