/**
 * @module
 * Choosing a profile: a name, or a named base with per-field overrides, checked and turned
 * into the active profile the provider layer applies. The same reader serves
 * `MockOptions.profile`, `--profile`/`--answer` and `PUT /__mock/profile`, so all three
 * accept and refuse the same things, with the same messages.
 */
import { CODE_KEY, type EndpointName, MISSPELLED_CODE_KEY } from '@sendsms/wire'
import {
  ANSWER_FIELD_NAMES,
  ANSWER_FIELDS,
  type AnswerField,
  type FieldType,
  isAnswerField,
} from './answer-fields.js'
import {
  ANSWER_PROFILES,
  type AnswerProfile,
  type CodeKeySpelling,
  isProfileName,
  type LowCreditForm,
  PROFILE_NAMES,
  type ProfileName,
} from './named-profiles.js'

/**
 * A named profile with some of its settings changed. Unset settings are the base's.
 * @example
 * const choice: ProfileOverrides = { base: 'docs', lowCredit: 'top-level', types: { 'sendsms.messageid': 'string' } }
 */
export interface ProfileOverrides {
  /** The named profile to start from. Default `docs`. */
  base?: ProfileName
  /** The code key of every answer and row: `response-code`, or `respose-code` as seen live. */
  codeKey?: CodeKeySpelling
  /** Low credit as a row per recipient (`row`) or the code table's top-level 1004. */
  lowCredit?: LowCreditForm
  /** Per drifting field (`sendsms.messageid`, …), the JSON type to answer it in. */
  types?: Partial<Record<AnswerField, FieldType>>
}

/**
 * A profile as it is chosen: a name, or a base with overrides.
 * @example
 * createMock({ profile: 'strict-go' })
 * createMock({ profile: { base: 'live-capture', types: { 'sendsms.networkid': 'integer' } } })
 */
export type ProfileChoice = ProfileName | ProfileOverrides

/**
 * One field a profile retypes, ready to apply.
 * @example
 * const plan: FieldPlan = { key: 'messageid', type: 'string', acceptedOnly: false }
 */
export interface FieldPlan {
  readonly key: string
  readonly type: FieldType
  readonly acceptedOnly: boolean
}

/**
 * The profile in force: its settings, and per endpoint the fields that need retyping.
 * @example
 * const active: ActiveProfile = activeProfile('docs')
 * active.plans.get('sendsms') // undefined: sendsms answers as its rules build it
 */
export interface ActiveProfile extends AnswerProfile {
  readonly base: ProfileName
  /**
   * Per endpoint, the fields whose type differs from the docs' (what the rules build), and
   * echoed fields, whose type is the caller's. An endpoint without a plan, under the
   * documented code key, is answered exactly as its rules built it.
   */
  readonly plans: ReadonlyMap<EndpointName, readonly FieldPlan[]>
}

const CHOICE_KEYS = new Set(['base', 'codeKey', 'lowCredit', 'types'])
const CODE_KEYS: readonly CodeKeySpelling[] = [CODE_KEY, MISSPELLED_CODE_KEY]
const LOW_CREDIT_FORMS: readonly LowCreditForm[] = ['row', 'top-level']

function listed(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ')
}

function checkedType(name: string, type: unknown): FieldType {
  if (!isAnswerField(name)) {
    throw new TypeError(
      `profile: unknown field "${name}" (known: ${ANSWER_FIELD_NAMES.join(', ')})`,
    )
  }
  const allowed = ANSWER_FIELDS[name].types
  if (typeof type !== 'string' || !(allowed as readonly string[]).includes(type)) {
    throw new TypeError(`profile: ${name} must be ${listed(allowed)}, got ${JSON.stringify(type)}`)
  }
  return type as FieldType
}

