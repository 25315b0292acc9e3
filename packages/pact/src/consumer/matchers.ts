/**
 * @module
 * `matchers`: Pact matchers for the fields of this API's answers, for a consumer test that
 * should keep passing when the provider's types drift. The spec types ids, numbers, networks
 * and statuses `[integer, string]`: a regex matcher accepts both, since Pact matches a regex
 * against a number's decimal text, so an app recorded with `messageId()` must read
 * `100000001` and `"100000001"` alike. Examples keep the type the provider's docs show
 * (`ANSWER_FIELDS` of `@sendsms/mock-server`), which is what the mock answers by default.
 *
 * The code key cannot be matched in either spelling: a Pact matcher constrains a value at a
 * path, and no matcher of Pact V4 lets one key stand for another (`eachKey` constrains every
 * key of an object, not one). `responseCode()` records the documented `response-code`; the
 * misspelt `respose-code` the live service has sent is recorded with its own interaction,
 * in the state `answersWithProfile('live-capture')` (`interactions.sendSms.liveCapture`).
 */
import { MatchersV3 } from '@pact-foundation/pact'
import { DELIVERY_STATUSES, describeCode, NETWORK_NAMES, RESPONSE_CODES } from '@sendsms/wire'
import {
  type DigitsMatcher,
  providerTime,
  sameAmount,
  sameDigits,
  turnaround,
} from './wire-matchers.js'

const { regex } = MatchersV3

function digits(pattern: string, example: number | string): DigitsMatcher {
  return { 'pact:matcher:type': 'regex', regex: pattern, value: example }
}

const alternatives = (values: readonly (number | string)[]) =>
  values.map((value) => String(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')

/**
 * A message id, as an integer or a string of digits. Pass the id the mock gives (the first
 * after a reset is `100000001`) as a number or a string, as the endpoint's docs show it.
 * @example
 * messageId() // matches 100000001, "100000001" and any other id
 * messageId('100000001') // the same, with a string example (sendotp, sendbulk)
 */
export function messageId(example: number | string = 100000001): DigitsMatcher {
  return digits('^\\d+$', example)
}

/**
 * A number in 254 form (`254` and nine digits), as an integer or a string.
 * @example
 * mobile(254712345678)
 */
export function mobile(example: number | string = 254712345678): DigitsMatcher {
  return digits('^254\\d{9}$', example)
}

/**
 * A network id the spec names (`NETWORK_NAMES`: 1 Safaricom, 2 Airtel, 3 Telkom), as an
 * integer or a string.
 * @example
 * networkId() // 1, "1", 2, "3" …
 */
export function networkId(example: number | string = 1): DigitsMatcher {
  return digits(`^(${alternatives(Object.keys(NETWORK_NAMES))})$`, example)
}

/**
 * An amount of credit, as the docs write it (`"545.00"`) or as a JSON number (`545`).
 * @example
 * credit('545.00') // "545.00", "12.5", 545, 0 …
 */
export function credit(example: number | string = '545.00'): DigitsMatcher {
  return digits('^\\d+(\\.\\d+)?$', example)
}

/**
 * A delivery status number the spec lists (`DELIVERY_STATUSES`), as an integer or a string.
 * @example
 * deliveryStatus(32)
 */
export function deliveryStatus(example: number | string = 32): DigitsMatcher {
  return digits(`^(${alternatives(DELIVERY_STATUSES.map(({ status }) => status))})$`, example)
}

/**
 * A response code. With a code, exactly that code (an integer, as the spec types it);
 * without one, any code of the spec's table (`RESPONSE_CODES`), by a regex, which Pact also
 * lets match those digits as a string. The key is always `response-code`: see the module
 * comment for the misspelling.
 * @example
 * ({ 'response-code': responseCode(200) }) // exactly 200
 * ({ 'response-code': responseCode() }) // 200, 1001, … any documented code
 */
export function responseCode(code?: number): number | DigitsMatcher {
  if (code !== undefined) return code
  return digits(`^(${alternatives(Object.keys(RESPONSE_CODES))})$`, 200)
}

/**
 * The description of a code as the code table words it (`RESPONSE_CODES`); throws for a
 * code the table lacks, so a typo fails the test that writes it.
 * @example
 * description(1006) // 'Invalid credentials'
 */
export function description(code: number): string {
  const text = describeCode(code)
  if (text === undefined) throw new Error(`The spec's code table has no code ${code}`)
  return text
}

/**
 * The matchers, grouped for `import { matchers } from '@sendsms/pact'`.
 * @example
 * matchers.messageId()
 */
export const matchers = Object.freeze({
  messageId,
  mobile,
  networkId,
  credit,
  deliveryStatus,
  responseCode,
  description,
  providerTime,
  turnaround,
  sameDigits,
  sameAmount,
  regex,
})
