/**
 * @module
 * The request journal's flags: `--request-journal-limit` and `--request-journal-bytes`
 * reach the mock's options, bad values are usage errors, and the help lists them.
 */
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_REQUEST_JOURNAL_BYTES,
  DEFAULT_REQUEST_JOURNAL_LIMIT,
} from '../state/request-journal.js'
import { MockUsageError } from './mock-usage-error.js'
import { parseMockArgs } from './parse-mock-args.js'
import { mockCliUsage } from './usage.js'

describe('request journal flags', () => {
  it('pass the limit and the bytes, in either form', () => {
    const { options } = parseMockArgs(
      ['--request-journal-limit', '5', '--request-journal-bytes=4096'],
      {},
    )
    expect(options.requestJournalLimit).toBe(5)
    expect(options.requestJournalBytes).toBe(4096)
    expect(parseMockArgs([], {}).options).not.toHaveProperty('requestJournalLimit')
  })

  it.each([
    [['--request-journal-limit', '-1'], /--request-journal-limit must be a whole number/],
    [['--request-journal-bytes', 'lots'], /--request-journal-bytes must be a whole number/],
    [['--request-journal-limit'], /--request-journal-limit needs a value/],
  ])('refuse %o', (argv, message) => {
    expect(() => parseMockArgs(argv, {})).toThrow(MockUsageError)
    expect(() => parseMockArgs(argv, {})).toThrow(message)
  })

  it('are in the help, with their defaults', () => {
    const usage = mockCliUsage()
    expect(usage).toContain(`--request-journal-limit N`)
    expect(usage).toContain(`Default: ${DEFAULT_REQUEST_JOURNAL_LIMIT}`)
    expect(usage).toContain(`--request-journal-bytes N`)
    expect(usage).toContain(`Default: ${DEFAULT_REQUEST_JOURNAL_BYTES}`)
  })
})
