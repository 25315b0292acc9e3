/**
 * Whether the spec allows what the upstream answered where it differs from the mock: the
 * spec documents the other form as well. It allows both spellings of the code key, the
 * types `@sendsms/mock-server`'s ANSWER_FIELDS lists for a drifting field (the types the
 * spec gives it), a description that is the spec's own text for the code answered, and on
 * getdlr either of the two "no report" answers. Anything else (a missing or extra field,
 * another status, another format of a string) the spec does not document.
 */
import { ANSWER_FIELDS } from '@sendsms/mock-server'
import { describeCode, type EndpointName, NO_REPORT_ANSWERS } from '@sendsms/wire'

/** A JSON type as the comparison names it. */
export type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object'

/**
 * The JSON type of a parsed value; a whole number is `integer`.
 * @example
 * jsonType(1006) // 'integer'
 * jsonType('1006') // 'string'
 */
export function jsonType(value: unknown): JsonType {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  if (typeof value === 'boolean') return 'boolean'
  if (typeof value === 'string') return 'string'
  return 'object'
}

/**
 * Whether the spec gives the field `key` of `endpoint` both types.
 * @example
 * typesAllowed('getbalance', 'credit', 'string', 'integer') // true: credit is a string or a number
 * typesAllowed('getbalance', 'response-code', 'integer', 'string') // false
 */
export function typesAllowed(
  endpoint: EndpointName | undefined,
  key: string,
  mock: JsonType,
  upstream: JsonType,
): boolean {
  const field = Object.values(ANSWER_FIELDS).find(
    (facts) => facts.endpoint === endpoint && facts.key === key,
  )
  if (field === undefined) return false
  const types: readonly string[] = field.types
  // JSON Schema's `number` takes whole numbers too.
  const takes = (type: JsonType) =>
    types.includes(type) || (type === 'integer' && types.includes('number'))
  return takes(mock) && takes(upstream)
}

/**
 * Whether `description` is the spec's text for `code`: the code table's, or on getdlr the
 * "no report" answer's.
 * @example
 * descriptionDocumented('getdlr', 1009, 'No dlr') // true
 * descriptionDocumented('sendsms', 1006, 'invalid credentials') // false
 */
export function descriptionDocumented(
  endpoint: EndpointName | undefined,
  code: number | undefined,
  description: unknown,
): boolean {
  if (code === undefined) return false
  if (describeCode(code) === description) return true
  return (
    endpoint === 'getdlr' &&
    NO_REPORT_ANSWERS.some((answer) => answer.code === code && answer.description === description)
  )
}

/**
 * Whether the spec documents both codes for the same request: only getdlr's two ways of
 * saying it has no report.
 * @example
 * codesAllowed('getdlr', 1009, 1008) // true
 */
export function codesAllowed(
  endpoint: EndpointName | undefined,
  mock: number | undefined,
  upstream: number | undefined,
): boolean {
  const noReport = (code: number | undefined) =>
    NO_REPORT_ANSWERS.some((answer) => answer.code === code)
  return endpoint === 'getdlr' && noReport(mock) && noReport(upstream)
}
