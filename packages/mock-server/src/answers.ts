/**
 * @module
 * The provider's code table and the JSON bodies built from it. Every sendsms answer
 * passes through `finishAnswer`, which is where the live-service quirks are applied.
 */

/**
 * Exact descriptions of the documented codes, as the provider spells them.
 * @example
 * CODE_DESCRIPTIONS[1006] // 'Invalid credentials'
 */
export const CODE_DESCRIPTIONS: Readonly<Record<number, string>> = {
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
}

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
 * A request-wide failure.
 * @example
 * const answer: TopLevelAnswer = { 'response-code': 1006, 'response-description': 'Invalid credentials' }
 */
export interface TopLevelAnswer {
  'response-code': number
  'response-description': string
}

/**
 * One recipient's row inside `responses[]`.
 * @example
 * const row: RowAnswer = { 'response-code': 1003, 'response-description': 'Invalid mobile number', mobile: '07123' }
 */
export interface RowAnswer {
  'response-code': number
  'response-description': string
  mobile: number | string
  messageid?: number
  networkid?: number
}

/**
 * The success shape: one row per recipient, in request order.
 * @example
 * const answer: RowsAnswer = { responses: [] }
 */
export interface RowsAnswer {
  responses: RowAnswer[]
}

/**
 * Either body the sendsms endpoint can answer, before quirks are applied.
 * @example
 * const answer: SendSmsAnswer = topLevel(4090)
 */
export type SendSmsAnswer = TopLevelAnswer | RowsAnswer

/**
 * Builds a top-level error body; the description defaults to the documented one.
 * @example
 * topLevel(4092) // { 'response-code': 4092, 'response-description': 'No API KEY Provided' }
 */
export function topLevel(code: number, description?: string): TopLevelAnswer {
  return {
    'response-code': code,
    'response-description': description ?? CODE_DESCRIPTIONS[code] ?? 'Failed. System error',
  }
}

/**
 * Builds an accepted row; `mobile` is the 254 form as a JSON number, as the live API sends.
 * @example
 * acceptedRow('254712345678', 100000001, 1)
 */
export function acceptedRow(msisdn: string, messageId: number, networkId: number): RowAnswer {
  return {
    'response-code': 200,
    'response-description': 'Success',
    mobile: Number(msisdn),
    messageid: messageId,
    networkid: networkId,
  }
}

/**
 * Builds a refused row (1002 or 1003) that echoes the number as it was given.
 * @example
 * refusedRow(1002, '+255712345678')
 */
export function refusedRow(code: 1002 | 1003, given: string): RowAnswer {
  return {
    'response-code': code,
    'response-description': CODE_DESCRIPTIONS[code] ?? '',
    mobile: given,
  }
}

function withQuirks(
  answer: TopLevelAnswer | RowAnswer,
  quirks: MockQuirks,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(answer)) {
    const name = key === 'response-code' && quirks.misspelledCodeKey ? 'respose-code' : key
    const stringify =
      quirks.stringIds && (key === 'messageid' || key === 'networkid' || key === 'mobile')
    out[name] = stringify ? String(value) : value
  }
  return out
}

/**
 * Whether any quirk is on, i.e. whether answers are reshaped before they are sent.
 * @example
 * hasQuirks({ stringIds: true }) // true
 */
export function hasQuirks(quirks: MockQuirks): boolean {
  return quirks.misspelledCodeKey === true || quirks.stringIds === true
}

/**
 * Turns an answer into the JSON the client receives, applying the configured quirks.
 * Key order is kept, so the body reads like the provider's.
 * @example
 * finishAnswer(topLevel(1006), { misspelledCodeKey: true }) // { 'respose-code': 1006, ... }
 */
export function finishAnswer(
  answer: SendSmsAnswer,
  quirks: MockQuirks,
): SendSmsAnswer | Record<string, unknown> {
  // Without quirks the answer is already what the client receives; copying every row
  // was a third of the work of a 1000-number send.
  if (!hasQuirks(quirks)) return answer
  if ('responses' in answer) {
    return { responses: answer.responses.map((row) => withQuirks(row, quirks)) }
  }
  return withQuirks(answer, quirks)
}
