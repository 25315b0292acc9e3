/**
 * @module
 * The answer fields whose JSON type drifts, by endpoint: the types each has been seen
 * with, and the type the provider's docs show, which is the type the rules build. A
 * profile (named-profiles.ts) picks one type per field; the provider layer retypes the
 * answers as their last step (apply-profile.ts), so the rules never look at it.
 */
import type { EndpointName } from '@sendsms/wire'

/**
 * A JSON type a drifting field may take: `integer` and `string` for ids and codes,
 * `number` for the balance (`545`, beside the docs' `"545.00"`).
 * @example
 * const type: FieldType = 'string'
 */
export type FieldType = 'integer' | 'number' | 'string'

/**
 * What the mock knows of one drifting field.
 * @example
 * const facts: AnswerFieldFacts = ANSWER_FIELDS['sendsms.messageid']
 */
export interface AnswerFieldFacts {
  readonly endpoint: EndpointName
  /** The key in the answer (the top-level object, or each row of `responses[]`). */
  readonly key: string
  /** The types it may be given. */
  readonly types: readonly FieldType[]
  /** The type the docs show, and the rules build. */
  readonly docs: FieldType
  /**
   * Typed only where the code is 200: a refused row echoes the number as it was given
   * (`"07123"`, `"+255…"`), which no type would keep.
   */
  readonly acceptedOnly?: true
  /** Echoed from the request (sendbulk's `clientsmsid`), so it arrives in the caller's type. */
  readonly echoed?: true
}

const ID_TYPES: readonly FieldType[] = Object.freeze(['integer', 'string'])

function field(
  endpoint: EndpointName,
  key: string,
  docs: FieldType,
  more: { types?: readonly FieldType[]; acceptedOnly?: true; echoed?: true } = {},
): AnswerFieldFacts {
  return Object.freeze({ endpoint, key, types: more.types ?? ID_TYPES, docs, ...more })
}

/**
 * Every drifting field, named `endpoint.key`. The docs' types: sendsms rows are all
 * integers; sendotp (plain and hashed) answers `messageid` as a string ("string for this
 * API"); sendbulk answers `mobile` and `messageid` as strings and `clientsmsid` and
 * `networkid` as integers; getbalance answers `credit` (`"545.00"`) and `partner-id` as
 * strings; getdlr answers `message-id` as a string and its status and network as integers.
 * @example
 * ANSWER_FIELDS['getbalance.credit'].docs // 'string'
 */
export const ANSWER_FIELDS = Object.freeze({
  'sendsms.messageid': field('sendsms', 'messageid', 'integer'),
  'sendsms.mobile': field('sendsms', 'mobile', 'integer', { acceptedOnly: true }),
  'sendsms.networkid': field('sendsms', 'networkid', 'integer'),
  'sendotp.messageid': field('sendotp', 'messageid', 'string'),
  'sendbulk.messageid': field('sendbulk', 'messageid', 'string'),
  'sendbulk.mobile': field('sendbulk', 'mobile', 'string', { acceptedOnly: true }),
  'sendbulk.clientsmsid': field('sendbulk', 'clientsmsid', 'integer', { echoed: true }),
  'sendbulk.networkid': field('sendbulk', 'networkid', 'integer'),
  'getbalance.credit': field('getbalance', 'credit', 'string', { types: ['string', 'number'] }),
  'getbalance.partner-id': field('getbalance', 'partner-id', 'string'),
  'getdlr.message-id': field('getdlr', 'message-id', 'string'),
  'getdlr.delivery-status': field('getdlr', 'delivery-status', 'integer'),
  'getdlr.delivery-networkid': field('getdlr', 'delivery-networkid', 'integer'),
} satisfies Record<string, AnswerFieldFacts>)

/**
 * The name of a drifting field, `endpoint.key`.
 * @example
 * const name: AnswerField = 'sendbulk.clientsmsid'
 */
export type AnswerField = keyof typeof ANSWER_FIELDS

/**
 * Every field name, in the table's order.
 * @example
 * ANSWER_FIELD_NAMES.includes('sendsms.networkid') // true
 */
export const ANSWER_FIELD_NAMES: readonly AnswerField[] = Object.freeze(
  Object.keys(ANSWER_FIELDS) as AnswerField[],
)

/**
 * Whether `name` is a drifting field.
 * @example
 * isAnswerField('sendsms.messageid') // true
 */
export function isAnswerField(name: string): name is AnswerField {
  return Object.hasOwn(ANSWER_FIELDS, name)
}
