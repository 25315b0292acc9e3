/**
 * @module
 * `smsMatchers`: assertions on what a mock sent, for `expect.extend` in vitest and Jest.
 * Each reads the mock's journal (or its request journal) and, when it fails, lists what
 * was sent instead, so a test needs no hand-written `expect.objectContaining`.
 */
import { mockOf } from './mock-of.js'
import { listReceived, type ReceivedFilter } from './request-count.js'
import { describeFilter, listSent, type SentFilter, sentMatcher } from './sent-filter.js'

/**
 * What a matcher answers, in the form vitest and Jest share.
 * @example
 * const result: SmsMatcherResult = { pass: true, message: () => 'sent' }
 */
export interface SmsMatcherResult {
  pass: boolean
  message: () => string
}

/**
 * The part of a runner's matcher context the matchers read.
 * @example
 * const context: SmsMatcherContext = { isNot: false }
 */
export interface SmsMatcherContext {
  isNot?: boolean
}

/**
 * The matchers' signatures as a runner's `expect(x)` shows them, `R` its return type; the
 * type augmentations (`@sendsms/mock-server/testing/vitest`, `/jest`) extend with it.
 * @example
 * declare module 'expect' {
 *   interface Matchers<R> extends SmsMatchers<R> {}
 * }
 */
export interface SmsMatchers<R = unknown> {
  /** At least one message matching the filter was sent (`not.`: none was). */
  toHaveSent(filter: SentFilter & { to: string }): R
  /** Exactly `times` messages (one per recipient) matching the filter were sent. */
  toHaveSentTimes(times: number, filter?: SentFilter): R
  /** Exactly `times` requests matching the filter were received (needs `mock.requests`). */
  toHaveReceivedRequests(times: number, filter?: ReceivedFilter): R
}

function checkTimes(times: unknown): number {
  if (typeof times !== 'number' || !Number.isSafeInteger(times) || times < 0) {
    throw new TypeError(`expected a whole number of times, got ${String(times)}`)
  }
  return times
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/**
 * The matchers: `expect.extend(smsMatchers)`. The received value is a `Mock` or a handle
 * holding one (`useMockServer()`, `startTestMock()`, an MSW sandbox).
 * @example
 * import { expect } from 'vitest'
 * import { smsMatchers } from '@sendsms/mock-server/testing'
 * expect.extend(smsMatchers)
 * expect(sms).toHaveSent({ to: '0712345678', message: /Your code is \d{4}/ })
 * expect(sms).toHaveSentTimes(1, { endpoint: 'sendotp' })
 * expect(sms).not.toHaveSent({ to: '0733123456' })
 */
export const smsMatchers = {
  toHaveSent(this: SmsMatcherContext, received: unknown, filter: SentFilter): SmsMatcherResult {
    if (typeof filter?.to !== 'string') {
      throw new TypeError('toHaveSent needs { to }: the number the message was sent to')
    }
    const sent = mockOf(received).journal.list()
    const matching = sent.filter(sentMatcher(filter))
    const wanted = describeFilter(filter)
    return {
      pass: matching.length > 0,
      message: () =>
        this.isNot
          ? `expected the mock not to have sent ${wanted}, but it sent${listSent(matching)}`
          : `expected the mock to have sent ${wanted}, but it sent${listSent(sent)}`,
    }
  },

  toHaveSentTimes(
    this: SmsMatcherContext,
    received: unknown,
    times: number,
    filter: SentFilter = {},
  ): SmsMatcherResult {
    const expected = checkTimes(times)
    const sent = mockOf(received).journal.list()
    const matching = sent.filter(sentMatcher(filter))
    const wanted = describeFilter(filter, plural(expected, 'message'))
    return {
      pass: matching.length === expected,
      message: () =>
        this.isNot
          ? `expected the mock not to have sent ${wanted}, but it did${listSent(matching)}`
          : `expected the mock to have sent ${wanted}, but it sent ${matching.length} such; all it sent was${listSent(sent)}`,
    }
  },

  toHaveReceivedRequests(
    this: SmsMatcherContext,
    received: unknown,
    times: number,
    filter: ReceivedFilter = {},
  ): SmsMatcherResult {
    const expected = checkTimes(times)
    const { requests } = mockOf(received)
    const count = requests.count(filter)
    const what = [plural(expected, 'request'), filter.endpoint && `to ${filter.endpoint}`]
      .filter(Boolean)
      .join(' ')
    // Only the requests the filter picked.
    const listed = () => (count > 0 ? listReceived(requests.list(filter)) : '')
    return {
      pass: count === expected,
      message: () =>
        this.isNot
          ? `expected the mock not to have received ${what}, but it did${listed()}`
          : `expected the mock to have received ${what}, but it received ${count}${listed()}`,
    }
  },
}
