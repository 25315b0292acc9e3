/**
 * @module
 * The profile state: the API answers with one of the mock's named answer profiles, as the
 * live service or a strict client's fixtures shape answers (`PROFILE_NAMES`).
 */
import { activeProfile, profileJson } from '../provider/profiles/active-profile.js'
import { PROFILE_NAMES } from '../provider/profiles/named-profiles.js'
import { declareState, placeholder } from './state-declaration.js'
import { answersWithProfile } from './state-names.js'

/**
 * The profile states.
 * @example
 * PROFILE_STATES[0].names // ['the API answers with the {profile} profile']
 */
export const PROFILE_STATES = [
  declareState({
    names: [answersWithProfile(placeholder('profile'))],
    description:
      'The API answers with a named profile: docs, live-capture (respose-code, string networkid) or strict-go (string messageid).',
    params: {
      profile: {
        type: 'string',
        description: 'The profile to answer with.',
        values: PROFILE_NAMES,
      },
    },
    setup: (state, params) => {
      state.profile = activeProfile(params.profile)
      return { profile: profileJson(state.profile) }
    },
  }),
]
