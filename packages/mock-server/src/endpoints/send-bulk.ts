/**
 * @module
 * `sendbulk`: up to MAX_BULK_ITEMS messages in one request, each item its own number,
 * message and `clientsmsid`. POST only, as the spec says (GET is the layer's 1010). Its
 * rules are rules/send-bulk.ts.
 */
import { declareEndpoint } from '../provider/endpoint.js'
import { sendBulkRules } from '../rules/send-bulk.js'

/**
 * The `sendbulk` endpoint.
 * @example
 * sendBulkEndpoint.paths // ['/api/services/sendbulk', '/api/services/sendbulk/']
 */
export const sendBulkEndpoint = declareEndpoint('sendbulk', sendBulkRules)
