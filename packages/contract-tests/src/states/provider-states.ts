/**
 * @module
 * The names of the provider states, in one place: consumers name them in `given(...)` and
 * the provider's state handlers are keyed by the same strings, so a typo cannot leave a state
 * silently unhandled (Pact only logs a warning for an unknown state). Every state starts
 * from the mock's start state (the verifier resets it before each interaction) and is made
 * by the mock's own rules wherever the real client can provoke the answer; an injected fault
 * is kept for codes it cannot.
 */

/**
 * A state as an interaction names it, with the parameters recorded beside it.
 * @example
 * const state: ProviderState = { name: SANDBOX_ACCOUNT_HAS_CREDIT, params: { credit: 545 } }
 */
export interface ProviderState {
  name: string
  params?: Record<string, string | number>
}

/**
 * The id the mock gives the first message after a reset: the message the report states send.
 * @example
 * await client.getDeliveryReport(REPORTED_MESSAGE_ID)
 */
export const REPORTED_MESSAGE_ID = '100000001'

/**
 * The sandbox account (partnerID 12345, apikey `sandbox-api-key`, shortcode SANDBOX)
 * exists with plenty of credit.
 * @example
 * pact.addInteraction().given(SANDBOX_ACCOUNT_EXISTS)
 */
export const SANDBOX_ACCOUNT_EXISTS = 'the sandbox account exists'

/**
 * The sandbox account has no credit: a send answers a 1004 row per number it would have
 * sent, as the live service does (the mock's default).
 * @example
 * pact.addInteraction().given(SANDBOX_ACCOUNT_HAS_NO_CREDIT)
 */
export const SANDBOX_ACCOUNT_HAS_NO_CREDIT = 'the sandbox account has no credit'

/**
 * The sandbox account has no credit and the API answers low credit as the code table words
 * it, a top-level `1004 Low bulk credits` (the mock's `lowCredit: 'top-level'`).
 * @example
 * pact.addInteraction().given(LOW_CREDIT_AT_TOP_LEVEL)
 */
export const LOW_CREDIT_AT_TOP_LEVEL =
  'the sandbox account has no credit and the API answers low credit at the top level'

/**
 * The sandbox account has the credit given as the `credit` parameter.
 * @example
 * pact.addInteraction().given(SANDBOX_ACCOUNT_HAS_CREDIT, { credit: 545 })
 */
export const SANDBOX_ACCOUNT_HAS_CREDIT = 'the sandbox account has the given credit'

/**
 * As {@link SANDBOX_ACCOUNT_HAS_CREDIT}, and the API answers the credit as a JSON number
 * (`545`), as it has been seen live, instead of the docs' string (`"545.00"`).
 * @example
 * pact.addInteraction().given(CREDIT_ANSWERED_AS_A_NUMBER, { credit: 545 })
 */
export const CREDIT_ANSWERED_AS_A_NUMBER =
  'the sandbox account has the given credit and the API answers it as a number'

/**
 * The API answers with one of the mock's named answer profiles (`live-capture`: the code
 * key spelled `respose-code`, `networkid` a string; `strict-go`: `messageid` a string).
 * @example
 * pact.addInteraction().given(answersWithProfile('live-capture'), { profile: 'live-capture' })
 */
export function answersWithProfile(profile: string): string {
  return `the API answers with the ${profile} profile`
}

/**
 * Message {@link REPORTED_MESSAGE_ID} was sent to a number that is delivered, and its
 * report has come: `DeliveredToTerminal`.
 * @example
 * pact.addInteraction().given(MESSAGE_DELIVERED)
 */
export const MESSAGE_DELIVERED = `a message ${REPORTED_MESSAGE_ID} was delivered`

/**
 * Message {@link REPORTED_MESSAGE_ID} went to a number whose network never reports back:
 * its report stays `SentToNetwork`, not final.
 * @example
 * pact.addInteraction().given(MESSAGE_NEVER_REPORTED)
 */
export const MESSAGE_NEVER_REPORTED = `a message ${REPORTED_MESSAGE_ID} is with a network that never reports`

/**
 * Message {@link REPORTED_MESSAGE_ID} went to an absent subscriber, reported a day later:
 * `AbsentSubscriber`, a final failure.
 * @example
 * pact.addInteraction().given(MESSAGE_TO_ABSENT_SUBSCRIBER)
 */
export const MESSAGE_TO_ABSENT_SUBSCRIBER = `a message ${REPORTED_MESSAGE_ID} to an absent subscriber was reported`

/**
 * Message {@link REPORTED_MESSAGE_ID} is scheduled for later, so no network has reported on
 * it yet: getdlr answers "no report".
 * @example
 * pact.addInteraction().given(MESSAGE_WITH_NO_REPORT)
 */
export const MESSAGE_WITH_NO_REPORT = 'a message with no report yet'

/**
 * The sandbox account posts its delivery reports to the `callbackUrl` parameter.
 * @example
 * handlers[ACCOUNT_HAS_CALLBACK_URL]({ callbackUrl: 'http://127.0.0.1:8080/dlr' })
 */
export const ACCOUNT_HAS_CALLBACK_URL = 'the account has a callback URL'

/**
 * The state in which the provider answers the next request with the top-level `code`. Used
 * for codes the real client can never provoke by its input (it checks messages, numbers,
 * items and ids itself, always sends well-formed JSON, only uses GET and POST, and cannot
 * cause a server fault): the provider injects them as faults.
 * @example
 * pact.addInteraction().given(nextRequestAnswers(4090), { code: 4090 })
 * // 'the API answers the next request with code 4090'
 */
export function nextRequestAnswers(code: number): string {
  return `the API answers the next request with code ${code}`
}
