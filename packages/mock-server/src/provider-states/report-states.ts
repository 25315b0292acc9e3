/**
 * @module
 * The report states: message 100000001 (the first id after a reset, the one the name
 * promises) is sent from the sandbox account by the mock's own `sendsms` rules, with the
 * clock stopped at the time now, then the clock is advanced until its report has come
 * (delivered, or an absent subscriber's failure a day later), or not at all (a network that
 * never reports, a message scheduled for tomorrow). So each report is made by the mock's
 * real journal, ids and delivery lifecycle, as a client's own send would be.
 */
import { formatProviderTime, SUCCESS_CODE } from '@sendsms/wire'
import { isRows } from '../provider/answers.js'
import { sendSmsRules } from '../rules/send-sms.js'
import { SANDBOX_ACCOUNT } from '../state/accounts.js'
import { DELIVERED_AFTER, MAGIC_NUMBERS, type MagicNumber } from '../state/deliveries-magic.js'
import { FIRST_MESSAGE_ID, type MockState } from '../state/mock-state.js'
import { ProviderStateError } from './provider-state-errors.js'
import { declareState, type StateResult } from './state-declaration.js'
import {
  MESSAGE_DELIVERED,
  MESSAGE_NEVER_REPORTED,
  MESSAGE_TO_ABSENT_SUBSCRIBER,
  MESSAGE_WITH_NO_REPORT,
  REPORTED_MESSAGE_ID,
} from './state-names.js'

/** A number no magic rule applies to: its messages are delivered. */
const DELIVERED_NUMBER = '254712345678'

const DAY_MS = 24 * 60 * 60 * 1000
const SECOND_MS = 1000

function magic(outcome: MagicNumber['outcome']): MagicNumber {
  return MAGIC_NUMBERS.find((number) => number.outcome === outcome) as MagicNumber
}

// Sends "Hello" to `mobile` as the sandbox account would, through the rules themselves (no
// request: the request journal and log hold only what clients sent).
function sendReported(state: MockState, mobile: string, timeToSend?: string): StateResult {
  if (state.nextMessageId !== FIRST_MESSAGE_ID) {
    throw new ProviderStateError(
      `This state sends message ${REPORTED_MESSAGE_ID}, the first after a reset, and messages were sent already: leave reset at true.`,
    )
  }
  if (state.accounts.peek(SANDBOX_ACCOUNT.partnerID) === undefined) {
    state.accounts.upsert(SANDBOX_ACCOUNT)
  }
  state.clock.setVirtual(true)
  const { apikey, partnerID } = SANDBOX_ACCOUNT
  const params = { apikey, partnerID, shortcode: 'SANDBOX', message: 'Hello', mobile }
  const answer = sendSmsRules(
    state,
    timeToSend === undefined ? params : { ...params, timeToSend },
    { method: 'POST' },
  )
  const code = isRows(answer) ? answer.responses[0]?.['response-code'] : answer['response-code']
  if (code !== SUCCESS_CODE) {
    throw new ProviderStateError(
      `The sandbox account could not send message ${REPORTED_MESSAGE_ID}: the API answered ${code}.`,
    )
  }
  return { messageId: REPORTED_MESSAGE_ID, mobile }
}

async function reportedAfter(
  state: MockState,
  mobile: string,
  seconds: number,
): Promise<StateResult> {
  const sent = sendReported(state, mobile)
  await state.clock.advance(seconds * SECOND_MS)
  return sent
}

/**
 * The report states.
 * @example
 * REPORT_STATES[0].names // ['a message 100000001 was delivered']
 */
export const REPORT_STATES = [
  declareState({
    names: [MESSAGE_DELIVERED],
    description: `Message ${REPORTED_MESSAGE_ID} was sent to ${DELIVERED_NUMBER} and its report has come: DeliveredToTerminal.`,
    params: {},
    setup: (state) => reportedAfter(state, DELIVERED_NUMBER, DELIVERED_AFTER[1]),
  }),
  declareState({
    names: [MESSAGE_NEVER_REPORTED],
    description: `Message ${REPORTED_MESSAGE_ID} went to a number whose network never reports: it stays SentToNetwork.`,
    params: {},
    setup: (state) => reportedAfter(state, magic('SentToNetwork').msisdn, DELIVERED_AFTER[1]),
  }),
  declareState({
    names: [MESSAGE_TO_ABSENT_SUBSCRIBER],
    description: `Message ${REPORTED_MESSAGE_ID} went to an absent subscriber, reported a day later: AbsentSubscriber, a final failure.`,
    params: {},
    setup: (state) => {
      const absent = magic('AbsentSubscriber')
      return reportedAfter(state, absent.msisdn, absent.after?.[1] ?? 0)
    },
  }),
  declareState({
    names: [MESSAGE_WITH_NO_REPORT],
    description: `Message ${REPORTED_MESSAGE_ID} is scheduled for tomorrow, so no network has reported: getdlr answers "no report".`,
    params: {},
    setup: (state) => {
      // A day ahead of the stopped clock: until then no network has seen it.
      state.clock.setVirtual(true)
      const tomorrow = formatProviderTime(new Date(state.clock.nowMs() + DAY_MS))
      return sendReported(state, DELIVERED_NUMBER, tomorrow)
    },
  }),
]
