/**
 * @module
 * The account states: the sandbox account exists, with no credit, with a given credit, with
 * a callback URL; and the answer shapes that go with credit (low credit at the top level, the
 * credit as a JSON number). Each writes the sandbox account whole, as it starts, with its
 * changes, so a state never depends on what an earlier request spent.
 */
import { type PublicAccount, publicAccount } from '../control/register-control.js'
import { activeProfile, profileJson } from '../provider/profiles/active-profile.js'
import { type MockAccount, SANDBOX_ACCOUNT } from '../state/accounts.js'
import type { MockState } from '../state/mock-state.js'
import { declareState } from './state-declaration.js'
import {
  ACCOUNT_HAS_CALLBACK_URL,
  CREDIT_ANSWERED_AS_A_NUMBER,
  LOW_CREDIT_AT_TOP_LEVEL,
  SANDBOX_ACCOUNT_EXISTS,
  SANDBOX_ACCOUNT_HAS_CREDIT,
  SANDBOX_ACCOUNT_HAS_NO_CREDIT,
} from './state-names.js'

/**
 * Writes the sandbox account (as `SANDBOX_ACCOUNT`, with `changes`) and returns it as the
 * control endpoints list it, without its key.
 * @example
 * sandboxAccount(state, { credit: 0 }) // { partnerID: '12345', shortcodes: ['SANDBOX'], credit: 0 }
 */
export function sandboxAccount(
  state: MockState,
  changes: Partial<Pick<MockAccount, 'credit' | 'callbackUrl'>> = {},
): PublicAccount {
  return publicAccount(state.accounts.upsert({ ...SANDBOX_ACCOUNT, ...changes }))
}

const credit = { type: 'number', description: 'The credit left on the sandbox account.' } as const

/**
 * The account states, in the order the mock lists them.
 * @example
 * ACCOUNT_STATES[0].names // ['the sandbox account exists']
 */
export const ACCOUNT_STATES = [
  declareState({
    names: [SANDBOX_ACCOUNT_EXISTS],
    description:
      'The sandbox account (partnerID 12345, shortcode SANDBOX) exists with its start credit.',
    params: {},
    setup: (state) => ({ account: sandboxAccount(state) }),
  }),
  declareState({
    names: [SANDBOX_ACCOUNT_HAS_NO_CREDIT],
    description: 'The sandbox account has no credit: a send answers a 1004 row per number.',
    params: {},
    setup: (state) => ({ account: sandboxAccount(state, { credit: 0 }) }),
  }),
  declareState({
    names: [LOW_CREDIT_AT_TOP_LEVEL],
    description:
      'The sandbox account has no credit and a send answers a top-level 1004 (profile lowCredit: top-level).',
    params: {},
    setup: (state) => {
      const account = sandboxAccount(state, { credit: 0 })
      state.profile = activeProfile({ lowCredit: 'top-level' })
      return { account, profile: profileJson(state.profile) }
    },
  }),
  declareState({
    names: [SANDBOX_ACCOUNT_HAS_CREDIT],
    description: 'The sandbox account has the given credit: getbalance answers it ("545.00").',
    params: { credit },
    setup: (state, params) => ({
      account: sandboxAccount(state, { credit: params.credit as number }),
    }),
  }),
  declareState({
    names: [CREDIT_ANSWERED_AS_A_NUMBER],
    description:
      "The sandbox account has the given credit and getbalance answers it as a JSON number (545), not the docs' string.",
    params: { credit },
    setup: (state, params) => {
      const account = sandboxAccount(state, { credit: params.credit as number })
      state.profile = activeProfile({ types: { 'getbalance.credit': 'number' } })
      return { account, profile: profileJson(state.profile) }
    },
  }),
  declareState({
    names: [ACCOUNT_HAS_CALLBACK_URL],
    description: 'The sandbox account posts its delivery reports to the given callback URL.',
    params: {
      callbackUrl: { type: 'string', description: 'Where reports are POSTed (http or https).' },
    },
    setup: (state, params) => ({
      account: sandboxAccount(state, { callbackUrl: params.callbackUrl as string }),
    }),
  }),
]