function checkedOverrides(choice: unknown): ProfileOverrides {
  if (typeof choice !== 'object' || choice === null || Array.isArray(choice)) {
    throw new TypeError(
      `profile must be a name (${listed(PROFILE_NAMES)}) or an object { base, codeKey, lowCredit, types }`,
    )
  }
  const record = choice as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!CHOICE_KEYS.has(key)) {
      throw new TypeError(
        `profile: unknown setting "${key}" (known: base, codeKey, lowCredit, types)`,
      )
    }
  }
  const { base, codeKey, lowCredit, types } = record
  if (base !== undefined && !isProfileName(base)) {
    throw new TypeError(
      `profile: base must be ${listed(PROFILE_NAMES)}, got ${JSON.stringify(base)}`,
    )
  }
  if (codeKey !== undefined && !CODE_KEYS.includes(codeKey as CodeKeySpelling)) {
    throw new TypeError(
      `profile: codeKey must be ${listed(CODE_KEYS)}, got ${JSON.stringify(codeKey)}`,
    )
  }
  if (lowCredit !== undefined && !LOW_CREDIT_FORMS.includes(lowCredit as LowCreditForm)) {
    throw new TypeError(
      `profile: lowCredit must be ${listed(LOW_CREDIT_FORMS)}, got ${JSON.stringify(lowCredit)}`,
    )
  }
  if (
    types !== undefined &&
    (typeof types !== 'object' || types === null || Array.isArray(types))
  ) {
    throw new TypeError('profile: types must be an object of field names and types')
  }
  const checkedTypes: Partial<Record<AnswerField, FieldType>> = {}
  for (const [name, type] of Object.entries((types ?? {}) as Record<string, unknown>)) {
    checkedTypes[name as AnswerField] = checkedType(name, type)
  }
  return {
    ...(base === undefined ? {} : { base }),
    ...(codeKey === undefined ? {} : { codeKey: codeKey as CodeKeySpelling }),
    ...(lowCredit === undefined ? {} : { lowCredit: lowCredit as LowCreditForm }),
    types: checkedTypes,
  }
}

function plansOf(types: Readonly<Record<AnswerField, FieldType>>): Map<EndpointName, FieldPlan[]> {
  const plans = new Map<EndpointName, FieldPlan[]>()
  for (const name of ANSWER_FIELD_NAMES) {
    const facts: (typeof ANSWER_FIELDS)[AnswerField] = ANSWER_FIELDS[name]
    const type = types[name]
    if (type === facts.docs && !('echoed' in facts)) continue
    const plan = plans.get(facts.endpoint) ?? []
    plan.push(Object.freeze({ key: facts.key, type, acceptedOnly: 'acceptedOnly' in facts }))
    plans.set(facts.endpoint, plan)
  }
  return plans
}

/**
 * Checks a profile choice and makes it the active profile; throws a TypeError saying what
 * is wrong. Without a choice it is `docs`.
 * @example
 * activeProfile({ base: 'strict-go', lowCredit: 'top-level' }).lowCredit // 'top-level'
 */
export function activeProfile(choice: unknown = 'docs'): ActiveProfile {
  if (typeof choice === 'string' && !isProfileName(choice)) {
    throw new TypeError(`profile: unknown profile "${choice}" (known: ${PROFILE_NAMES.join(', ')})`)
  }
  const overrides: ProfileOverrides = isProfileName(choice)
    ? { base: choice }
    : checkedOverrides(choice)
  const base = overrides.base ?? 'docs'
  const named = ANSWER_PROFILES[base]
  const types = Object.freeze({ ...named.types, ...overrides.types })
  return Object.freeze({
    base,
    codeKey: overrides.codeKey ?? named.codeKey,
    lowCredit: overrides.lowCredit ?? named.lowCredit,
    types,
    plans: plansOf(types),
  })
}

/**
 * The active profile as the control API shows it: its base and every setting.
 * @example
 * profileJson(activeProfile('docs')) // { base: 'docs', codeKey: 'response-code', lowCredit: 'row', types: { … } }
 */
export function profileJson(profile: ActiveProfile): Required<ProfileOverrides> {
  const { base, codeKey, lowCredit, types } = profile
  return { base, codeKey, lowCredit, types: { ...types } }
}

/**
 * The mock's handle on its profile, for tests in-process (the control API does the same
 * over HTTP).
 * @example
 * mock.profile.set({ base: 'docs', lowCredit: 'top-level' })
 * mock.profile.get().lowCredit // 'top-level'
 */
export interface MockProfile {
  /** The profile in force, as `GET /__mock/profile` shows it. */
  get(): Required<ProfileOverrides>
  /** Replaces the profile in force; throws a TypeError for a choice it cannot read. */
  set(choice: ProfileChoice): void
}
