/**
 * @module
 * `@sendsms/wire`: what travels between a client and the Advanta SMS API, defined once for
 * every package of sendsms-kit. The code table, the recipient limit, the endpoints and the
 * server URLs are generated from the OpenAPI document; the rest reads and writes the
 * wire's formats. Imports nothing, so it runs in Node, browsers and edge runtimes.
 */
export { analyzeMessage, type MessageAnalysis, messageParts } from './analyze-message.js'
export {
  CODE_KEY,
  describeCode,
  isDocumentedCode,
  MISSPELLED_CODE_KEY,
  readCode,
  SUCCESS_CODE,
} from './codes.js'
export {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  ENDPOINTS,
  type EndpointName,
  LIVE_BASE_URL,
  MAX_BULK_ITEMS,
  MAX_RECIPIENTS,
  MOCK_BASE_URL,
  NETWORK_NAMES,
  type NetworkId,
  NO_REPORT_ANSWERS,
  RESPONSE_CODE_TITLES,
  RESPONSE_CODES,
  type ResponseCode,
} from './generated/api-facts.js'
export { GSM_BASIC, GSM_EXTENSION, gsmSeptets } from './gsm-alphabet.js'
export { NETWORK_ID_BY_NAME, type NetworkName, networkIdOf } from './networks.js'
export { integerText, splitNumbers } from './numbers.js'
export {
  EAT_OFFSET,
  formatProviderTime,
  parseProviderTime,
  unixSeconds,
} from './provider-time.js'
