/**
 * @module
 * Puts the running mock server into each provider state the consumers name. The
 * verifier's `beforeEach` resets the mock first, so every handler starts from the sandbox
 * account with full credit, an empty journal, no pending faults, the start profile and the
 * real clock. Handlers use the mock's public surface only: its accounts, profile, clock and
 * faults, and its own send endpoint for messages whose reports are asked for.
 */
import {
  DELIVERED_AFTER,
  SANDBOX_ACCOUNT as MOCK_SANDBOX_ACCOUNT,
  type Mock,
  PROFILE_NAMES,
} from '@sendsms/mock-server'
import { formatProviderTime, RESPONSE_CODES, SUCCESS_CODE } from '@sendsms/wire'
import {
  ACCOUNT_HAS_CALLBACK_URL,
  answersWithProfile,
  CREDIT_ANSWERED_AS_A_NUMBER,
  LOW_CREDIT_AT_TOP_LEVEL,
  MESSAGE_DELIVERED,
  MESSAGE_NEVER_REPORTED,
  MESSAGE_TO_ABSENT_SUBSCRIBER,
  MESSAGE_WITH_NO_REPORT,
  nextRequestAnswers,
  REPORTED_MESSAGE_ID,
  SANDBOX_ACCOUNT_EXISTS,
  SANDBOX_ACCOUNT_HAS_CREDIT,
  SANDBOX_ACCOUNT_HAS_NO_CREDIT,
} from '../states/provider-states.js'
import { magicNumber, pinClock, sendSandboxMessage } from './sandbox-message.js'

/**
 * One state's handler: puts the mock into the state, given the state's parameters. A plain
 * function, which the verifier runs on setup; assignable to pact-js's own handler type.
 * @example
 * const handler: StateHandler = async (params) => undefined
 */
export type StateHandler = (params?: unknown) => Promise<undefined>

/**
 * The handlers by state name, as the verifier's `stateHandlers` takes them.
 * @example
 * const handlers: StateHandlers = { 'the sandbox account exists': async () => undefined }
 */
export type StateHandlers = Record<string, StateHandler>

/** A number no magic rule applies to: its messages are delivered. */
const DELIVERED_NUMBER = '254712345678'

const DAY_MS = 24 * 60 * 60 * 1000

function param(params: unknown, name: string): unknown {
  const value = (params as Record<string, unknown> | null | undefined)?.[name]
  if (value === undefined) throw new Error(`The state needs the parameter ${name}`)
  return value
}

// The consumers ask for the report of REPORTED_MESSAGE_ID: the state must have sent it.
async function sendReportedMessage(
  mock: Mock,
  fields: { mobile: string; timeToSend?: string },
): Promise<void> {
  pinClock(mock)
  const id = await sendSandboxMessage(mock, fields)
  if (id !== REPORTED_MESSAGE_ID) {
    throw new Error(`The state sent message ${id}, not ${REPORTED_MESSAGE_ID}`)
  }
}

const seconds = (s: number) => s * 1000

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
  const sandbox = (changes: Partial<typeof MOCK_SANDBOX_ACCOUNT> = {}) => {
    mock.accounts.upsert({ ...MOCK_SANDBOX_ACCOUNT, ...changes })
  }
  const handlers: StateHandlers = {
    [SANDBOX_ACCOUNT_EXISTS]: async () => {
      sandbox()
      return undefined
    },
    [SANDBOX_ACCOUNT_HAS_NO_CREDIT]: async () => {
      sandbox({ credit: 0 })
      return undefined
    },
    [LOW_CREDIT_AT_TOP_LEVEL]: async () => {
      sandbox({ credit: 0 })
      mock.profile.set({ lowCredit: 'top-level' })
      return undefined
    },
    [SANDBOX_ACCOUNT_HAS_CREDIT]: async (params?: unknown) => {
      sandbox({ credit: Number(param(params, 'credit')) })
      return undefined
    },
    [CREDIT_ANSWERED_AS_A_NUMBER]: async (params?: unknown) => {
      sandbox({ credit: Number(param(params, 'credit')) })
      mock.profile.set({ types: { 'getbalance.credit': 'number' } })
      return undefined
    },
    [MESSAGE_DELIVERED]: async () => {
      await sendReportedMessage(mock, { mobile: DELIVERED_NUMBER })
      await mock.clock.advance(seconds(DELIVERED_AFTER[1]))
      return undefined
    },
    [MESSAGE_NEVER_REPORTED]: async () => {
      await sendReportedMessage(mock, { mobile: magicNumber('SentToNetwork').msisdn })
      await mock.clock.advance(seconds(DELIVERED_AFTER[1]))
      return undefined
    },
    [MESSAGE_TO_ABSENT_SUBSCRIBER]: async () => {
      const absent = magicNumber('AbsentSubscriber')
      await sendReportedMessage(mock, { mobile: absent.msisdn })
      await mock.clock.advance(seconds(absent.after?.[1] ?? 0))
      return undefined
    },
    [MESSAGE_WITH_NO_REPORT]: async () => {
      // Scheduled a day ahead: until then no network has seen it, so none has reported.
      const tomorrow = formatProviderTime(new Date(mock.clock.now().getTime() + DAY_MS))
      await sendReportedMessage(mock, { mobile: DELIVERED_NUMBER, timeToSend: tomorrow })
      return undefined
    },
    [ACCOUNT_HAS_CALLBACK_URL]: async (params?: unknown) => {
      sandbox({ callbackUrl: String(param(params, 'callbackUrl')) })
      return undefined
    },
  }
  for (const profile of PROFILE_NAMES) {
    handlers[answersWithProfile(profile)] = async () => {
      mock.profile.set(profile)
      return undefined
    }
  }
  // Any documented code can be injected; the consumers pick the ones no input provokes.
  for (const code of Object.keys(RESPONSE_CODES).map(Number)) {
    if (code === SUCCESS_CODE) continue
    handlers[nextRequestAnswers(code)] = async () => {
      mock.faults.push({ code, count: 1 })
      return undefined
    }
  }
  return handlers
}
