/**
 * @module
 * The named answer profiles, each from evidence in the provider's pages and in public
 * clients (QUIRKS.md): `docs`, what the provider's pages show (the default); `live-capture`,
 * the live answer one PHP client published; `strict-go`, the types a strict Go client
 * decodes, whose every field must match or it fails while the message counts as sent.
 */
import { CODE_KEY, MISSPELLED_CODE_KEY } from '@sendsms/wire'
import {
  ANSWER_FIELD_NAMES,
  ANSWER_FIELDS,
  type AnswerField,
  type FieldType,
} from './answer-fields.js'

/**
 * How a send the account cannot pay for in full is answered: a row per recipient that
 * would have been accepted (`Low credit units to send message, …`, as the live capture
 * shows it), or the code table's top-level `1004 Low bulk credits`.
 * @example
 * const form: LowCreditForm = 'row'
 */
export type LowCreditForm = 'row' | 'top-level'

/**
 * The key the code travels under.
 * @example
 * const key: CodeKeySpelling = 'respose-code'
 */
export type CodeKeySpelling = typeof CODE_KEY | typeof MISSPELLED_CODE_KEY

/**
 * What a profile fixes about the answers.
 * @example
 * ANSWER_PROFILES['live-capture'].codeKey // 'respose-code'
 */
export interface AnswerProfile {
  /** The code key of every answer and every row. */
  readonly codeKey: CodeKeySpelling
  /** How low credit is answered by sendsms, sendotp and sendbulk. */
  readonly lowCredit: LowCreditForm
  /** The JSON type of each drifting field. */
  readonly types: Readonly<Record<AnswerField, FieldType>>
}

/**
 * The names of the named profiles; the first is the default.
 * @example
 * PROFILE_NAMES[0] // 'docs'
 */
export const PROFILE_NAMES = Object.freeze(['docs', 'live-capture', 'strict-go'] as const)

/**
 * The name of a named profile.
 * @example
 * const name: ProfileName = 'strict-go'
 */
export type ProfileName = (typeof PROFILE_NAMES)[number]

const DOCS_TYPES = Object.freeze(
  Object.fromEntries(ANSWER_FIELD_NAMES.map((name) => [name, ANSWER_FIELDS[name].docs])) as Record<
    AnswerField,
    FieldType
  >,
)

function profile(
  codeKey: CodeKeySpelling,
  types: Partial<Record<AnswerField, FieldType>>,
): AnswerProfile {
  // Low credit is a row in every profile: the one live capture of it shows a row.
  return Object.freeze({
    codeKey,
    lowCredit: 'row',
    types: Object.freeze({ ...DOCS_TYPES, ...types }),
  })
}

/**
 * The named profiles.
 * @example
 * ANSWER_PROFILES['strict-go'].types['sendsms.messageid'] // 'string'
 */
export const ANSWER_PROFILES: Readonly<Record<ProfileName, AnswerProfile>> = Object.freeze({
  docs: profile(CODE_KEY, {}),
  // The capture's success row: `respose-code`, an integer messageid, networkid "1".
  'live-capture': profile(MISSPELLED_CODE_KEY, {
    'sendsms.messageid': 'integer',
    'sendsms.networkid': 'string',
  }),
  // Every field the Go client decodes, spelt out even where it agrees with the docs.
  'strict-go': profile(CODE_KEY, {
    'sendsms.mobile': 'integer',
    'sendsms.messageid': 'string',
    'sendsms.networkid': 'integer',
    'getdlr.message-id': 'string',
    'getdlr.delivery-status': 'integer',
    'getdlr.delivery-networkid': 'integer',
    'getbalance.credit': 'string',
    'getbalance.partner-id': 'string',
    'sendbulk.clientsmsid': 'integer',
  }),
})

/**
 * Whether `name` names a profile.
 * @example
 * isProfileName('docs') // true
 */
export function isProfileName(name: unknown): name is ProfileName {
  return typeof name === 'string' && (PROFILE_NAMES as readonly string[]).includes(name)
}
