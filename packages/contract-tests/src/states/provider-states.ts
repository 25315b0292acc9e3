/**
 * @module
 * The names of the provider states, in one place: consumers name them in `given(...)`
 * and the provider's state handlers are keyed by the same strings, so a typo cannot
 * leave a state silently unhandled (Pact only logs a warning for an unknown state).
 */

/**
 * The sandbox account (partnerID 12345, apikey `sandbox-api-key`, shortcode SANDBOX)
 * exists with plenty of credit.
 * @example
 * pact.addInteraction().given(SANDBOX_ACCOUNT_EXISTS)
 */
export const SANDBOX_ACCOUNT_EXISTS = 'the sandbox account exists'

/**
 * The sandbox account exists but its credit is 0, so any send is refused with 1004.
 * @example
 * pact.addInteraction().given(SANDBOX_ACCOUNT_HAS_NO_CREDIT)
 */
export const SANDBOX_ACCOUNT_HAS_NO_CREDIT = 'the sandbox account has no credit'

/**
 * The state in which the provider answers the next send with the top-level `code`.
 * Used for codes the real client can never provoke by its input (1104, 1009, 1010,
 * 4090, 1005, 1007): the provider injects them as faults.
 * @example
 * pact.addInteraction().given(nextSendAnswers(4090), { code: 4090 })
 * // 'the API answers the next send with code 4090'
 */
export function nextSendAnswers(code: number): string {
  return `the API answers the next send with code ${code}`
}
