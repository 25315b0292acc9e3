/**
 * @module
 * `journal.find`: the entry of a message id, found by halving over the ring, after it
 * grows, wraps and drops its oldest entries.
 */
import { describe, expect, it } from 'vitest'
import { createJournal, type JournalEntry } from './journal.js'

function entry(messageId: number): JournalEntry {
  return {
    messageId: String(messageId),
    partnerID: '12345',
    shortcode: 'SANDBOX',
    mobile: '254712345678',
    networkId: 1,
    message: 'hi',
    status: 'sent',
    sendAt: null,
    receivedAt: '2030-01-01T00:00:00.000Z',
    method: 'GET',
    parts: 1,
    endpoint: 'sendsms',
  }
}

describe('journal.find', () => {
  it('finds every entry held and nothing else, across growth and wrap-around', () => {
    const journal = createJournal({ limit: 1500 })
    for (let id = 1; id <= 4000; id++) journal.add(entry(id))
    for (const id of [2501, 2502, 3000, 3999, 4000]) {
      expect(journal.find(id)?.messageId).toBe(String(id))
      expect(journal.find(String(id))?.messageId).toBe(String(id))
    }
    for (const id of [0, 1, 2500, 4001, 1.5, Number.NaN]) expect(journal.find(id)).toBeUndefined()
  })

  it('gives back the entry as it was added', () => {
    const journal = createJournal({})
    journal.add(entry(7))
    expect(journal.find(7)).toEqual(entry(7))
  })

  it('finds nothing in an empty or cleared journal', () => {
    const journal = createJournal({})
    expect(journal.find(1)).toBeUndefined()
    journal.add(entry(1))
    journal.clear()
    expect(journal.find(1)).toBeUndefined()
  })
})
