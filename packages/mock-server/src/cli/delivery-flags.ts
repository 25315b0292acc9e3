/**
 * @module
 * The command-line flags of delivery reports: `--virtual-clock [ISO]`,
 * `--no-report-code 1008|1009` and `--callback-url URL` (for the sandbox account).
 */
import { checkNoReportCode, type NoReportCode } from '../rules/get-dlr.js'
import { checkAccount, type MockAccount, SANDBOX_ACCOUNT } from '../state/accounts.js'
import { type ClockOptions, readClockTime } from '../state/clock.js'
import { MockUsageError } from './mock-usage-error.js'

/**
 * `--virtual-clock` (stopped at the start time) or `--virtual-clock ISO` (stopped there).
 * @example
 * virtualClockFlag('2030-01-01T09:00:00Z') // { virtual: true, start: '2030-01-01T09:00:00Z' }
 * virtualClockFlag(undefined) // { virtual: true }
 */
export function virtualClockFlag(value: string | undefined): ClockOptions {
  if (value === undefined) return { virtual: true }
  if (readClockTime(value) === undefined) {
    throw new MockUsageError(
      `--virtual-clock takes a time such as 2030-01-01T09:00:00Z or "2030-01-01 12:00", got "${value}"`,
    )
  }
  return { virtual: true, start: value }
}

/**
 * `--no-report-code`: what getdlr answers for a message with no report.
 * @example
 * noReportCodeFlag('1008') // 1008
 */
export function noReportCodeFlag(value: string): NoReportCode {
  try {
    return checkNoReportCode(Number(value))
  } catch {
    throw new MockUsageError(`--no-report-code must be 1008 or 1009, got "${value}"`)
  }
}

/**
 * The accounts with `--callback-url` set on the sandbox's partnerID (the sandbox, or the
 * account that replaced it).
 * @example
 * withSandboxCallback(accounts, 'http://127.0.0.1:8080/dlr')
 */
export function withSandboxCallback(accounts: MockAccount[], url: string): MockAccount[] {
  return accounts.map((account) => {
    if (account.partnerID !== SANDBOX_ACCOUNT.partnerID) return account
    try {
      return checkAccount({ ...account, callbackUrl: url })
    } catch {
      throw new MockUsageError(`--callback-url must be an http or https URL, got "${url}"`)
    }
  })
}
