/**
 * @module
 * The journal keeps the newest entries up to its limit and filters by number and partner.
 */
import { describe, expect, it } from 'vitest'
import { createJournal, type JournalEntry } from './journal.js'

function entry(messageId: number, mobile = '254712345678', partnerID = '12345'): JournalEntry {
  return {
    messageId: String(messageId),
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
    endpoint: 'sendsms',
  }
}

describe('journal', () => {
  it('drops the oldest entries past its limit, keeping order', () => {
    const journal = createJournal({ limit: 3 })
    for (let id = 1; id <= 7; id++) journal.add(entry(id))
    expect(journal.size).toBe(3)
    expect(journal.list().map((e) => e.messageId)).toEqual(['5', '6', '7'])
  })

  it('keeps nothing with a limit of 0', () => {
    const journal = createJournal({ limit: 0 })
    journal.add(entry(1))
    expect(journal.size).toBe(0)
  })

  it('stays bounded over a million entries', () => {
    const journal = createJournal({ limit: 100 })
    for (let id = 1; id <= 1_000_000; id++) journal.add(entry(id))
    expect(journal.size).toBe(100)
    expect(journal.list()[0]?.messageId).toBe('999901')
  })

  it('filters by mobile in any Kenyan form and by partnerID', () => {
    const journal = createJournal({ limit: 10 })
    journal.add(entry(1, '254712345678', '1'))
    journal.add(entry(2, '254733123456', '1'))
    journal.add(entry(3, '254712345678', '2'))
    expect(journal.list({ mobile: '0712345678' }).map((e) => e.messageId)).toEqual(['1', '3'])
    expect(journal.list({ partnerID: '1' }).map((e) => e.messageId)).toEqual(['1', '2'])
    expect(
      journal.list({ mobile: '+254712345678', partnerID: '2' }).map((e) => e.messageId),
    ).toEqual(['3'])
  })

  it('clears and reports how many entries it held', () => {
    const journal = createJournal({ limit: 10 })
    journal.add(entry(1))
    journal.add(entry(2))
    expect(journal.clear()).toBe(2)
    expect(journal.list()).toEqual([])
    journal.add(entry(3))
    expect(journal.list().map((e) => e.messageId)).toEqual(['3'])
  })

  it('keeps order while it grows past its first room and after it wraps', () => {
    const journal = createJournal({ limit: 5000 })
    for (let id = 1; id <= 3000; id++) journal.add(entry(id))
    expect(journal.list().map((e) => e.messageId)).toEqual(range(1, 3000))
    for (let id = 3001; id <= 7500; id++) journal.add(entry(id))
    expect(journal.size).toBe(5000)
    expect(journal.list().map((e) => e.messageId)).toEqual(range(2501, 7500))
  })

  it('gives back every entry as added: fields, key order, and mobiles that are not digits', () => {
    const journal = createJournal({ limit: 10 })
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
    const small = createJournal({ limit: 1 })
    small.add(entry(1, 'not a number'))
    small.add(entry(2, '254733123456'))
    expect(small.list()).toEqual([entry(2, '254733123456')])
  })

  it('gives back the endpoint, a hash instead of a number, and a clientsmsid, keys in order', () => {
    const journal = createJournal({ limit: 10 })
    const { mobile: _mobile, ...numberless } = entry(2)
    // A hashed entry has its hash where another has its number.
    const { messageId, partnerID, shortcode, ...rest } = numberless
    const hashed = { messageId, partnerID, shortcode, hash: 'a'.repeat(64), ...rest }
    const added: JournalEntry[] = [
      { ...entry(1), endpoint: 'sendbulk', clientsmsid: 7 },
      { ...hashed, endpoint: 'sendotp' },
      { ...entry(3), endpoint: 'sendbulk', clientsmsid: 'A-3' },
      { ...entry(4, 'not digits'), endpoint: 'sendotp' },
    ]
    const order = (e: JournalEntry) => Object.keys(e)
    for (const e of added) journal.add(e)
    expect(journal.list()).toEqual(added)
    expect(journal.list().map(order)).toEqual(added.map(order))
    expect(journal.list()[1]).not.toHaveProperty('mobile')
    // Growing past the first room moves every column, the new ones too.
    const growing = createJournal({ limit: 5000 })
    for (let id = 1; id <= 1500; id++)
      growing.add({ ...numberless, messageId: String(id), hash: `${id}`, clientsmsid: id })
    expect(growing.list().at(-1)).toMatchObject({
      messageId: '1500',
      hash: '1500',
      clientsmsid: 1500,
    })
    expect(growing.list()[0]).toMatchObject({ messageId: '1', hash: '1', clientsmsid: 1 })
  })

  it('hands out separate objects, so changing one entry changes no other', () => {
    const journal = createJournal({ limit: 10 })
    journal.add(entry(1))
    journal.add(entry(2))
    const [first] = journal.list()
    if (first) first.message = 'changed'
    expect(journal.list().map((e) => e.message)).toEqual(['hi', 'hi'])
  })

  it('refuses a negative or fractional limit', () => {
    expect(() => createJournal({ limit: -1 })).toThrow(/journalLimit/)
    expect(() => createJournal({ maxBytes: 1.5 })).toThrow(/journalBytes/)
  })

  it('counts the entries it drops to stay within its limit', () => {
    const journal = createJournal({ limit: 3 })
    for (let id = 1; id <= 7; id++) journal.add(entry(id))
    expect(journal.dropped).toBe(4)
    journal.clear()
    expect(journal.dropped).toBe(0)
  })
})

