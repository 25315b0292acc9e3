/**
 * @module
 * `--profile NAME` and `--answer SETTING=VALUE` into the mock's `profile` option, each flag
 * checked by the same reader as `MockOptions.profile` and `PUT /__mock/profile`, its
 * message turned into a usage error that names the flag.
 */
import { activeProfile, type ProfileOverrides } from '../provider/profiles/active-profile.js'
import type { AnswerField, FieldType } from '../provider/profiles/answer-fields.js'
import {
  type CodeKeySpelling,
  isProfileName,
  type LowCreditForm,
  PROFILE_NAMES,
} from '../provider/profiles/named-profiles.js'
import { MockUsageError } from './mock-usage-error.js'

/**
 * The settings `--answer` takes besides field names, and the option each sets.
 * @example
 * ANSWER_SETTINGS['low-credit'] // 'lowCredit'
 */
export const ANSWER_SETTINGS = Object.freeze({
  'code-key': 'codeKey',
  'low-credit': 'lowCredit',
} as const)

function overrideOf(answer: string): ProfileOverrides {
  const eq = answer.indexOf('=')
  const setting = eq > 0 ? answer.slice(0, eq).trim() : ''
  const value = answer.slice(eq + 1).trim()
  if (setting === '') {
    throw new MockUsageError(
      `--answer takes SETTING=VALUE, such as sendsms.messageid=string, got "${answer}"`,
    )
  }
  if (setting === 'code-key') return { codeKey: value as CodeKeySpelling }
  if (setting === 'low-credit') return { lowCredit: value as LowCreditForm }
  return { types: { [setting as AnswerField]: value as FieldType } }
}

/**
 * The profile the flags choose: `--profile` names the base, each `--answer` changes one
 * setting (`sendsms.messageid=string`, `code-key=respose-code`, `low-credit=top-level`),
 * later ones winning. Undefined when neither flag was given.
 * @example
 * profileFromFlags('strict-go', ['low-credit=top-level']) // { base: 'strict-go', lowCredit: 'top-level', types: {} }
 */
export function profileFromFlags(
  name: string | undefined,
  answers: readonly string[],
): ProfileOverrides | undefined {
  if (name === undefined && answers.length === 0) return undefined
  if (name !== undefined && !isProfileName(name)) {
    throw new MockUsageError(`--profile must be ${PROFILE_NAMES.join(', ')}, got "${name}"`)
  }
  const choice: ProfileOverrides = { ...(name === undefined ? {} : { base: name }), types: {} }
  for (const answer of answers) {
    const override = overrideOf(answer)
    try {
      activeProfile(override)
    } catch (error) {
      throw new MockUsageError(
        `--answer ${answer}: ${(error as Error).message.replace(/^profile: /, '')}`,
      )
    }
    Object.assign(choice, { ...override, types: { ...choice.types, ...override.types } })
  }
  return choice
}
