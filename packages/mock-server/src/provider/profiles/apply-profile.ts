/**
 * @module
 * Applying the active profile to an answer, the provider layer's last step before
 * serialisation: the code key spelled as the profile says, and each drifting field of the
 * endpoint retyped (the top-level object's and every row's). Under the default profile
 * most endpoints have nothing to retype, and their answer is returned as it is: no copy,
 * no allocation, as the benchmark's one-number sends need.
 */
import { CODE_KEY, type EndpointName, integerText, SUCCESS_CODE } from '@sendsms/wire'
import { isRows, type ProviderAnswer } from '../answers.js'
import type { ActiveProfile, FieldPlan } from './active-profile.js'
import type { FieldType } from './answer-fields.js'

// Integer text that reads back as the same text: no sign, no leading zero, no exponent,
// below 2^53. "0712…" or "A-7" stays a string whatever the profile says.
const INTEGER_TEXT = /^(?:0|[1-9]\d{0,15})$/
const DECIMAL_TEXT = /^(?:0|[1-9]\d{0,15})(?:\.\d{1,6})?$/

/**
 * `value` in the JSON type `type`, when it can be written so without losing anything;
 * otherwise `value` itself.
 * @example
 * retypeValue(100000001, 'string') // '100000001'
 * retypeValue('545.00', 'number') // 545
 * retypeValue('07123', 'integer') // '07123'
 */
export function retypeValue(value: unknown, type: FieldType): unknown {
  if (type === 'string') {
    return typeof value === 'number' && Number.isFinite(value) ? integerText(value) : value
  }
  if (typeof value !== 'string') return value
  if (type === 'integer') {
    return INTEGER_TEXT.test(value) && Number.isSafeInteger(Number(value)) ? Number(value) : value
  }
  return DECIMAL_TEXT.test(value) ? Number(value) : value
}

// `codeKey` is the key to spell the code with, or undefined to keep the documented one.
function retyped(
  object: Readonly<Record<string, unknown>>,
  plan: readonly FieldPlan[],
  codeKey: string | undefined,
): Record<string, unknown> {
  let out: Record<string, unknown> | undefined
  const accepted = object[CODE_KEY] === SUCCESS_CODE
  for (const { key, type, acceptedOnly } of plan) {
    if (acceptedOnly && !accepted) continue
    const value = object[key]
    if (value === undefined) continue
    const next = retypeValue(value, type)
    if (next === value) continue
    out ??= { ...object }
    out[key] = next
  }
  if (codeKey === undefined) return out ?? (object as Record<string, unknown>)
  // Rebuilt key by key, so the renamed key stays first, as the provider writes it.
  const renamed: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(out ?? object)) {
    renamed[key === CODE_KEY ? codeKey : key] = value
  }
  return renamed
}

/**
 * The answer as the active profile has it. The same object when the profile changes
 * nothing for this endpoint; rows that need no change are shared, never copied.
 * @example
 * applyProfile(activeProfile('strict-go'), 'sendsms', answer) // messageid as a string
 */
export function applyProfile(
  profile: ActiveProfile,
  endpoint: EndpointName,
  answer: ProviderAnswer,
): ProviderAnswer | Record<string, unknown> {
  const plan = profile.plans.get(endpoint)
  const codeKey = profile.codeKey === CODE_KEY ? undefined : profile.codeKey
  if (plan === undefined && codeKey === undefined) return answer
  const fields = plan ?? []
  if (!isRows(answer)) return retyped(answer, fields, codeKey)
  const rows = answer.responses
  const out = new Array<Record<string, unknown>>(rows.length)
  for (let i = 0; i < rows.length; i++) {
    out[i] = retyped(rows[i] as unknown as Record<string, unknown>, fields, codeKey)
  }
  return { responses: out }
}
