/**
 * @module
 * Everything one mock instance holds, passed to the routes. Kept in one object so
 * `reset()` can return all of it to the start state at once.
 */

import type { CallbackQueue } from '../callbacks/callback-queue.js'
import type { RequestLogEntry } from '../log/request-log-entry.js'
import type { ActiveProfile } from '../provider/profiles/active-profile.js'
import type { NoReportCode } from '../rules/get-dlr.js'
import type { AccountStore } from './accounts.js'
import type { ClockDriver } from './clock.js'
import type { FaultQueue } from './faults.js'
import type { Journal } from './journal.js'
import type { RequestRecorder } from './request-journal.js'

/** First message id handed out, as in the spec's examples. */
export const FIRST_MESSAGE_ID = 100_000_001

/** The live state of one mock. */
export interface MockState {
  accounts: AccountStore
  journal: Journal
  faults: FaultQueue
  /** The answer profile in force; `PUT /__mock/profile` replaces it, `reset()` restores the start one. */
  profile: ActiveProfile
  now: () => Date
  log: ((entry: RequestLogEntry) => void) | undefined
  /** The next message id; increases by one per accepted recipient. */
  nextMessageId: number
  /** The mock's clock (`now` reads it), real or virtual, and the timers set on it. */
  clock: ClockDriver
  /** Delivery callbacks: reports waiting to be posted, and the attempts made. */
  callbacks: CallbackQueue
  /** What getdlr answers when there is no report: 1009 "No dlr" or 1008. */
  noReportCode: NoReportCode
  /** Every request to a provider endpoint, refused or not (`mock.requests`). */
  requests: RequestRecorder
}
