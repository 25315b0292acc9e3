/**
 * @module
 * `getbalance`: the account's remaining credit. Its paths, methods and parameters are the
 * spec's; its rules are rules/get-balance.ts.
 */
import { declareEndpoint } from '../provider/endpoint.js'
import { getBalanceRules } from '../rules/get-balance.js'

/**
 * The `getbalance` endpoint.
 * @example
 * getBalanceEndpoint.paths // ['/api/services/getbalance', '/api/services/getbalance/']
 */
export const getBalanceEndpoint = declareEndpoint('getbalance', getBalanceRules)
