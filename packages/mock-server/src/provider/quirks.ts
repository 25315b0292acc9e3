/**
 * @module
 * Live-service drift the mock can emulate, applied to every provider answer as its last
 * step, so rules always build the documented shape.
 */
import { CODE_KEY, MISSPELLED_CODE_KEY } from '@sendsms/wire'
import { isRows, type ProviderAnswer, type RowAnswer, type TopLevelAnswer } from './answers.js'

/**
 * Live-service drift the mock can emulate.
 * @example
 * createMock({ quirks: { misspelledCodeKey: true, stringIds: true } })
 */
export interface MockQuirks {
  /** Spell every `response-code` key `respose-code`, as a captured live answer did. */
  misspelledCodeKey?: boolean
  /** Answer `messageid`, `networkid` and `mobile` as strings instead of numbers. */
  stringIds?: boolean
}

/**
 * The command-line name of each quirk (`--quirks misspelled-code-key,string-ids`).
 * @example
 * QUIRK_NAMES['string-ids'] // 'stringIds'
 */
export const QUIRK_NAMES: Readonly<Record<string, keyof MockQuirks>> = Object.freeze({
  'misspelled-code-key': 'misspelledCodeKey',
  'string-ids': 'stringIds',
})

const ID_FIELDS = new Set(['messageid', 'networkid', 'mobile'])

/**
 * Whether any quirk is on, i.e. whether answers are reshaped before they are sent.
 * @example
 * hasQuirks({ stringIds: true }) // true
 */
export function hasQuirks(quirks: MockQuirks): boolean {
  return quirks.misspelledCodeKey === true || quirks.stringIds === true
}

function reshape(answer: TopLevelAnswer | RowAnswer, quirks: MockQuirks): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(answer)) {
    const name = key === CODE_KEY && quirks.misspelledCodeKey ? MISSPELLED_CODE_KEY : key
    out[name] = quirks.stringIds && ID_FIELDS.has(key) ? String(value) : value
  }
  return out
}

/**
 * The answer as the client receives it, with the quirks applied. Key order is kept, so the
 * body reads like the provider's. Without quirks it is the answer itself.
 * @example
 * withQuirks(topLevel(1006), { misspelledCodeKey: true }) // { 'respose-code': 1006, ... }
 */
export function withQuirks(
  answer: ProviderAnswer,
  quirks: MockQuirks,
): ProviderAnswer | Record<string, unknown> {
  // Without quirks the answer is already what the client receives; copying every row
  // was a third of the work of a 1000-number send.
  if (!hasQuirks(quirks)) return answer
  if (isRows(answer)) return { responses: answer.responses.map((row) => reshape(row, quirks)) }
  return reshape(answer, quirks)
}
