/**
 * @module
 * Fault numbers: valid Kenyan numbers that give a send a fault with no configuration, as
 * the delivery magic numbers (`state/deliveries-magic.ts`) give it an outcome. They are
 * 2547999995NN (`0799 999 5NN`): far from those (25470000000N, 25473000000N, 25477000000N)
 * and from the numbers a test counts up from 254700000000; the last two digits say the
 * fault: 0N an HTTP 50N, 1N a hang, 2N a reset, 30 a cut answer, 40 a slow body, 50 a late
 * answer; 11 and 21 leave the rules out. Any form the send endpoints accept matches
 * (`0799999503`, `+254 799 999 503`), in `mobile` or in any sendbulk item's `mobile`.
 */
import { splitNumbers } from '@sendsms/wire'
import { toKenyanMsisdn } from '../rules/numbers.js'
import { faultOfHeader } from './fault-header.js'
import type { FaultAction } from './fault-spec.js'

/**
 * One fault number and the fault it gives (as an `X-Mock-Fault` label).
 * @example
 * const number: FaultNumber = FAULT_NUMBERS[0]
 * number.fault // 'http-500'
 */
export interface FaultNumber {
  /** The number in 254 form. */
  msisdn: string
  /** The fault, in the `X-Mock-Fault` header's syntax. */
  fault: string
}

/**
 * The fault numbers, in order of their last two digits.
 * @example
 * FAULT_NUMBERS.find((n) => n.fault === 'reset')?.msisdn // '254799999520'
 */
export const FAULT_NUMBERS: readonly FaultNumber[] = Object.freeze([
  { msisdn: '254799999500', fault: 'http-500' },
  { msisdn: '254799999502', fault: 'http-502' },
  { msisdn: '254799999503', fault: 'http-503' },
  { msisdn: '254799999504', fault: 'http-504' },
  { msisdn: '254799999510', fault: 'hang' },
  { msisdn: '254799999511', fault: 'hang;reached=false' },
  { msisdn: '254799999520', fault: 'reset' },
  { msisdn: '254799999521', fault: 'reset;reached=false' },
  { msisdn: '254799999530', fault: 'truncated' },
  { msisdn: '254799999540', fault: 'slow-body-2000' },
  { msisdn: '254799999550', fault: 'latency-2000' },
])

const BY_MSISDN: ReadonlyMap<string, FaultAction> = new Map(
  FAULT_NUMBERS.map(({ msisdn, fault }) => [msisdn, faultOfHeader(fault) as FaultAction]),
)

// Every fault number has the digits 999995 in a row, with only the spaces and dashes an
// accepted form may add between them: a list without them holds none, and is passed over
// by one regex test rather than a normalisation per number (a fifth of a 1000-number send).
const HINT = /9[\s-]*9[\s-]*9[\s-]*9[\s-]*9[\s-]*5/

function inList(list: unknown): FaultAction | undefined {
  if (typeof list !== 'string' && typeof list !== 'number') return undefined
  const text = String(list)
  if (!HINT.test(text)) return undefined
  for (const given of splitNumbers(text)) {
    const msisdn = toKenyanMsisdn(given)
    const action = msisdn === undefined ? undefined : BY_MSISDN.get(msisdn)
    if (action !== undefined) return action
  }
  return undefined
}

/**
 * The fault of the first fault number among a request's recipients (its `mobile` list,
 * or the `mobile` of each `smslist` item), or undefined when there is none.
 * @example
 * faultOfNumbers({ mobile: '0712345678,0799999503' }) // { kind: 'http', status: 503, reached: false }
 * faultOfNumbers({ mobile: '0712345678' }) // undefined
 */
export function faultOfNumbers(params: Readonly<Record<string, unknown>>): FaultAction | undefined {
  const direct = inList(params.mobile)
  if (direct !== undefined || !Array.isArray(params.smslist)) return direct
  for (const item of params.smslist as unknown[]) {
    const action = inList((item as Record<string, unknown> | null)?.mobile)
    if (action !== undefined) return action
  }
  return undefined
}
