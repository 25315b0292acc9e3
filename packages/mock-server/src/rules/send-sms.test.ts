/**
 * @module
 * Side effects of a send: credit charged per part and accepted number, all or nothing,
 * and journal entries (sent or scheduled).
 */
import { describe, expect, it } from 'vitest'
import { createMock } from '../create-mock.js'
import { codeOf, paramsWith, send } from '../test-support/requests.js'

const NOW = new Date('2030-01-01T09:00:00.000Z')

describe('credit', () => {
  it('charges parts x accepted numbers, not refused ones', async () => {
    const mock = createMock()
    const message = 'a'.repeat(200) // two GSM-7 parts
    await send(
      mock,
      'POST',
      paramsWith({ message, mobile: '0712345678,0733123456,07123,+255712345678' }),
    )
    expect(mock.accounts.get('12345')?.credit).toBe(10_000_000 - 4)
    expect(mock.journal.list().map((e) => e.parts)).toEqual([2, 2])
  })

  it('answers a 1004 row per number and leaves credit and journal unchanged when credit is short', async () => {
    const mock = createMock()
    mock.accounts.setCredit('12345', 3)
    const answer = await send(
      mock,
      'GET',
      paramsWith({ mobile: '0712345678,07123,0733123456', message: 'ж'.repeat(71) }),
    )
    const short = 'Low credit units to send message, Current balance 3.00, Required 4'
    expect(answer).toEqual({
      responses: [
        { 'response-code': 1004, 'response-description': short, mobile: '0712345678' },
        { 'response-code': 1003, 'response-description': 'Invalid mobile number', mobile: '07123' },
        { 'response-code': 1004, 'response-description': short, mobile: '0733123456' },
      ],
    })
    expect(mock.accounts.get('12345')?.credit).toBe(3)
    expect(mock.journal.size).toBe(0)
  })

  it('answers the top-level 1004 when the profile says so, changing nothing', async () => {
    const mock = createMock({ profile: { lowCredit: 'top-level' } })
    mock.accounts.setCredit('12345', 1)
    const answer = await send(mock, 'POST', paramsWith({ mobile: '0712345678,0733123456' }))
    expect(answer).toEqual({ 'response-code': 1004, 'response-description': 'Low bulk credits' })
    expect(mock.accounts.get('12345')?.credit).toBe(1)
    expect(mock.journal.size).toBe(0)
  })

  it('sends when credit exactly covers the cost', async () => {
    const mock = createMock()
    mock.accounts.setCredit('12345', 2)
    await send(mock, 'GET', paramsWith({ mobile: '0712345678,0733123456' }))
    expect(mock.accounts.get('12345')?.credit).toBe(0)
  })

  it('does not need credit for a request whose numbers are all refused', async () => {
    const mock = createMock()
    mock.accounts.setCredit('12345', 0)
    const answer = await send(mock, 'GET', paramsWith({ mobile: '07123' }))
    expect(answer.responses).toHaveLength(1)
  })
})

describe('journal entries', () => {
  it('records an accepted message as sent, with every field', async () => {
    const mock = createMock({ now: () => NOW })
    await send(mock, 'GET', paramsWith({ mobile: '+254 733 123 456' }))
    expect(mock.journal.list()).toEqual([
      {
        messageId: '100000001',
        partnerID: '12345',
        shortcode: 'SANDBOX',
        mobile: '254733123456',
        networkId: 2,
        message: 'Hello from the tests',
        status: 'sent',
        sendAt: null,
        receivedAt: '2030-01-01T09:00:00.000Z',
        method: 'GET',
        parts: 1,
        endpoint: 'sendsms',
      },
    ])
  })

  it('records a future timeToSend as scheduled with its time', async () => {
    const mock = createMock({ now: () => NOW })
    await send(mock, 'POST', paramsWith({ timeToSend: '2030-01-01 18:00' }))
    expect(mock.journal.list()[0]).toMatchObject({
      status: 'scheduled',
      sendAt: '2030-01-01T15:00:00.000Z',
      method: 'POST',
    })
  })

  it('records a past timeToSend as sent now', async () => {
    const mock = createMock({ now: () => NOW })
    await send(mock, 'POST', paramsWith({ timeToSend: 1567350000 }))
    expect(mock.journal.list()[0]).toMatchObject({ status: 'sent', sendAt: null })
  })

  it('records a timeToSend of exactly the time now as sent now', async () => {
    const mock = createMock({ now: () => NOW })
    await send(mock, 'POST', paramsWith({ timeToSend: NOW.toISOString() }))
    expect(mock.journal.list()[0]).toMatchObject({ status: 'sent', sendAt: null })
  })

  it('stamps each send with its own clock reading, across mocks with different clocks', async () => {
    let time = NOW.getTime()
    const moving = createMock({ now: () => new Date(time) })
    const fixed = createMock({ now: () => NOW })
    await send(moving, 'POST', paramsWith({}))
    await send(fixed, 'POST', paramsWith({}))
    time += 1
    await send(moving, 'POST', paramsWith({}))
    await send(fixed, 'POST', paramsWith({}))
    expect(moving.journal.list().map((e) => e.receivedAt)).toEqual([
      '2030-01-01T09:00:00.000Z',
      '2030-01-01T09:00:00.001Z',
    ])
    expect(fixed.journal.list().map((e) => e.receivedAt)).toEqual([
      '2030-01-01T09:00:00.000Z',
      '2030-01-01T09:00:00.000Z',
    ])
  })

  it('hands out increasing message ids across requests', async () => {
    const mock = createMock()
    await send(mock, 'GET', paramsWith({ mobile: '0712345678,0712345679' }))
    await send(mock, 'POST', paramsWith({}))
    expect(mock.journal.list().map((e) => e.messageId)).toEqual([
      '100000001',
      '100000002',
      '100000003',
    ])
  })

  it('reads a partnerID with spaces around it as the account it names', async () => {
    const mock = createMock()
    const answer = await send(mock, 'GET', paramsWith({ partnerID: ' 12345 ' }))
    expect(answer.responses).toHaveLength(1)
    expect(mock.journal.list()[0]?.partnerID).toBe('12345')
  })

  it('serves accounts given in the options, with their own shortcodes', async () => {
    const mock = createMock({
      accounts: [
        { partnerID: '777', apikey: 'acme-key', shortcodes: ['ACME', 'ACME2'], credit: 5 },
      ],
    })
    const ok = await send(mock, 'GET', {
      ...paramsWith({}),
      partnerID: '777',
      apikey: 'acme-key',
      shortcode: 'ACME2',
    })
    expect(ok.responses).toHaveLength(1)
    const sandbox = await send(mock, 'GET', paramsWith({}))
    expect(codeOf(sandbox)).toBe(1006)
  })
})
