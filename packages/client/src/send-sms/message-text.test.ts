import { SANDBOX } from '@sendsms/test-fixtures'
import { describe, expect, it } from 'vitest'
import { createClient } from '../create-client.js'
import { InvalidRequestError } from '../errors/request-errors.js'
import { clientFor, mockWith } from '../test-support/mock-client.js'

// Through the client and the mock's own part counting, so the result's figures are the
// ones the mock charges (both read wire's GSM 03.38 tables).
describe('sendSms and the text it sends', () => {
  it.each([
    ['plain GSM-7 text', 'Your code is 4321', 'GSM-7', 1],
    ['161 GSM-7 characters', 'a'.repeat(161), 'GSM-7', 2],
    ['one emoji in 70 units', `${'a'.repeat(68)}😀`, 'UCS-2', 1],
    ['one emoji in 71 units', `${'a'.repeat(69)}😀`, 'UCS-2', 2],
    ['extension characters, two septets each', '€'.repeat(81), 'GSM-7', 2],
  ])(
    'reports the encoding and parts of %s, as the mock charges them',
    async (_, message, encoding, parts) => {
      const mock = mockWith()
      const result = await clientFor(mock).sendSms({ to: '0712345678', message })
      expect(result).toMatchObject({ message, encoding, parts })
      expect(mock.journal.list().map((entry) => entry.parts)).toEqual([parts])
    },
  )

  it('sends the message as written under nonGsm: send', async () => {
    const mock = mockWith()
    const result = await clientFor(mock).sendSms({
      to: '0712345678',
      message: 'Bei ni “50”',
      nonGsm: 'send',
    })
    expect(result).toMatchObject({ message: 'Bei ni “50”', encoding: 'UCS-2', parts: 1 })
    expect(mock.journal.list()[0]?.message).toBe('Bei ni “50”')
  })

  it('sends the transliterated text under nonGsm: transliterate, and says so', async () => {
    const mock = mockWith()
    const result = await clientFor(mock).sendSms({
      to: '0712345678',
      message: `Bei ni “50” – asante${'.'.repeat(100)}`,
      nonGsm: 'transliterate',
    })
    const sent = `Bei ni "50" - asante${'.'.repeat(100)}`
    expect(result).toMatchObject({ message: sent, encoding: 'GSM-7', parts: 1 })
    expect(mock.journal.list()[0]?.message).toBe(sent)
  })

  it('refuses text outside GSM-7 under nonGsm: refuse, and sends nothing', async () => {
    const mock = mockWith()
    const error = await clientFor(mock)
      .sendSms({ to: '0712345678', message: 'Habari 😀', nonGsm: 'refuse' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidRequestError)
    expect(error).toMatchObject({ field: 'message', mayHaveBeenSent: false })
    expect((error as Error).message).toContain('U+1F600')
    expect(mock.journal.list()).toEqual([])
  })

  it('sends GSM-7 text under nonGsm: refuse', async () => {
    const mock = mockWith()
    const result = await clientFor(mock).sendSms({
      to: '0712345678',
      message: 'Habari',
      nonGsm: 'refuse',
    })
    expect(result).toMatchObject({ message: 'Habari', encoding: 'GSM-7', allAccepted: true })
  })

  it.each([['bogus'], [null], [1]])('refuses a nonGsm of %j before sending', async (policy) => {
    const mock = mockWith()
    const error = await clientFor(mock)
      .sendSms({ to: '0712345678', message: 'Hi', nonGsm: policy as 'send' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidRequestError)
    expect(error).toMatchObject({ field: 'request' })
    expect(mock.journal.list()).toEqual([])
  })

  it('refuses a message that transliterates to nothing', async () => {
    const mock = mockWith()
    const error = await clientFor(mock)
      .sendSms({ to: '0712345678', message: '\u200b\u00ad', nonGsm: 'transliterate' })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ field: 'message', message: 'message must not be empty' })
    expect(mock.journal.list()).toEqual([])
  })

  it('carries the text figures in the result of an incomplete send', async () => {
    const mock = mockWith()
    const numbers = Array.from({ length: 1001 }, (_, i) => `2547${String(i).padStart(8, '0')}`)
    let calls = 0
    const client = createClient({
      ...SANDBOX,
      baseUrl: 'http://mock.test',
      env: false,
      fetch: (input, init) => {
        calls++
        if (calls === 2) throw new TypeError('fetch failed')
        return mock.app.fetch(new Request(input, init))
      },
    })
    const error = await client
      .sendSms({ to: numbers, message: 'Hi', concurrency: 1 })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({
      result: { message: 'Hi', encoding: 'GSM-7', parts: 1, batches: 2 },
    })
  })
})
