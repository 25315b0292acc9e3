/**
 * @module
 * Puts the running mock server into each provider state the consumers name. The
 * verifier's `beforeEach` resets the mock first, so every handler starts from the sandbox
 * account with full credit, an empty journal, no pending faults, the start profile and the
 * real clock. Handlers act through the mock's control endpoints only (`mock-control.ts`),
 * and send the messages whose reports are asked for through its own send endpoint, so a
 * report state is built by the mock's real rules (journal, ids, delivery lifecycle).
 */
import { DELIVERED_AFTER, PROFILE_NAMES } from '@sendsms/mock-server'
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
import { magicNumber } from './magic-number.js'
import type { MockControl, SandboxChanges } from './mock-control.js'

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
  mock: MockControl,
  fields: { mobile: string; timeToSend?: string },
): Promise<void> {
  await mock.pinClock()
  const id = await mock.send(fields)
  if (id !== REPORTED_MESSAGE_ID) {
    throw new Error(`The state sent message ${id}, not ${REPORTED_MESSAGE_ID}`)
  }
}

const seconds = (s: number) => s * 1000

/**
 * A handler for every state the consumers use, acting on `mock`.
 * @example
 * const mock = mockControl(running.url)
 * new Verifier({
 *   providerBaseUrl: running.url,
 *   stateHandlers: createStateHandlers(mock),
 *   beforeEach: () => mock.reset(),
 * })
 */
export function createStateHandlers(mock: MockControl): StateHandlers {
  const sandbox = (changes: SandboxChanges = {}) => mock.sandbox(changes)
  const handlers: StateHandlers = {
    [SANDBOX_ACCOUNT_EXISTS]: async () => {
      await sandbox()
      return undefined
    },
    [SANDBOX_ACCOUNT_HAS_NO_CREDIT]: async () => {
      await sandbox({ credit: 0 })
      return undefined
    },
    [LOW_CREDIT_AT_TOP_LEVEL]: async () => {
      await sandbox({ credit: 0 })
      await mock.profile({ lowCredit: 'top-level' })
      return undefined
    },
    [SANDBOX_ACCOUNT_HAS_CREDIT]: async (params?: unknown) => {
      await sandbox({ credit: Number(param(params, 'credit')) })
      return undefined
    },
    [CREDIT_ANSWERED_AS_A_NUMBER]: async (params?: unknown) => {
      await sandbox({ credit: Number(param(params, 'credit')) })
      await mock.profile({ types: { 'getbalance.credit': 'number' } })
      return undefined
    },
    [MESSAGE_DELIVERED]: async () => {
      await sendReportedMessage(mock, { mobile: DELIVERED_NUMBER })
      await mock.advanceClock(seconds(DELIVERED_AFTER[1]))
      return undefined
    },
    [MESSAGE_NEVER_REPORTED]: async () => {
      await sendReportedMessage(mock, { mobile: magicNumber('SentToNetwork').msisdn })
      await mock.advanceClock(seconds(DELIVERED_AFTER[1]))
      return undefined
    },
    [MESSAGE_TO_ABSENT_SUBSCRIBER]: async () => {
      const absent = magicNumber('AbsentSubscriber')
      await sendReportedMessage(mock, { mobile: absent.msisdn })
      await mock.advanceClock(seconds(absent.after?.[1] ?? 0))
      return undefined
    },
    [MESSAGE_WITH_NO_REPORT]: async () => {
      // Scheduled a day ahead: until then no network has seen it, so none has reported.
      const tomorrow = formatProviderTime(new Date((await mock.now()).getTime() + DAY_MS))
      await sendReportedMessage(mock, { mobile: DELIVERED_NUMBER, timeToSend: tomorrow })
      return undefined
    },
    [ACCOUNT_HAS_CALLBACK_URL]: async (params?: unknown) => {
      await sandbox({ callbackUrl: String(param(params, 'callbackUrl')) })
      return undefined
    },
  }
  for (const profile of PROFILE_NAMES) {
    handlers[answersWithProfile(profile)] = async () => {
      await mock.profile(profile)
      return undefined
    }
  }
  // Any documented code can be injected; the consumers pick the ones no input provokes.
  for (const code of Object.keys(RESPONSE_CODES).map(Number)) {
    if (code === SUCCESS_CODE) continue
    handlers[nextRequestAnswers(code)] = async () => {
      await mock.fault(code)
      return undefined
    }
  }
  return handlers
}
