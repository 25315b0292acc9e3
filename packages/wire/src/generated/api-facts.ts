/**
 * @module
 * Facts of the Advanta SMS API, generated from spec/openapi.yaml by
 * scripts/generate-from-spec.mjs. Do not edit: change the spec and run
 * `pnpm -C packages/wire generate`.
 */

/**
 * Every documented code and the `response-description` the provider sends with it.
 * @example
 * RESPONSE_CODES[1006] // 'Invalid credentials'
 */
export const RESPONSE_CODES = /* @__PURE__ */ Object.freeze({
  200: 'Success',
  1001: 'Invalid sender id',
  1002: 'Network not allowed',
  1003: 'Invalid mobile number',
  1004: 'Low bulk credits',
  1005: 'Failed. System error',
  1006: 'Invalid credentials',
  1007: 'Failed. System error',
  1008: 'No Delivery Report',
  1009: 'Unsupported data type',
  1010: 'Unsupported request type',
  1012: 'Too Many messages on SMS LIST',
  1104: 'Too many comma separated contacts',
  4090: 'Internal Error. Try again after 5 minutes',
  4091: 'No Partner ID is Set',
  4092: 'No API KEY Provided',
  4093: 'Details Not Found',
} as const)

/**
 * A code the spec documents.
 * @example
 * const code: ResponseCode = 1006
 */
export type ResponseCode = keyof typeof RESPONSE_CODES

/**
 * The spec's name for each code (its `title`), e.g. to name an error class.
 * @example
 * RESPONSE_CODE_TITLES[1006] // 'InvalidCredentials'
 */
export const RESPONSE_CODE_TITLES: Readonly<Record<ResponseCode, string>> = /* @__PURE__ */ Object.freeze({
  200: 'Success',
  1001: 'InvalidSenderId',
  1002: 'NetworkNotAllowed',
  1003: 'InvalidMobileNumber',
  1004: 'LowBulkCredits',
  1005: 'SystemError',
  1006: 'InvalidCredentials',
  1007: 'SystemFailure',
  1008: 'NoDeliveryReport',
  1009: 'UnsupportedDataType',
  1010: 'UnsupportedRequestType',
  1012: 'TooManyMessagesOnSmsList',
  1104: 'TooManyContacts',
  4090: 'TryLater',
  4091: 'NoPartnerId',
  4092: 'NoApiKey',
  4093: 'DetailsNotFound',
})

/**
 * Most numbers one send may carry (`mobile`); more is answered with top-level 1104.
 * @example
 * numbers.length > MAX_RECIPIENTS // the API answers 1104
 */
export const MAX_RECIPIENTS = 1000

/**
 * The live service.
 * @example
 * createClient({ baseUrl: LIVE_BASE_URL })
 */
export const LIVE_BASE_URL = 'https://quicksms.advantasms.com'

/**
 * Where `@sendsms/mock-server` listens by default.
 * @example
 * new URL(MOCK_BASE_URL).port // '4010'
 */
export const MOCK_BASE_URL = 'http://127.0.0.1:4010'

/**
 * The endpoints, by name: path (also served with a trailing slash), methods, the
 * parameters each reads, which of them are lists of objects (`lists`) and which may
 * be JSON booleans (`flags`).
 * @example
 * ENDPOINTS.sendsms.path // '/api/services/sendsms'
 */
export const ENDPOINTS = /* @__PURE__ */ Object.freeze({
  sendsms: {
    path: '/api/services/sendsms',
    methods: ['GET', 'POST'],
    parameters: ['apikey', 'partnerID', 'message', 'shortcode', 'mobile', 'timeToSend'],
    lists: [],
    flags: [],
  },
  sendbulk: {
    path: '/api/services/sendbulk',
    methods: ['POST'],
    parameters: ['count', 'smslist'],
    lists: ['smslist'],
    flags: [],
  },
  getbalance: {
    path: '/api/services/getbalance',
    methods: ['GET', 'POST'],
    parameters: ['apikey', 'partnerID'],
    lists: [],
    flags: [],
  },
  getdlr: {
    path: '/api/services/getdlr',
    methods: ['GET', 'POST'],
    parameters: ['apikey', 'partnerID', 'messageID'],
    lists: [],
    flags: [],
  },
  sendotp: {
    path: '/api/services/sendotp',
    methods: ['GET', 'POST'],
    parameters: ['apikey', 'partnerID', 'message', 'shortcode', 'mobile', 'hashed'],
    lists: [],
    flags: ['hashed'],
  },
} as const)

/**
 * The name of an endpoint, e.g. `sendsms`.
 * @example
 * const name: EndpointName = 'sendsms'
 */
export type EndpointName = keyof typeof ENDPOINTS

/**
 * Most items one bulk send may carry (`smslist`); more is answered with top-level 1012.
 * @example
 * items.length > MAX_BULK_ITEMS // the API answers 1012
 */
export const MAX_BULK_ITEMS = 1000

/**
 * The delivery statuses, in the spec's order: the description the provider sends, the
 * number sent as `delivery-status`, and whether a message stays in it for good.
 * @example
 * DELIVERY_STATUSES.find((s) => s.status === 32)?.description // 'DeliveredToTerminal'
 */
export const DELIVERY_STATUSES = /* @__PURE__ */ Object.freeze([
  { description: 'Scheduled', status: 1, final: false },
  { description: 'SentToNetwork', status: 8, final: false },
  { description: 'DeliveredToTerminal', status: 32, final: true },
  { description: 'AbsentSubscriber', status: 2, final: true },
  { description: 'DeliveryImpossible', status: 16, final: true },
  { description: 'SenderName Blacklisted', status: 34, final: true },
  { description: 'Unknown', status: 4, final: true },
] as const)

/**
 * How getdlr says it has no report for a message: the getdlr page's example first, then
 * the code table's, each code with the description it comes with on that endpoint.
 * @example
 * NO_REPORT_ANSWERS[0] // { code: 1009, description: 'No dlr' }
 */
export const NO_REPORT_ANSWERS = /* @__PURE__ */ Object.freeze([
  { code: 1009, description: 'No dlr' },
  { code: 1008, description: 'No Delivery Report' },
] as const)

/**
 * A delivery status as the provider words it, e.g. `DeliveredToTerminal`.
 * @example
 * const status: DeliveryStatus = 'SentToNetwork'
 */
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]['description']

/**
 * The networks a `networkid` (and `delivery-networkid`) names, by id, as the spec
 * describes those fields. Which numbers belong to each is in `networks.ts`.
 * @example
 * NETWORK_NAMES[2] // 'Airtel'
 */
export const NETWORK_NAMES = /* @__PURE__ */ Object.freeze({
  1: 'Safaricom',
  2: 'Airtel',
  3: 'Telkom',
} as const)

/**
 * A network id the spec names.
 * @example
 * const id: NetworkId = 1
 */
export type NetworkId = keyof typeof NETWORK_NAMES
