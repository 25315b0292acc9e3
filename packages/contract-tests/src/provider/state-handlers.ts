/**
 * @module
 * Puts the running mock server into each provider state the consumers name. The
 * verifier's `beforeEach` resets the mock first, so every handler starts from the
 * sandbox account with full credit, an empty journal and no pending faults.
 */
import type { VerifierOptions } from '@pact-foundation/pact'
import type { Mock } from '@sendsms/mock-server'
import { SANDBOX_ACCOUNT as MOCK_SANDBOX_ACCOUNT } from '@sendsms/mock-server'
import { RESPONSE_CODES, SUCCESS_CODE } from '@sendsms/wire'
import {
  nextSendAnswers,
  SANDBOX_ACCOUNT_EXISTS,
  SANDBOX_ACCOUNT_HAS_NO_CREDIT,
} from '../states/provider-states.js'

/**
 * The verifier's state handler map (pact-js does not export the type by name).
 * @example
 * const handlers: StateHandlers = { 'the sandbox account exists': async () => undefined }
 */
export type StateHandlers = NonNullable<VerifierOptions['stateHandlers']>

/**
 * A handler for every state the consumers use, acting on `mock`.
 * @example
 * new Verifier({
 *   providerBaseUrl: running.url,
 *   stateHandlers: createStateHandlers(running.mock),
 *   beforeEach: async () => running.mock.reset(),
 * })
 */
export function createStateHandlers(mock: Mock): StateHandlers {
  const handlers: StateHandlers = {
    [SANDBOX_ACCOUNT_EXISTS]: async () => {
      mock.accounts.upsert({ ...MOCK_SANDBOX_ACCOUNT })
      return undefined
    },
    [SANDBOX_ACCOUNT_HAS_NO_CREDIT]: async () => {
      mock.accounts.upsert({ ...MOCK_SANDBOX_ACCOUNT })
      mock.accounts.setCredit(MOCK_SANDBOX_ACCOUNT.partnerID, 0)
      return undefined
    },
  }
  // Any documented code can be injected; the consumers pick the ones no input provokes.
  for (const code of Object.keys(RESPONSE_CODES).map(Number)) {
    if (code === SUCCESS_CODE) continue
    handlers[nextSendAnswers(code)] = async () => {
      mock.faults.push({ code, count: 1 })
      return undefined
    }
  }
  return handlers
}
