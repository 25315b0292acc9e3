/**
 * @module
 * `getBalance`: the account's remaining credit (`getbalance`).
 */
import { ENDPOINTS } from '@sendsms/wire'
import type { EndpointContext } from '../endpoint-context.js'
import { credentialParams } from '../request/credential-params.js'
import { rejectUnknownKeys } from '../request/known-keys.js'
import type { SpecFields } from '../request/spec-fields.js'
import { checkMethod } from '../send-sms/validate-input.js'
import { REQUEST_OPTION_KEYS } from '../transport/request-options.js'
import { readBalance } from './read-balance.js'
import type { Balance, BalanceRequest } from './types.js'

const REQUEST_KEYS = [
  'method',
  ...REQUEST_OPTION_KEYS,
] as const satisfies readonly (keyof BalanceRequest)[]

/**
 * Makes one call with the account's credentials and reads the credit. An unknown key in
 * `request` is refused (`InvalidRequestError('request')`) before anything is sent.
 * @example
 * const { credit } = await getBalance(context, {})
 */
export async function getBalance(
  context: EndpointContext,
  request: BalanceRequest = {},
): Promise<Balance> {
  rejectUnknownKeys(request, REQUEST_KEYS, 'request')
  const method = checkMethod(request.method)
  const answer = await context.call({
    path: ENDPOINTS.getbalance.path,
    method,
    params: credentialParams(context.options) satisfies SpecFields<
      'GetBalanceRequest',
      'apikey' | 'partnerID'
    >,
    signal: request.signal,
    timeoutMs: request.timeoutMs,
  })
  return readBalance(answer.status, answer.text, context.options.partnerId)
}
