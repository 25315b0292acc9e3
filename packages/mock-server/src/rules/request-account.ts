/**
 * @module
 * The account a request speaks for, checked in the provider's order: no apikey (4092), no
 * partnerID (4091), then both matching no account (1006). Every endpoint that takes
 * credentials checks them here, so they all refuse alike.
 */
import { type TopLevelAnswer, topLevel } from '../provider/answers.js'
import type { ParamValue } from '../provider/endpoint.js'
import type { MockAccount } from '../state/accounts.js'
import type { MockState } from '../state/mock-state.js'
import { findAccount } from './credentials.js'
import { textOf } from './param-text.js'

/**
 * The account, or the top-level answer refusing the credentials. A JSON number in
 * `partnerID` is read as its digits.
 * @example
 * const account = requestAccount(state, 'sandbox-api-key', 12345)
 * if (isRefusal(account)) return account
 */
export function requestAccount(
  state: MockState,
  apikeyParam: ParamValue | undefined,
  partnerIDParam: ParamValue | undefined,
): Readonly<MockAccount> | TopLevelAnswer {
  const apikey = textOf(apikeyParam)
  const partnerID = textOf(partnerIDParam)
  if (!apikey) return topLevel(4092)
  if (!partnerID || partnerID.trim() === '') return topLevel(4091)
  return findAccount(state.accounts.peek, partnerID.trim(), apikey) ?? topLevel(1006)
}

/**
 * Whether a check's result is the answer refusing the request.
 * @example
 * isRefusal(topLevel(1006)) // true
 */
export function isRefusal(result: object): result is TopLevelAnswer {
  return 'response-code' in result
}
