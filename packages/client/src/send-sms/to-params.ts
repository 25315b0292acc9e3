/**
 * @module
 * Builds the API's wire parameters from a checked send and the client's credentials.
 * Missing credentials are omitted rather than invented, so the provider answers its
 * own 4091/4092/1001 and the caller gets the typed error for it.
 */
import type { components, operations } from '../generated/schema.js'
import type { ResolvedOptions } from '../options.js'
import type { CheckedSend } from './validate-input.js'

type SendSmsBody = components['schemas']['SendSmsRequest']
type SendSmsQuery = operations['sendSmsGet']['parameters']['query']

/** The fields of a send, in the order the docs list them; missing credentials absent. */
export interface WireParams {
  apikey?: string
  partnerID?: string
  shortcode?: string
  message: string
  mobile: string
  timeToSend?: string | number
}

/**
 * The parameters of one send: `mobile` is the comma-joined list.
 * @example
 * toWireParams({ mobiles: ['254712345678', '0733123456'], message: 'Hi', timeToSend: undefined }, options)
 * // { apikey, partnerID, shortcode, message: 'Hi', mobile: '254712345678,0733123456' }
 */
export function toWireParams(send: CheckedSend, options: ResolvedOptions): WireParams {
  const { apiKey, partnerId, shortcode } = options
  // Built in the order the docs list the fields, so bodies and query strings read alike.
  return {
    ...(apiKey === undefined ? {} : { apikey: apiKey }),
    ...(partnerId === undefined ? {} : { partnerID: partnerId }),
    ...(shortcode === undefined ? {} : { shortcode }),
    message: send.message,
    mobile: send.mobiles.join(','),
    ...(send.timeToSend === undefined ? {} : { timeToSend: send.timeToSend }),
  }
}

/**
 * The JSON body of a POST send. Typed as the spec's request body although fields may
 * be missing: the spec marks them required, and leaving them out is deliberate.
 * @example
 * toPostBody(params) // { apikey: 'k', partnerID: '12345', shortcode: 'SANDBOX', message: 'Hi', mobile: '254712345678' }
 */
export function toPostBody(params: WireParams): SendSmsBody {
  return { ...params } as SendSmsBody
}

/**
 * The query of a GET send; a numeric `timeToSend` becomes its decimal string.
 * @example
 * toGetQuery({ message: 'Hi', mobile: '254712345678', timeToSend: 1914505200 }).timeToSend // '1914505200'
 */
export function toGetQuery(params: WireParams): SendSmsQuery {
  const { timeToSend, ...rest } = params
  const query: Record<string, string> = { ...rest }
  if (timeToSend !== undefined) query.timeToSend = String(timeToSend)
  return query as SendSmsQuery
}
