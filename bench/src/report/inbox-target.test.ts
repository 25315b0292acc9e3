/**
 * @module
 * Judging the inbox target from its figures: the slower of the page and its first rows, at
 * the 99th percentile, under 100 ms; a journal that did not hold every message misses it.
 */
import { describe, expect, it } from 'vitest'
import type { InboxPageResult } from '../measure/inbox-page.js'
import { judgeInboxTarget } from './targets.js'

function inbox(pageP99: number, rowsP99: number, held = 10_000): InboxPageResult {
  return {
    messages: 10_000,
    requests: 200,
    held,
    page: { medianMs: 1, p99Ms: pageP99, bytes: 3000 },
    conversations: { medianMs: 1, p99Ms: rowsP99, bytes: 20_000 },
  }
}

describe('judgeInboxTarget', () => {
  it('passes under 100 ms, judging the slower request', () => {
    expect(judgeInboxTarget(inbox(4, 99.9))).toMatchObject({
      value: 99.9,
      limit: '< 100',
      pass: true,
    })
    expect(judgeInboxTarget(inbox(100, 5))).toMatchObject({ value: 100, pass: false })
  })

  it('misses when the journal held fewer messages than were sent', () => {
    expect(judgeInboxTarget(inbox(1, 1, 9_999)).pass).toBe(false)
  })

  it('names the target with the number of messages', () => {
    expect(judgeInboxTarget(inbox(1, 1)).name).toContain(
      'inbox page answers < 100 ms with 10000 messages',
    )
  })
})
