/**
 * @module
 * The inbox stays bounded with a million messages in the journal: a page builds at most
 * `limit` rows, a walk or a search looks at most at `SCAN_BUDGET` conversations or entries
 * and says so (`partial`, and where to go on from), and paging on from there makes
 * progress. Work is asserted by what was looked at, never by time.
 */
import { describe, expect, it } from 'vitest'
import { createMock, type Mock } from '../create-mock.js'
import type { JournalEntry } from '../state/journal.js'
import { SCAN_BUDGET, STATUS_BUDGET } from './conversations-page.js'

const MESSAGES = 1_000_000
const RECIPIENTS = 250_000
const START = '2030-01-01T06:00:00.000Z'

function fill(mock: Mock): void {
  const shared = {
    partnerID: '12345',
    shortcode: 'SANDBOX',
    networkId: 1,
    message: 'Your code is 4321',
    status: 'sent',
    sendAt: null,
    receivedAt: START,
    method: 'POST',
    parts: 1,
    endpoint: 'sendsms',
  } as const
  for (let i = 0; i < MESSAGES; i++) {
    const entry: JournalEntry = {
      ...shared,
      messageId: String(100_000_001 + i),
      mobile: String(254_700_000_000 + (i % RECIPIENTS)),
    }
    mock.journal.add(entry)
  }
}

async function page(mock: Mock, query: string) {
  const res = await mock.app.request(`/__mock/inbox/conversations?${query}`)
  expect(res.status).toBe(200)
  return (await res.json()) as {
    conversations: { recipient: string; cursor: number }[]
    next: number | null
    partial: boolean
    scanned: number
    held: number
  }
}

describe('the inbox over a million messages', () => {
  const mock = createMock({
    journalLimit: MESSAGES,
    journalBytes: 1024 * 1024 * 1024,
    clock: { virtual: true, start: START },
  })
  fill(mock)

  it('holds them all, one row per recipient', async () => {
    const first = await page(mock, 'limit=50')
    expect(first.held).toBe(MESSAGES)
    expect(first.conversations).toHaveLength(50)
    expect(first.scanned).toBe(51)
    expect(first.partial).toBe(false)
    expect(first.conversations[0]?.recipient).toBe(
      String(254_700_000_000 + ((MESSAGES - 1) % RECIPIENTS)),
    )
  })

  it('answers a search that matches nothing after its budget, partial', async () => {
    const none = await page(mock, 'q=no%20such%20text')
    expect(none).toMatchObject({
      conversations: [],
      partial: true,
      scanned: SCAN_BUDGET,
      next: null,
    })
  })

  it('answers a number search from the rows, within the budget', async () => {
    const found = await page(mock, 'q=0700249990&limit=10')
    expect(found.conversations.map((row) => row.recipient)).toEqual(['254700249990'])
    expect(found.scanned).toBeLessThanOrEqual(SCAN_BUDGET)
  })

  it('walks a status filter that matches nothing in budgeted steps that make progress', async () => {
    const first = await page(mock, 'status=Unknown')
    expect(first).toMatchObject({ conversations: [], partial: true, scanned: STATUS_BUDGET })
    expect(first.next).not.toBeNull()
    const second = await page(mock, `status=Unknown&before=${first.next}`)
    expect(second.scanned).toBeLessThanOrEqual(SCAN_BUDGET)
    expect(second.next === null || second.next < (first.next as number)).toBe(true)
  })

  it('keeps the index inside the journal budget', () => {
    expect(mock.journal.bytes).toBeLessThanOrEqual(1024 * 1024 * 1024)
    expect(mock.journal.size).toBe(MESSAGES)
  })
})
