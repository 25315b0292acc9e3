/**
 * @module
 * `getdlr`: the delivery report of one message. Its paths, methods and parameters are the
 * spec's; its rules are rules/get-dlr.ts.
 */
import { declareEndpoint } from '../provider/endpoint.js'
import { getDlrRules } from '../rules/get-dlr.js'

/**
 * The `getdlr` endpoint.
 * @example
 * getDlrEndpoint.paths // ['/api/services/getdlr', '/api/services/getdlr/']
 */
export const getDlrEndpoint = declareEndpoint('getdlr', getDlrRules)
