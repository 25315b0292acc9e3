/**
 * @module
 * How a state change fails: a name the mock has no state for (`UnknownProviderStateError`,
 * with the names it has), or a state that cannot be set up as asked
 * (`ProviderStateError`: a parameter wrong, or a state that needs a reset it was told to skip).
 * The control endpoint answers both HTTP 400, as do the TypeErrors of the mock's own checks.
 */

/**
 * A state that cannot be set up as asked.
 * @example
 * throw new ProviderStateError('This state needs a reset: message 100000001 was sent already.')
 */
export class ProviderStateError extends Error {
  override readonly name: string = 'ProviderStateError'
}

/**
 * A state name the mock does not know; `known` lists the names it does.
 * @example
 * try { await mock.providerStates.apply('the sandbox acount exists') } catch (e) { (e as UnknownProviderStateError).known }
 */
export class UnknownProviderStateError extends ProviderStateError {
  override readonly name = 'UnknownProviderStateError'
  /** The names the mock has a state for (`{param}` where a value goes). */
  readonly known: readonly string[]
  constructor(state: string, known: readonly string[]) {
    super(
      `The mock has no provider state named ${JSON.stringify(state)}; GET /__mock/provider-states lists them.`,
    )
    this.known = known
  }
}