describe('journal bytes', () => {
  const long = (messageId: number, length: number, receivedAt = `t${messageId}`): JournalEntry => ({
    ...entry(messageId),
    message: 'x'.repeat(length),
    receivedAt,
  })

  it('stays within its byte budget however long the messages, dropping the oldest', () => {
    const maxBytes = 10 * 1024 * 1024
    const journal = createJournal({ limit: 10_000, maxBytes })
    // The hostile input: the same 900 KB message sent to one number again and again.
    for (let id = 1; id <= 200; id++) journal.add(long(id, 900_000))
    expect(journal.bytes).toBeLessThanOrEqual(maxBytes)
    expect(journal.bytes).toBeGreaterThan(maxBytes / 2)
    expect(journal.size).toBeLessThan(200)
    expect(journal.dropped).toBe(200 - journal.size)
    expect(journal.list().at(-1)?.messageId).toBe('200')
    expect(journal.list().map((e) => e.messageId)).toEqual(range(201 - journal.size, 200))
  })

  it('counts a message once for all the numbers of its request', () => {
    const journal = createJournal({ limit: 10_000 })
    for (let id = 1; id <= 1000; id++) journal.add(long(id, 100_000, 'one request'))
    expect(journal.bytes).toBeGreaterThan(200_000)
    expect(journal.bytes).toBeLessThan(300_000)
  })

  it('frees a message when the last of its entries goes', () => {
    const journal = createJournal({ limit: 2 })
    journal.add(long(1, 100_000, 'a'))
    journal.add(long(2, 100_000, 'a'))
    const both = journal.bytes
    journal.add(long(3, 10, 'b'))
    expect(journal.bytes).toBeGreaterThan(100_000)
    journal.add(long(4, 10, 'b'))
    expect(journal.bytes).toBeLessThan(both / 10)
  })

  it('does not keep an entry that alone is over the budget', () => {
    const journal = createJournal({ maxBytes: 1000 })
    journal.add(entry(1))
    journal.add(long(2, 5000))
    expect(journal.size).toBe(0)
    expect(journal.dropped).toBe(2)
    expect(journal.bytes).toBe(0)
  })

  it('keeps order when it grows after dropping by bytes', () => {
    const journal = createJournal({ limit: 4000, maxBytes: 2000 * 300 })
    for (let id = 1; id <= 3000; id++) journal.add(long(id, 50))
    const size = journal.size
    expect(size).toBeLessThan(3000)
    expect(journal.list().map((e) => e.messageId)).toEqual(range(3001 - size, 3000))
    expect(journal.bytes).toBeLessThanOrEqual(2000 * 300)
  })

  it('counts a hash and a clientsmsid, and frees them with their entry', () => {
    const journal = createJournal({ limit: 1 })
    journal.add(entry(1))
    const plain = journal.bytes
    const { mobile: _mobile, ...numberless } = entry(2)
    journal.add({ ...numberless, hash: 'f'.repeat(64), clientsmsid: 'x'.repeat(100) })
    // A number and no extras, against a 64-character hash and a 100-character id.
    expect(journal.bytes - plain).toBeGreaterThanOrEqual(2 * (64 + 100))
    journal.add({ ...entry(3), clientsmsid: 5 })
    const numbered = journal.bytes
    expect(numbered).toBeGreaterThan(plain)
    journal.add(entry(4))
    expect(journal.bytes).toBe(plain)
  })

  it('keeps sendbulk items apart that differ only in their endpoint or message', () => {
    const journal = createJournal({ limit: 10 })
    journal.add({ ...entry(1), endpoint: 'sendsms' })
    journal.add({ ...entry(2), endpoint: 'sendotp' })
    expect(journal.list().map((e) => e.endpoint)).toEqual(['sendsms', 'sendotp'])
  })

  it('goes back to nothing when cleared', () => {
    const journal = createJournal({})
    journal.add(long(1, 1000))
    journal.clear()
    expect([journal.size, journal.bytes, journal.dropped]).toEqual([0, 0, 0])
  })
})

