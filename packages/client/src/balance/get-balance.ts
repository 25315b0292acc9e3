/**
 * @module
 * `getBalance`: the account's remaining credit (`getbalance`).
 */
import { ENDPOINTS } from '@sendsms/wire'
import type { EndpointContext } from '../endpoint-context.js'
import { credentialParams } from '../request/credential-params.js'
import type { SpecFields } from '../request/spec-fields.js'
import { checkMethod } from '../send-sms/validate-input.js'
import { readBalance } from './read-balance.js'
import type { Balance, BalanceRequest } from './types.js'

/**
 * Makes one call with the account's credentials and reads the credit.
 * @example
 * const { credit } = await getBalance(context, {})
 */
export async function getBalance(
  context: EndpointContext,
  request: BalanceRequest = {},
): Promise<Balance> {
  const method = checkMethod(request.method)
  const answer = await context.call({
    path: ENDPOINTS.getbalance.path,
    method,
    params: credentialParams(context.options) satisfies SpecFields<
      'GetBalanceRequest',
      'apikey' | 'partnerID'
    >,
    signal: request.signal,
  })
  return readBalance(answer.status, answer.text, context.options.partnerId)
}
