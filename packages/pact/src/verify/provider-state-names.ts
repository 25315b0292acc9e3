/**
 * @module
 * Which provider states of a set of pacts the mock does not know. The mock lists its
 * states by name, a name with a value in it as a template (`the API answers the next request
 * with code {code}`); a pact names each state with the value written in. Checked before the
 * verifier runs, so every unknown name is reported by name at once, where the verifier only
 * says "One or more of the setup state change handlers has failed" per interaction.
 */
import type { LoadedPact } from '../pact-files/read-pact-files.js'

const PLACEHOLDER = /\{[^{}]+\}/g

function templatePattern(template: string): RegExp {
  const parts = template
    .split(PLACEHOLDER)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${parts.join('.+?')}$`)
}

/**
 * Whether `name` is one of the mock's state names `known` (templates included).
 * @example
 * isKnownState('the API answers the next request with code 4090', ['the API answers the next request with code {code}']) // true
 * isKnownState('the sandbox acount exists', ['the sandbox account exists']) // false
 */
export function isKnownState(name: string, known: readonly string[]): boolean {
  return known.some((template) => templatePattern(template).test(name))
}

/**
 * The state names of an interaction, in order (none for an interaction given no state).
 * @example
 * statesOf({ providerStates: [{ name: 'the sandbox account exists' }] }) // ['the sandbox account exists']
 */
export function statesOf(interaction: { providerStates?: { name: string }[] }): string[] {
  return (interaction.providerStates ?? []).map(({ name }) => name)
}

/**
 * Every state name the pacts use that the mock does not know, once each, sorted.
 * @example
 * unknownStates(readPacts('pacts/'), PROVIDER_STATE_NAMES) // ['the sandbox acount exists']
 */
export function unknownStates(pacts: readonly LoadedPact[], known: readonly string[]): string[] {
  const names = pacts.flatMap(({ pact }) => pact.interactions.flatMap(statesOf))
  return [...new Set(names.filter((name) => !isKnownState(name, known)))].sort()
}
