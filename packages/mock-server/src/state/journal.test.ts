/**
 * @module
 * The journal keeps the newest entries up to its limit and filters by number and partner.
 */
import { describe, expect, it } from 'vitest'
import { createJournal, type JournalEntry } from './journal.js'

function entry(messageId: number, mobile = '254712345678', partnerID = '12345'): JournalEntry {
  return {
    messageId,
    partnerID,
    shortcode: 'SANDBOX',
    mobile,
    networkId: 1,
    message: 'hi',
    status: 'sent',
    sendAt: null,
    receivedAt: '2030-01-01T00:00:00.000Z',
    method: 'GET',
    parts: 1,
  }
}

describe('journal', () => {
  it('drops the oldest entries past its limit, keeping order', () => {
    const journal = createJournal(3)
    for (let id = 1; id <= 7; id++) journal.add(entry(id))
    expect(journal.size).toBe(3)
    expect(journal.list().map((e) => e.messageId)).toEqual([5, 6, 7])
  })

  it('keeps nothing with a limit of 0', () => {
    const journal = createJournal(0)
    journal.add(entry(1))
    expect(journal.size).toBe(0)
  })

  it('stays bounded over a million entries', () => {
    const journal = createJournal(100)
    for (let id = 1; id <= 1_000_000; id++) journal.add(entry(id))
    expect(journal.size).toBe(100)
    expect(journal.list()[0]?.messageId).toBe(999_901)
  })

  it('filters by mobile in any Kenyan form and by partnerID', () => {
    const journal = createJournal(10)
    journal.add(entry(1, '254712345678', '1'))
    journal.add(entry(2, '254733123456', '1'))
    journal.add(entry(3, '254712345678', '2'))
    expect(journal.list({ mobile: '0712345678' }).map((e) => e.messageId)).toEqual([1, 3])
    expect(journal.list({ partnerID: '1' }).map((e) => e.messageId)).toEqual([1, 2])
    expect(
      journal.list({ mobile: '+254712345678', partnerID: '2' }).map((e) => e.messageId),
    ).toEqual([3])
  })

  it('clears and reports how many entries it held', () => {
    const journal = createJournal(10)
    journal.add(entry(1))
    journal.add(entry(2))
    expect(journal.clear()).toBe(2)
    expect(journal.list()).toEqual([])
    journal.add(entry(3))
    expect(journal.list().map((e) => e.messageId)).toEqual([3])
  })

  it('keeps order while it grows past its first room and after it wraps', () => {
    const journal = createJournal(5000)
    for (let id = 1; id <= 3000; id++) journal.add(entry(id))
    expect(journal.list().map((e) => e.messageId)).toEqual(range(1, 3000))
    for (let id = 3001; id <= 7500; id++) journal.add(entry(id))
    expect(journal.size).toBe(5000)
    expect(journal.list().map((e) => e.messageId)).toEqual(range(2501, 7500))
  })

  it('gives back every entry as added: fields, key order, and mobiles that are not digits', () => {
    const journal = createJournal(10)
    const added = [
      entry(1),
      { ...entry(2, '+254 712 345 678'), message: 'other', parts: 3, status: 'scheduled' as const },
      entry(3, '0712345678'),
      {
        ...entry(4, '999999999999999'),
        sendAt: '2030-01-02T00:00:00.000Z',
        method: 'POST' as const,
      },
      entry(5, ''),
    ]
    for (const e of added) journal.add(e)
    expect(JSON.stringify(journal.list())).toBe(JSON.stringify(added))
    // A digits-only mobile overwriting a text one in the same slot reads back as digits.
    const small = createJournal(1)
    small.add(entry(1, 'not a number'))
    small.add(entry(2, '254733123456'))
    expect(small.list()).toEqual([entry(2, '254733123456')])
  })

  it('hands out separate objects, so changing one entry changes no other', () => {
    const journal = createJournal(10)
    journal.add(entry(1))
    journal.add(entry(2))
    const [first] = journal.list()
    if (first) first.message = 'changed'
    expect(journal.list().map((e) => e.message)).toEqual(['hi', 'hi'])
  })

  it('refuses a negative limit', () => {
    expect(() => createJournal(-1)).toThrow(/journalLimit/)
  })
})

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
}
