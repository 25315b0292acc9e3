/**
 * The requests `sendsms drift` sends to the upstream and to the mock: one entry per probe,
 * each with the argument why it can neither send a message nor cost credit. They carry the
 * user's real credentials to the live service, so every probe to an endpoint that sends is
 * built to be refused before anything goes out, on two counts where it can: a wrong key, no
 * number at all, no message, or a number with no digit that no network could route
 * (probe-safety.ts checks it mechanically, before every request, and its tests for every probe).
 */
import { ENDPOINTS } from '@sendsms/wire'

/** The credentials a probe is built with: the user's for the upstream, the sandbox's for the mock. */
export interface ProbeCredentials {
  apiKey: string
  partnerId: string
  shortcode: string
}

/** One HTTP request of a probe, before it is addressed to a base URL. */
export interface ProbeRequest {
  method: 'GET' | 'POST' | 'PUT'
  /** The path under the base URL, e.g. `/api/services/getbalance/`. */
  path: string
  /** Query parameters (GET probes); never printed, since they hold the key. */
  query?: Readonly<Record<string, string>>
  /** A JSON body, sent as `application/json`. */
  json?: unknown
  /** A body sent as it is, as `application/json` (the malformed one). */
  raw?: string
}

/** A probe: its name (for `--only`), what it asks, and why it is free. */
export interface Probe {
  readonly name: string
  /** What the probe asks the API, in a few words. */
  readonly asks: string
  /** Why this request can neither send a message nor cost credit. */
  readonly free: string
  build(credentials: ProbeCredentials): ProbeRequest
}

/**
 * The key of the wrong-key probes, the same to both sides: public, and nobody's.
 * @example
 * const body = { apikey: WRONG_API_KEY, partnerID: '12345' } // what getbalance-wrong-key sends
 */
export const WRONG_API_KEY = 'sendsms-drift-wrong-key'

/**
 * The `mobile` of every send probe that has one: it holds no digit, so whatever a server
 * strips or rewrites, no number can come out of it (and it is no short code either).
 * @example
 * /\d/.test(NO_NUMBER) // false
 */
export const NO_NUMBER = 'not-a-number'

/**
 * A sender id no account can own: longer than a sender id may be, with spaces in it.
 * @example
 * NOT_A_SENDER.length > 11 // true
 */
export const NOT_A_SENDER = 'no such sender id'

/**
 * A message id no send ever answered (ids are positive).
 * @example
 * const body = { apikey, partnerID, messageID: UNKNOWN_MESSAGE_ID } // what getdlr-unknown-id sends
 */
export const UNKNOWN_MESSAGE_ID = '0'

const MESSAGE = 'sendsms drift probe'

const READS_ONLY = 'getbalance only reads the credit: it sends nothing and costs nothing.'
const REPORT_ONLY = 'getdlr only reads a delivery report: it sends nothing and costs nothing.'
const WRONG_KEY_AND_NO_NUMBER =
  'A wrong key (refused 1006 before anything else) and a mobile with no digit: two reasons nothing can be sent.'

const slash = (path: string) => `${path}/`

function credentialsOf({ apiKey, partnerId }: ProbeCredentials) {
  return { apikey: apiKey, partnerID: partnerId }
}

// A partner ID of digits as the JSON number some clients send (QUIRKS: "partnerID sent as a
// JSON number as well as a string"); any other stays the string it is.
function partnerIdNumber(partnerId: string): string | number {
  return /^\d{1,15}$/.test(partnerId) ? Number(partnerId) : partnerId
}

/**
 * Every probe, in the order they run.
 * @example
 * PROBES.map((probe) => probe.name).includes('sendsms-put') // true
 */
