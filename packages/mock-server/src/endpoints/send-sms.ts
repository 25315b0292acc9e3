/**
 * @module
 * `sendsms`: one message to one or more comma-separated numbers. Its paths, methods and
 * parameters are the spec's; its rules are rules/send-sms.ts.
 */
import { declareEndpoint } from '../provider/endpoint.js'
import { sendSmsRules } from '../rules/send-sms.js'

/**
 * The `sendsms` endpoint.
 * @example
 * sendSmsEndpoint.paths // ['/api/services/sendsms', '/api/services/sendsms/']
 */
export const sendSmsEndpoint = declareEndpoint('sendsms', sendSmsRules)