describe('entries', () => {
  it('starts after a message id, filters, and starts over when the id is gone', () => {
    const journal = createJournal({ limit: 10 })
    for (let id = 1; id <= 5; id++) journal.add(entry(id, id % 2 ? '254712345678' : '254733123456'))
    const ids = (it: Iterable<JournalEntry>) => [...it].map((e) => e.messageId)
    expect(ids(journal.entries({}, 2))).toEqual(['3', '4', '5'])
    expect(ids(journal.entries({}, '2'))).toEqual(['3', '4', '5'])
    expect(ids(journal.entries({ mobile: '0712345678' }, 1))).toEqual(['3', '5'])
    expect(ids(journal.entries({}, 99))).toEqual(['1', '2', '3', '4', '5'])
    expect(ids(journal.entries())).toEqual(['1', '2', '3', '4', '5'])
  })
})

/** Message ids `from` to `to`, as the journal gives them: digits. */
function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i))
}

describe('message ids', () => {
  it('are the digits the client returns, stored packed, past 2^32 too', () => {
    const journal = createJournal({ limit: 10 })
    for (const id of ['100000001', '4294967297', '9007199254740991'])
      journal.add({ ...entry(1), messageId: id })
    expect(journal.list().map((e) => e.messageId)).toEqual([
      '100000001',
      '4294967297',
      '9007199254740991',
    ])
    expect(typeof journal.find('4294967297')?.messageId).toBe('string')
  })

  it.each<[string, string | number, string | undefined]>([
    ['a string', '100000002', '100000002'],
    ['a number', 100000002, '100000002'],
    ['digits with blanks', ' 100000002 ', '100000002'],
    ['an id never sent', '100000009', undefined],
    ['words', 'abc', undefined],
    ['an empty string', '', undefined],
    ['a negative number', -100000002, undefined],
    ['a fraction', 100000001.5, undefined],
    ['digits past the safe integers', '99999999999999999', undefined],
  ])('are looked up by %s', (_name, id, found) => {
    const journal = createJournal({ limit: 10 })
    for (let n = 100000001; n <= 100000003; n++) journal.add(entry(n))
    expect(journal.find(id)?.messageId).toBe(found)
  })

  it.each<[string, unknown]>([
    ['a number', 100000001],
    ['words', 'abc'],
    ['a negative id', '-1'],
    ['an empty id', ''],
  ])('refuses an entry added with %s as its id', (_name, messageId) => {
    const journal = createJournal({ limit: 10 })
    expect(() => journal.add({ ...entry(1), messageId } as JournalEntry)).toThrow(TypeError)
    expect(journal.size).toBe(0)
  })
})
