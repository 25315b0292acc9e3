/**
 * @module
 * Delivery callbacks: when the report of a message of an account with a callback URL
 * arrives (its final status), the mock POSTs it there, and retries a failed attempt (not
 * a 2xx, no connection, a timeout) with exponential backoff on the mock's clock, a bounded
 * number of times. Work is set only for accounts with a callback URL, as a timer on the
 * clock at the report's time; a send to any other account costs one map lookup. Reports
 * waiting and attempts recorded are bounded in entries and bytes, drops counted. A reset
 * or close cancels everything pending and aborts attempts under way.
 */
import type { DeliveryStatus } from '@sendsms/wire'
import type { AccountStore } from '../state/accounts.js'
import type { ClockDriver } from '../state/clock.js'
import { outcomeOf, sentAtOf } from '../state/deliveries.js'
import type { JournalEntry } from '../state/journal.js'
import { type CallbackAttempt, CallbackAttemptRecord } from './callback-attempts.js'
import { callbackBody } from './callback-body.js'
import { type CallbackOptions, callbackSettings } from './callback-options.js'
import { postCallback } from './post-callback.js'

/**
 * The delivery callbacks as tests read them (`mock.callbacks`).
 * @example
 * await mock.clock.advance('20s')
 * mock.callbacks.attempts({ messageId: 100000001 }) // [{ attempt: 1, status: 200, … }]
 */
export interface CallbackLog {
  /** Attempts made, oldest first; those of one message when `messageId` is given. */
  attempts(filter?: { messageId?: number }): CallbackAttempt[]
  /** Reports waiting for their time or for a retry. */
  readonly pending: number
  /**
   * What was let go to stay within the bounds: `reports` never posted because too many
   * were waiting, `attempts` dropped from the record (the oldest first).
   */
  readonly dropped: { reports: number; attempts: number }
  /** Forgets the recorded attempts (not the pending reports); returns how many there were. */
  clear(): number
}

/**
 * The delivery callbacks with what the mock itself calls.
 * @example
 * const callbacks = createCallbackQueue(clock, accounts, {})
 * callbacks.accepted(entry) // sets its report's attempt when the account has a callback URL
 */
export interface CallbackQueue extends CallbackLog {
  /** A message was accepted (journaled): sets its report's callback when there is a URL. */
  accepted(entry: JournalEntry): void
  /**
   * Cancels every pending report and aborts attempts under way; forgets attempts and
   * drops. (The reports' timers are the clock's: its reset or close drops them.)
   */
  reset(): void
  /** As `reset`, for good: no report is set after it. */
  close(): void
}

interface PendingReport {
  readonly messageId: number
  readonly partnerID: string
  readonly description: DeliveryStatus
  readonly sentAt: number
  readonly reportAt: number
  readonly bytes: number
  readonly epoch: number
  attempts: number
}

// Attempts posting at once; more wait their turn, so an advance past ten thousand reports
// does not open ten thousand sockets.
const MAX_IN_FLIGHT = 16
// A pending report's object and its fields, besides its partnerID's characters.
const PENDING_BYTES = 120

/**
 * Creates the callbacks of one mock, driven by its clock, reading callback URLs from its
 * accounts at the time of each attempt; `attempted` is told of each attempt once recorded
 * (the inbox's events).
 * @example
 * const callbacks = createCallbackQueue(clock, accounts, { attempts: 3 })
 */
export function createCallbackQueue(
  clock: ClockDriver,
  accounts: Pick<AccountStore, 'peek'>,
  options: CallbackOptions = {},
  attempted?: (attempt: CallbackAttempt) => void,
): CallbackQueue {
  const settings = callbackSettings(options)
  const record = new CallbackAttemptRecord(settings.maxRecorded, settings.maxRecordedBytes)
  const underWay = new Set<AbortController>()
  const waiting: (() => void)[] = []
  let inFlight = 0
  let pending = 0
  let pendingBytes = 0
  let droppedReports = 0
  let epoch = 0
  let closed = false

  const acquire = (): Promise<void> | undefined => {
    if (inFlight < MAX_IN_FLIGHT) {
      inFlight += 1
      return undefined
    }
    return new Promise((resolve) => waiting.push(resolve))
  }
  // A slot freed goes to the next waiting attempt, or back to the pool.
  const releaseSlot = (): void => {
    const next = waiting.shift()
    if (next) next()
    else inFlight -= 1
  }
  const done = (report: PendingReport): void => {
    if (report.epoch !== epoch) return
    pending -= 1
    pendingBytes -= report.bytes
  }

  const attempt = async (report: PendingReport): Promise<void> => {
    if (report.epoch !== epoch) return
    await acquire()
    try {
      if (report.epoch !== epoch) return
      // The URL as configured now: a report goes where the account says when it arrives.
      const url = accounts.peek(report.partnerID)?.callbackUrl
      if (url === undefined) return done(report)
      report.attempts += 1
      const at = clock.nowMs()
      const body = callbackBody(
        report.messageId,
        report.description,
        report.sentAt,
        report.reportAt,
      )
      const controller = new AbortController()
      underWay.add(controller)
      const result = await postCallback(url, body, settings.timeout, controller).finally(() =>
        underWay.delete(controller),
      )
      if (report.epoch !== epoch) return
      const delivered = result.status !== null && result.status >= 200 && result.status < 300
      const retryAt =
        delivered || report.attempts >= settings.attempts
          ? undefined
          : at + settings.backoff * 2 ** (report.attempts - 1)
      const made: CallbackAttempt = {
        messageId: report.messageId,
        partnerID: report.partnerID,
        attempt: report.attempts,
        at: new Date(at).toISOString(),
        ...result,
        result: delivered ? 'delivered' : retryAt === undefined ? 'failed' : 'retrying',
        retryAt: retryAt === undefined ? null : new Date(retryAt).toISOString(),
        body,
      }
      record.add(made)
      attempted?.(made)
      if (retryAt === undefined) done(report)
      else clock.setTimer(retryAt, () => attempt(report))
    } finally {
      releaseSlot()
    }
  }

  const cancel = (): void => {
    epoch += 1
    pending = 0
    pendingBytes = 0
    droppedReports = 0
    for (const controller of underWay) controller.abort()
    underWay.clear()
    record.clear()
  }

  return {
    accepted: (entry) => {
      if (closed) return
      if (accounts.peek(entry.partnerID)?.callbackUrl === undefined) return
      const outcome = outcomeOf(entry)
      // A message that stays SentToNetwork never has a report to post.
      if (outcome === undefined) return
      const bytes = PENDING_BYTES + 2 * entry.partnerID.length
      if (pending >= settings.maxPending || pendingBytes + bytes > settings.maxPendingBytes) {
        droppedReports += 1
        return
      }
      const sentAt = sentAtOf(entry)
      // An entry added by hand with a time that is not one has no report to wait for.
      if (!Number.isFinite(sentAt)) return
      const report: PendingReport = {
        messageId: Number(entry.messageId),
        partnerID: entry.partnerID,
        description: outcome.description,
        sentAt,
        reportAt: sentAt + outcome.afterSeconds * 1000,
        bytes,
        epoch,
        attempts: 0,
      }
      pending += 1
      pendingBytes += bytes
      clock.setTimer(report.reportAt, () => attempt(report))
    },
    attempts: (filter) => record.list(filter),
    get pending() {
      return pending
    },
    get dropped() {
      return { reports: droppedReports, attempts: record.dropped }
    },
    clear: () => record.clear(),
    reset: cancel,
    close: () => {
      closed = true
      cancel()
    },
  }
}
