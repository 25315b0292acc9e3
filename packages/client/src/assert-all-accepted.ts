/**
 * @module
 * Turns a partial failure into an exception for callers who want all-or-error.
 */
import { PartialFailureError } from './errors/partial-failure-error.js'
import type { SendSmsResult } from './send-sms/types.js'

/**
 * Throws a `PartialFailureError` when any recipient was rejected; returns otherwise.
 * Accepted rows were still sent, so do not resend the whole batch. Decided from `results`,
 * as the error lists them, so a hand-built result whose lists disagree cannot slip through.
 * @example
 * const result = await client.sendSms({ to: numbers, message: 'Hi' })
 * assertAllAccepted(result) // throws if any row is not ok
 */
export function assertAllAccepted(result: SendSmsResult): void {
  if (result.results.some((row) => !row.ok)) {
    throw new PartialFailureError(result)
  }
}
