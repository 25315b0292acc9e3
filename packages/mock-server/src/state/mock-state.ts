/**
 * @module
 * Everything one mock instance holds, passed to the routes. Kept in one object so
 * `reset()` can return all of it to the start state at once.
 */
import type { RequestLogEntry } from '../log/request-log-entry.js'
import type { MockQuirks } from '../provider/quirks.js'
import type { AccountStore } from './accounts.js'
import type { FaultQueue } from './faults.js'
import type { Journal } from './journal.js'

/** First message id handed out, as in the spec's examples. */
export const FIRST_MESSAGE_ID = 100_000_001

/** The live state of one mock. */
export interface MockState {
  accounts: AccountStore
  journal: Journal
  faults: FaultQueue
  quirks: MockQuirks
  now: () => Date
  log: ((entry: RequestLogEntry) => void) | undefined
  /** The next message id; increases by one per accepted recipient. */
  nextMessageId: number
}
