/**
 * @module
 * `@sendsms/client/numbers`: Kenyan phone numbers checked and normalised before sending,
 * with libphonenumber-js. An entry point of its own, so the client's core bundle does not
 * carry the numbering plan's metadata; `sendSms` passes numbers through and lets the
 * provider judge them.
 */
export { checkNumber } from './check-number.js'
export { type CheckNumbersOptions, checkNumbers, type NumbersCheck } from './check-numbers.js'
export { type KenyanNetwork, NETWORK_IDS, networkOf } from './networks.js'
export { normalizeNumber } from './normalize-number.js'
export type { NumberRefusal, NumberVerdict, RefusedNumber, ValidNumber } from './types.js'
