/**
 * @module
 * The rules of `getbalance`: the credentials as every endpoint checks them (4092, 4091,
 * 1006), then the account's credit with two decimals and its partner ID, both strings, as
 * the docs show them. Every send lowers the credit by exactly what it was charged.
 */
import { SUCCESS_CODE } from '@sendsms/wire'
import type { ProviderAnswer } from '../provider/answers.js'
import type { EndpointParams } from '../provider/endpoint.js'
import type { MockState } from '../state/mock-state.js'
import { creditText } from './credit-text.js'
import { isRefusal, requestAccount } from './request-account.js'

/**
 * The balance of the account the credentials name.
 * @example
 * getBalanceRules(state, { apikey: 'sandbox-api-key', partnerID: '12345' })
 * // { 'response-code': 200, credit: '10000000.00', 'partner-id': '12345' }
 */
export function getBalanceRules(
  state: MockState,
  params: EndpointParams<'getbalance'>,
): ProviderAnswer {
  const account = requestAccount(state, params.apikey, params.partnerID)
  if (isRefusal(account)) return account
  return {
    'response-code': SUCCESS_CODE,
    credit: creditText(account.credit),
    'partner-id': account.partnerID,
  }
}
