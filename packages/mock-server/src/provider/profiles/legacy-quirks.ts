/**
 * @module
 * The two switches answer profiles replaced (`quirks: { misspelledCodeKey, stringIds }`),
 * still read for code written against them and turned into profile overrides. New code
 * chooses a profile.
 */
import { MISSPELLED_CODE_KEY } from '@sendsms/wire'
import type { ProfileChoice, ProfileOverrides } from './active-profile.js'
import type { AnswerField, FieldType } from './answer-fields.js'

/**
 * The former live-drift switches.
 * @deprecated Choose a profile instead: `profile: 'live-capture'`, or
 * `profile: { codeKey: 'respose-code', types: { 'sendsms.messageid': 'string' } }`.
 * @example
 * createMock({ profile: { codeKey: 'respose-code' } }) // what `quirks: { misspelledCodeKey: true }` did
 */
export interface MockQuirks {
  /** Spell every `response-code` key `respose-code`. */
  misspelledCodeKey?: boolean
  /** Answer `messageid`, `networkid` and `mobile` as strings. */
  stringIds?: boolean
}

const ID_FIELDS: readonly AnswerField[] = [
  'sendsms.messageid',
  'sendsms.mobile',
  'sendsms.networkid',
  'sendotp.messageid',
  'sendbulk.messageid',
  'sendbulk.mobile',
  'sendbulk.networkid',
]

/**
 * `choice` with the former switches laid over it.
 * @example
 * withLegacyQuirks('docs', { stringIds: true }) // { base: 'docs', types: { 'sendsms.messageid': 'string', … } }
 */
export function withLegacyQuirks(
  choice: ProfileChoice | undefined,
  quirks: MockQuirks | undefined,
): ProfileChoice | undefined {
  if (!quirks?.misspelledCodeKey && !quirks?.stringIds) return choice
  const overrides: ProfileOverrides =
    typeof choice === 'string' ? { base: choice } : { ...(choice ?? {}) }
  if (quirks.misspelledCodeKey) overrides.codeKey = MISSPELLED_CODE_KEY
  if (quirks.stringIds) {
    const strings = Object.fromEntries(ID_FIELDS.map((name) => [name, 'string' as FieldType]))
    overrides.types = { ...overrides.types, ...strings }
  }
  return overrides
}
