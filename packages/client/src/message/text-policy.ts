/**
 * @module
 * What to do with a message GSM-7 cannot carry, before it is sent: send it as UCS-2
 * anyway, refuse it, or replace what has a GSM-7 look-alike.
 */
import { analyzeMessage } from '@sendsms/wire'
import { InvalidRequestError } from '../errors/request-errors.js'
import { type TextPolicyResult, transliterate } from './transliterate.js'

/**
 * `send`: as written (as UCS-2 when it has to be). `refuse`: throw before sending when
 * any character is outside GSM-7. `transliterate`: replace look-alikes first (see
 * `transliterate`), send what cannot be replaced as UCS-2.
 * @example
 * const policy: TextPolicy = 'transliterate'
 */
export type TextPolicy = 'send' | 'refuse' | 'transliterate'

const POLICIES: readonly string[] = ['send', 'refuse', 'transliterate'] satisfies TextPolicy[]

/** A character as the reader can find it, invisible ones included: `"ж" (U+0436)`. */
function describeChar(char: string): string {
  const code = (char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')
  return `"${char}" (U+${code})`
}

/**
 * The message to send under `policy`, and the characters that will make it UCS-2.
 * Throws `InvalidRequestError` with field `message` when `policy` is `refuse` and the
 * message has any character outside GSM-7 (the error names each one), and with field
 * `request` for a policy that is none of the three.
 * @example
 * applyTextPolicy('Bei ni “50”', 'transliterate') // { message: 'Bei ni "50"', unmapped: [] }
 * applyTextPolicy('Habari 😀', 'send') // { message: 'Habari 😀', unmapped: ['😀'] }
 * applyTextPolicy('Habari 😀', 'refuse') // throws InvalidRequestError('message', …)
 */
export function applyTextPolicy(message: string, policy: TextPolicy): TextPolicyResult {
  if (!POLICIES.includes(policy)) {
    throw new InvalidRequestError(
      'request',
      `text policy must be 'send', 'refuse' or 'transliterate', not ${JSON.stringify(policy)}`,
    )
  }
  if (policy === 'transliterate') return transliterate(message)
  const { nonGsm } = analyzeMessage(message)
  if (policy === 'refuse' && nonGsm.length > 0) {
    throw new InvalidRequestError(
      'message',
      `message has characters GSM-7 cannot send: ${nonGsm.map(describeChar).join(', ')}`,
    )
  }
  return { message, unmapped: nonGsm }
}
