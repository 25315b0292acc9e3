/**
 * @module
 * The names of the mock's provider states, the strings a pact's `given(...)` records and
 * `POST /__mock/provider-states` reads. Exported from the package root, so users' pacts, the
 * contract tests and the mock speak of each state in one spelling: a typo in a consumer
 * test fails its verification with `unknown_state` instead of running in the wrong state.
 * A name with a value in it has a function that writes it (`nextRequestAnswers(4090)`).
 */

/**
 * The id the mock gives the first message after a reset: the message the report states send.
 * @example
 * await client.getDeliveryReport(REPORTED_MESSAGE_ID)
 */
export const REPORTED_MESSAGE_ID = '100000001'

/**
 * The sandbox account (partnerID 12345, shortcode SANDBOX) exists with plenty of credit.
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
 * it, a top-level `1004 Low bulk credits` (the profile setting `lowCredit: 'top-level'`).
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
 * The sandbox account posts its delivery reports to the `callbackUrl` parameter.
 * @example
 * pact.addInteraction().given(ACCOUNT_HAS_CALLBACK_URL, { callbackUrl: 'http://127.0.0.1:8080/dlr' })
 */
export const ACCOUNT_HAS_CALLBACK_URL = 'the account has a callback URL'

/**
 * The API answers with one of the mock's named answer profiles (`live-capture`: the code
 * key spelled `respose-code`, `networkid` a string; `strict-go`: `messageid` a string).
 * @example
 * pact.addInteraction().given(answersWithProfile('live-capture'), { profile: 'live-capture' })
 * // 'the API answers with the live-capture profile'
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
 * The next request answers the top-level `code` given as a parameter, in place of the rules.
 * The same state as {@link nextRequestAnswers}, for pacts that keep the code out of the name.
 * @example
 * pact.addInteraction().given(NEXT_REQUEST_ANSWERS_A_CODE, { code: 4090 })
 */
export const NEXT_REQUEST_ANSWERS_A_CODE = 'the API answers the next request with a code'

/**
 * The state in which the next request answers the top-level `code`: for codes a client can
 * never provoke by its input (a server fault, a refusal its own checks prevent).
 * @example
 * pact.addInteraction().given(nextRequestAnswers(4090), { code: 4090 })
 * // 'the API answers the next request with code 4090'
 */
export function nextRequestAnswers(code: number): string {
  return `the API answers the next request with code ${code}`
}

/**
 * The next request gets no answer: the connection stays open until the client gives up.
 * @example
 * pact.addInteraction().given(NEXT_REQUEST_TIMES_OUT)
 */
export const NEXT_REQUEST_TIMES_OUT = 'the next request times out'

/**
 * The next request gets the HTTP `status` parameter (500, 502, 503 or 504) from a proxy in
 * front of the API, with its HTML error page.
 * @example
 * pact.addInteraction().given(NEXT_REQUEST_GETS_A_PROXY_ERROR, { status: 503 })
 */
export const NEXT_REQUEST_GETS_A_PROXY_ERROR = 'the next request gets an HTTP error from a proxy'

/**
 * {@link NEXT_REQUEST_GETS_A_PROXY_ERROR} with the status in the name.
 * @example
 * pact.addInteraction().given(nextRequestGetsHttp(503), { status: 503 })
 * // 'the next request gets HTTP 503 from a proxy'
 */
export function nextRequestGetsHttp(status: number): string {
  return `the next request gets HTTP ${status} from a proxy`
}

/**
 * The connection of the next request is reset, with no answer.
 * @example
 * pact.addInteraction().given(CONNECTION_RESETS)
 */
export const CONNECTION_RESETS = 'the connection resets on the next request'

/**
 * The answer to the next request is cut short: its first half, JSON that does not parse.
 * @example
 * pact.addInteraction().given(NEXT_ANSWER_TRUNCATED)
 */
export const NEXT_ANSWER_TRUNCATED = 'the answer to the next request is truncated'

/**
 * Every request is answered late, by the `ms` parameter (default 2000).
 * @example
 * pact.addInteraction().given(API_IS_SLOW, { ms: 500 })
 */
export const API_IS_SLOW = 'the API is slow'

/**
 * {@link API_IS_SLOW} with the delay in the name.
 * @example
 * pact.addInteraction().given(apiIsSlow(500), { ms: 500 })
 * // 'the API is slow by 500 ms'
 */
export function apiIsSlow(ms: number): string {
  return `the API is slow by ${ms} ms`
}

/**
 * A number is invalid: a `malformed` one the API refuses at once with a 1003 row (the
 * default), or a `magic` one it accepts and whose network reports it absent. The state
 * changes nothing; its result names the number (`{ mobile }`), for a pact's
 * `fromProviderState('${mobile}', …)`.
 * @example
 * pact.addInteraction().given(NUMBER_IS_INVALID, { kind: 'malformed' })
 */
export const NUMBER_IS_INVALID = 'a number is invalid'

/**
 * {@link NUMBER_IS_INVALID} with the kind in the name.
 * @example
 * pact.addInteraction().given(invalidNumber('magic'), { kind: 'magic' })
 * // 'a magic number is invalid'
 */
export function invalidNumber(kind: 'malformed' | 'magic'): string {
  return `a ${kind} number is invalid`
}