export const PROBES: readonly Probe[] = Object.freeze([
  {
    name: 'getbalance',
    asks: 'the credit, with the right credentials (POST JSON)',
    free: READS_ONLY,
    build: (c) => ({ method: 'POST', path: ENDPOINTS.getbalance.path, json: credentialsOf(c) }),
  },
  {
    name: 'getbalance-get',
    asks: 'the credit with GET and a query string',
    free: READS_ONLY,
    build: (c) => ({ method: 'GET', path: ENDPOINTS.getbalance.path, query: credentialsOf(c) }),
  },
  {
    name: 'getbalance-trailing-slash',
    asks: 'the credit at the path with a trailing slash',
    free: READS_ONLY,
    build: (c) => ({
      method: 'POST',
      path: slash(ENDPOINTS.getbalance.path),
      json: credentialsOf(c),
    }),
  },
  {
    name: 'getbalance-partner-id-number',
    asks: 'the credit with partnerID as a JSON number',
    free: READS_ONLY,
    build: (c) => ({
      method: 'POST',
      path: ENDPOINTS.getbalance.path,
      json: { apikey: c.apiKey, partnerID: partnerIdNumber(c.partnerId) },
    }),
  },
  {
    name: 'getbalance-array-body',
    asks: 'the credit with a JSON array of one object as the body',
    free: READS_ONLY,
    build: (c) => ({ method: 'POST', path: ENDPOINTS.getbalance.path, json: [credentialsOf(c)] }),
  },
  {
    name: 'getbalance-wrong-key',
    asks: 'the credit with a wrong API key (1006)',
    free: READS_ONLY,
    build: (c) => ({
      method: 'POST',
      path: ENDPOINTS.getbalance.path,
      json: credentialsOf({ ...c, apiKey: WRONG_API_KEY }),
    }),
  },
  {
    name: 'getbalance-no-api-key',
    asks: 'the credit without an API key (4092)',
    free: READS_ONLY,
    build: (c) => ({
      method: 'POST',
      path: ENDPOINTS.getbalance.path,
      json: { partnerID: c.partnerId },
    }),
  },
  {
    name: 'getbalance-no-partner-id',
    asks: 'the credit without a partner ID (4091)',
    free: READS_ONLY,
    build: (c) => ({ method: 'POST', path: ENDPOINTS.getbalance.path, json: { apikey: c.apiKey } }),
  },
  {
    name: 'getdlr-unknown-id',
    asks: 'the delivery report of a message id never sent (no report)',
    free: REPORT_ONLY,
    build: (c) => ({
      method: 'POST',
      path: ENDPOINTS.getdlr.path,
      json: { ...credentialsOf(c), messageID: UNKNOWN_MESSAGE_ID },
    }),
  },
  {
    name: 'getdlr-wrong-key',
    asks: 'a delivery report with a wrong API key (1006)',
    free: REPORT_ONLY,
    build: (c) => ({
      method: 'POST',
      path: ENDPOINTS.getdlr.path,
      json: { ...credentialsOf({ ...c, apiKey: WRONG_API_KEY }), messageID: UNKNOWN_MESSAGE_ID },
    }),
  },
  {
    name: 'sendsms-wrong-key',
    asks: 'a send with a wrong API key (1006)',
    free: WRONG_KEY_AND_NO_NUMBER,
    build: (c) => ({
      method: 'POST',
      path: ENDPOINTS.sendsms.path,
      json: sendParams({ ...c, apiKey: WRONG_API_KEY }, { mobile: NO_NUMBER }),
    }),
  },
  {
    name: 'sendsms-get-wrong-key',
    asks: 'a send with GET, a query string and a wrong API key (1006)',
    free: WRONG_KEY_AND_NO_NUMBER,
    build: (c) => ({
      method: 'GET',
      path: ENDPOINTS.sendsms.path,
      query: sendParams({ ...c, apiKey: WRONG_API_KEY }, { mobile: NO_NUMBER }),
    }),
  },
  {
    name: 'sendsms-wrong-sender',
    asks: 'a send from a sender id the account does not have (1001)',
    // The right key, so the sender check is reached: the mobile alone keeps it free.
    free: 'The mobile has no digit, so even a server that took any sender id has no number to send to.',
    build: (c) => ({
      method: 'POST',
      path: ENDPOINTS.sendsms.path,
      json: sendParams({ ...c, shortcode: NOT_A_SENDER }, { mobile: NO_NUMBER }),
    }),
  },
  {
    name: 'sendsms-no-mobile',
    asks: 'a send without a mobile (1003)',
    free: 'There is no mobile at all: no recipient, nothing to send or charge.',
    build: (c) => ({ method: 'POST', path: ENDPOINTS.sendsms.path, json: sendParams(c, {}) }),
  },
  {
    name: 'sendsms-malformed-json',
    asks: 'a send whose JSON body is cut short (1009)',
    free: 'The body is not JSON, and what a lenient reader could take from it has no mobile.',
    build: (c) => ({
      method: 'POST',
      path: ENDPOINTS.sendsms.path,
      raw: JSON.stringify(sendParams(c, {})).slice(0, -1).concat(','),
    }),
  },
  {
    name: 'sendsms-put',
    asks: 'a send with PUT, a method the path does not take (1010)',
    free: 'PUT is not a method of sendsms, and the mobile has no digit should a server take it.',
    build: (c) => ({
      method: 'PUT',
      path: ENDPOINTS.sendsms.path,
      json: sendParams(c, { mobile: NO_NUMBER }),
    }),
  },
  {
    name: 'sendbulk-get',
    asks: 'sendbulk with GET, a method it does not take (1010)',
    free: 'GET is not a method of sendbulk, and the request has no smslist: no message to send.',
    build: (c) => ({
      method: 'GET',
      path: ENDPOINTS.sendbulk.path,
      query: { ...credentialsOf(c), shortcode: c.shortcode },
    }),
  },
  {
    name: 'sendbulk-wrong-key',
    asks: 'a bulk send whose item has a wrong API key (1006)',
    free: WRONG_KEY_AND_NO_NUMBER,
    build: (c) => ({
      method: 'POST',
      path: ENDPOINTS.sendbulk.path,
      json: {
        count: 1,
        smslist: [
          { ...sendParams({ ...c, apiKey: WRONG_API_KEY }, { mobile: NO_NUMBER }), clientsmsid: 1 },
        ],
      },
    }),
  },
  {
    name: 'sendotp-wrong-key',
    asks: 'an OTP send with a wrong API key (1006)',
    free: WRONG_KEY_AND_NO_NUMBER,
    build: (c) => ({
      method: 'POST',
      path: ENDPOINTS.sendotp.path,
      json: sendParams({ ...c, apiKey: WRONG_API_KEY }, { mobile: NO_NUMBER }),
    }),
  },
  {
    name: 'unknown-path',
    asks: 'a path under /api/services/ that is no endpoint',
    free: 'No credentials and no parameters at all: nothing any endpoint could send.',
    build: () => ({ method: 'GET', path: '/api/services/nosuchendpoint' }),
  },
] satisfies Probe[])

function sendParams(c: ProbeCredentials, more: { mobile?: string }): Record<string, string> {
  return { ...credentialsOf(c), shortcode: c.shortcode, message: MESSAGE, ...more }
}

/**
 * The names of every probe, in order.
 * @example
 * PROBE_NAMES[0] // 'getbalance'
 */
export const PROBE_NAMES: readonly string[] = Object.freeze(PROBES.map((probe) => probe.name))
