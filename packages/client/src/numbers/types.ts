/**
 * @module
 * What `checkNumbers` tells about each number: valid, in the forms the provider answers
 * with, or refused, with a reason a person can act on.
 */
import type { NetworkId } from '@sendsms/wire'
import type { KenyanNetwork } from './networks.js'

/**
 * Why a number was refused:
 * - `empty`: no digits at all;
 * - `letters`, `symbols`: a character that is not a digit, a space, a dash, a dot, a
 *   bracket or a leading `+` (or `00`);
 * - `too-short`, `too-long`: a Kenyan mobile number has 9 digits after 254 (or after the 0);
 * - `unassigned`: the right length and start, but in no range assigned to a mobile network;
 * - `landline`: a Kenyan fixed-line number, which cannot receive SMS;
 * - `not-mobile`: a Kenyan number of no other kind above (a toll-free or premium number, …);
 * - `foreign`: another country's number: the provider sends to Kenyan networks only and
 *   answers it with 1002;
 * - `not-text`: the value is not a string.
 * @example
 * const reason: NumberRefusal = 'too-short'
 */
export type NumberRefusal =
  | 'empty'
  | 'letters'
  | 'symbols'
  | 'too-short'
  | 'too-long'
  | 'unassigned'
  | 'landline'
  | 'not-mobile'
  | 'foreign'
  | 'not-text'

/**
 * A Kenyan mobile number, normalised.
 * @example
 * const number: ValidNumber = {
 *   valid: true, input: '0712 345 678', index: 0, msisdn: '254712345678', e164: '+254712345678',
 *   network: 'safaricom', networkId: '1', duplicateOf: undefined,
 * }
 */
export interface ValidNumber {
  readonly valid: true
  /** The number as given (trimmed). */
  readonly input: string
  /** Its position among the numbers given (after splitting comma-separated strings). */
  readonly index: number
  /** The 254 form the provider answers with: `254712345678`. Send this one. */
  readonly msisdn: string
  /** The E.164 form: `+254712345678`. */
  readonly e164: string
  /** The network where its range is known, else undefined. */
  readonly network: KenyanNetwork | undefined
  /** The `networkid` the provider answers for it: '1', '2' or '3'; undefined with `network`. */
  readonly networkId: `${NetworkId}` | undefined
  /** The `index` of an earlier number with the same `msisdn`, else undefined. */
  readonly duplicateOf: number | undefined
}

/**
 * A number that cannot be sent to, and why.
 * @example
 * const number: RefusedNumber = {
 *   valid: false, input: '07123', index: 0, reason: 'too-short', country: undefined,
 *   message: '07123 is too short: it has 4 digits after the 0, a Kenyan mobile number has 9',
 * }
 */
export interface RefusedNumber {
  readonly valid: false
  /** The number as given (trimmed); a value that is not a string, as `String(value)`. */
  readonly input: string
  /** Its position among the numbers given (after splitting comma-separated strings). */
  readonly index: number
  readonly reason: NumberRefusal
  /** A sentence for a person: what is wrong with the number. */
  readonly message: string
  /** For `foreign`: the ISO 3166 country of the number (`'TZ'`) where it is known. */
  readonly country: string | undefined
}

/**
 * The verdict on one number.
 * @example
 * const verdict: NumberVerdict = checkNumber('0712345678')
 * if (verdict.valid) console.log(verdict.msisdn)
 */
export type NumberVerdict = ValidNumber | RefusedNumber
