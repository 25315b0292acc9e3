/**
 * @module
 * The inbox's conversations follow the journal: one row per recipient it holds, newest
 * first, gone when the journal lets its last message go, and counted in its byte budget.
 */
import { describe, expect, it } from 'vitest'
import { createJournal, type JournalEntry } from '../state/journal.js'
import { createRecipientIndex, MAX_THREAD_IDS } from './recipient-index.js'

let nextId = 100_000_001

function entry(mobile: string, message = 'Hi'): JournalEntry {
  return {
    messageId: String(nextId++),
    partnerID: '12345',
    shortcode: 'SANDBOX',
    mobile,
    networkId: 1,
    message,
    status: 'sent',
    sendAt: null,
    receivedAt: '2030-01-01T06:00:00.000Z',
    method: 'POST',
    parts: 1,
    endpoint: 'sendsms',
  }
}

const recipients = (index: ReturnType<typeof createRecipientIndex>) =>
  [...index.rows()].map((row) => `${row.recipient}:${row.count}`)

describe('the recipient index', () => {
  it('keeps one row per recipient, the last one written to first', () => {
    const index = createRecipientIndex()
    const journal = createJournal({ watcher: index })
    journal.add(entry('254700000001'))
    journal.add(entry('254700000002'))
    journal.add(entry('254700000001'))
    expect(recipients(index)).toEqual(['254700000001:2', '254700000002:1'])
    journal.add(entry('254700000002'))
    expect(recipients(index)).toEqual(['254700000002:2', '254700000001:2'])
    expect(index.size).toBe(2)
  })

  it('orders rows by an activity that only increases, across indexes', () => {
    const a = createRecipientIndex()
    const b = createRecipientIndex()
    createJournal({ watcher: a }).add(entry('254700000001'))
    createJournal({ watcher: b }).add(entry('254700000002'))
    const [first] = a.rows()
    const [second] = b.rows()
    expect((second?.activity ?? 0) > (first?.activity ?? 0)).toBe(true)
  })

  it('counts down as the journal drops the oldest, and drops a row with its last message', () => {
    const index = createRecipientIndex()
    const journal = createJournal({ limit: 2, watcher: index })
    const first = entry('254700000001')
    journal.add(first)
    journal.add(entry('254700000001'))
    journal.add(entry('254700000002'))
    expect(recipients(index)).toEqual(['254700000002:1', '254700000001:1'])
    expect(index.get('254700000001')?.ids).not.toContain(Number(first.messageId))
    journal.add(entry('254700000002'))
    expect(recipients(index)).toEqual(['254700000002:2'])
    expect(index.get('254700000001')).toBeUndefined()
  })

  it('keeps the ids of the latest MAX_THREAD_IDS messages of a conversation', () => {
    const index = createRecipientIndex()
    const journal = createJournal({ watcher: index })
    const ids = Array.from({ length: MAX_THREAD_IDS + 5 }, () => {
      const e = entry('254700000001')
      journal.add(e)
      return Number(e.messageId)
    })
    const row = index.get('254700000001')
    expect(row?.count).toBe(MAX_THREAD_IDS + 5)
    expect(row?.ids).toEqual(ids.slice(5))
  })

  it('counts its memory in the journal budget, and gives it back', () => {
    const index = createRecipientIndex()
    const journal = createJournal({ watcher: index })
    const alone = createJournal()
    for (const mobile of ['254700000001', '254700000002', '254700000003']) {
      const e = entry(mobile)
      journal.add(e)
      alone.add(e)
    }
    expect(index.bytes).toBeGreaterThan(3 * 150)
    expect(journal.bytes).toBe(alone.bytes + index.bytes)
    journal.clear()
    expect([index.size, index.bytes, journal.bytes]).toEqual([0, 0, 0])
  })

  it('stays within a byte budget, the index included', () => {
    const index = createRecipientIndex()
    const maxBytes = 20_000
    const journal = createJournal({ maxBytes, watcher: index })
    for (let i = 0; i < 500; i++) journal.add(entry(`2547${String(i).padStart(8, '0')}`))
    expect(journal.bytes).toBeLessThanOrEqual(maxBytes)
    expect(journal.dropped).toBeGreaterThan(0)
    // Every recipient here has one message: a row per entry held, none for those let go.
    expect(index.size).toBe(journal.size)
  })

  it('reads a hashed recipient by its hash', () => {
    const index = createRecipientIndex()
    const journal = createJournal({ watcher: index })
    const { mobile: _mobile, ...rest } = entry('x')
    journal.add({ ...rest, hash: 'ab'.repeat(32) })
    expect(recipients(index)).toEqual([`${'ab'.repeat(32)}:1`])
  })
})
