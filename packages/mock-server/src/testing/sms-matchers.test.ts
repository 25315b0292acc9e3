import { describe, expect, it } from 'vitest'
import { createMock, type Mock } from '../create-mock.js'
import { SANDBOX_ACCOUNT } from '../state/accounts.js'
import { smsMatchers } from './sms-matchers.js'

expect.extend(smsMatchers)

async function send(mock: Mock, path: string, fields: Record<string, string>) {
  const body = {
    apikey: SANDBOX_ACCOUNT.apikey,
    partnerID: '12345',
    shortcode: 'SANDBOX',
    ...fields,
  }
  const res = await mock.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(res.status).toBe(200)
}

async function sentMock(): Promise<Mock> {
  const mock = createMock()
  await send(mock, '/api/services/sendsms', {
    mobile: '0712345678,0733123456',
    message: 'Hello there',
  })
  await send(mock, '/api/services/sendotp', {
    mobile: '254712345678',
    message: 'Your code is 4321',
  })
  return mock
}

function failure(run: () => void): string {
  try {
    run()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('the assertion passed')
}

describe('toHaveSent', () => {
  it.each([
    ['the 254 form', { to: '254712345678' }],
    ['the 07 form', { to: '0712345678' }],
    ['the + form with blanks', { to: '+254 712 345 678' }],
    ['the exact text', { to: '0733123456', message: 'Hello there' }],
    ['a RegExp', { to: '0712345678', message: /code is \d{4}/ }],
    ['the sender ID', { to: '0712345678', from: 'SANDBOX' }],
    ['the endpoint', { to: '0712345678', endpoint: 'sendotp' as const }],
  ])('passes for a message sent, given %s', async (_, filter) => {
    expect(await sentMock()).toHaveSent(filter)
  })

  it.each([
    ['another number', { to: '0700000001' }],
    ['another text', { to: '0733123456', message: 'Hello' }],
    ['a RegExp it does not match', { to: '0733123456', message: /code/ }],
    ['another sender ID', { to: '0712345678', from: 'ACME' }],
    ['another endpoint', { to: '0733123456', endpoint: 'sendotp' as const }],
  ])('fails for %s, listing what was sent', async (_, filter) => {
    const mock = await sentMock()
    const message = failure(() => expect(mock).toHaveSent(filter))
    expect(message).toMatch(/^expected the mock to have sent a message to /)
    expect(message).toContain('- to 254712345678 from SANDBOX through sendsms: "Hello there"')
    expect(message).toContain('- to 254733123456 from SANDBOX through sendsms: "Hello there"')
    expect(message).toContain('- to 254712345678 from SANDBOX through sendotp: "Your code is 4321"')
    expect(message).not.toContain(SANDBOX_ACCOUNT.apikey)
  })

  it('says the mock sent nothing when it sent nothing', () => {
    expect(failure(() => expect(createMock()).toHaveSent({ to: '0712345678' }))).toBe(
      'expected the mock to have sent a message to 254712345678, but it sent nothing',
    )
  })

  it('describes every part of the filter in its message', async () => {
    const message = failure(() =>
      expect(createMock()).toHaveSent({
        to: '0712345678',
        message: 'Hi',
        from: 'ACME',
        endpoint: 'sendbulk',
      }),
    )
    expect(message).toBe(
      'expected the mock to have sent a message to 254712345678 with the text "Hi" from ACME through sendbulk, but it sent nothing',
    )
  })

  it('negated, fails listing the messages that match', async () => {
    const mock = await sentMock()
    expect(mock).not.toHaveSent({ to: '0700000001' })
    const message = failure(() => expect(mock).not.toHaveSent({ to: '0733123456' }))
    expect(message).toBe(
      'expected the mock not to have sent a message to 254733123456, but it sent:\n  - to 254733123456 from SANDBOX through sendsms: "Hello there"',
    )
  })

  it('reads the mock of a handle holding one', async () => {
    const mock = await sentMock()
    expect({ mock }).toHaveSent({ to: '0712345678' })
  })

  it('refuses a received value that holds no mock', () => {
    expect(() => expect({}).toHaveSent({ to: '0712345678' })).toThrow(/expected a Mock/)
    expect(() => expect({ mock: 1 }).toHaveSent({ to: '0712345678' })).toThrow(TypeError)
  })

  it('needs the number', async () => {
    const mock = await sentMock()
    // @ts-expect-error `to` is required
    expect(() => expect(mock).toHaveSent({ message: 'Hello there' })).toThrow(/needs \{ to \}/)
  })

  it('lists at most ten messages, then how many more', async () => {
    const mock = createMock()
    const numbers = Array.from({ length: 12 }, (_, i) => `07120000${String(i).padStart(2, '0')}`)
    await send(mock, '/api/services/sendsms', {
      mobile: numbers.join(','),
      message: 'x'.repeat(100),
    })
    const message = failure(() => expect(mock).toHaveSent({ to: '0733123456' }))
    expect(message.split('\n')).toHaveLength(12)
    expect(message).toContain(`"${'x'.repeat(80)}…"`)
    expect(message).toMatch(/\n {2}… and 2 more$/)
  })
})

describe('toHaveSentTimes', () => {
  it('counts one message per recipient', async () => {
    const mock = await sentMock()
    expect(mock).toHaveSentTimes(3)
    expect(mock).toHaveSentTimes(2, { to: '0712345678' })
    expect(mock).toHaveSentTimes(1, { endpoint: 'sendotp' })
    expect(mock).toHaveSentTimes(0, { from: 'ACME' })
    expect(mock).not.toHaveSentTimes(1, { to: '0712345678' })
  })

  it('fails with the count and all that was sent', async () => {
    const mock = await sentMock()
    const message = failure(() => expect(mock).toHaveSentTimes(1, { to: '0712345678' }))
    expect(message).toMatch(
      /^expected the mock to have sent 1 message to 254712345678, but it sent 2 such; all it sent was:\n/,
    )
    expect(message.split('\n')).toHaveLength(4)
    expect(failure(() => expect(mock).toHaveSentTimes(2, { endpoint: 'sendotp' }))).toMatch(
      /^expected the mock to have sent 2 messages through sendotp, but it sent 1 such/,
    )
  })

  it('negated, fails listing the matching messages', async () => {
    const mock = await sentMock()
    expect(failure(() => expect(mock).not.toHaveSentTimes(1, { endpoint: 'sendotp' }))).toBe(
      'expected the mock not to have sent 1 message through sendotp, but it did:\n  - to 254712345678 from SANDBOX through sendotp: "Your code is 4321"',
    )
  })

  it.each([-1, 1.5, Number.NaN, '2'])('refuses %s times', async (times) => {
    const mock = await sentMock()
    expect(() => expect(mock).toHaveSentTimes(times as number)).toThrow(/whole number of times/)
  })
})

describe('toHaveReceivedRequests', () => {
  // Two sends (one refused for its key) and a balance asked: three requests in the journal.
  async function requestedMock(): Promise<Mock> {
    const mock = createMock()
    await send(mock, '/api/services/sendsms', { mobile: '0712345678', message: 'Hi' })
    await send(mock, '/api/services/sendsms', {
      apikey: 'a-wrong-key-never-shown',
      mobile: '0712345678',
      message: 'Hi',
    })
    const res = await mock.app.request(
      `/api/services/getbalance?apikey=${SANDBOX_ACCOUNT.apikey}&partnerID=12345`,
    )
    expect(res.status).toBe(200)
    return mock
  }

  it('counts the requests the filter picks, refused ones included', async () => {
    const mock = await requestedMock()
    expect(mock).toHaveReceivedRequests(3)
    expect(mock).toHaveReceivedRequests(2, { endpoint: 'sendsms' })
    expect(mock).toHaveReceivedRequests(1, { endpoint: 'sendsms', code: 1006 })
    expect(mock).toHaveReceivedRequests(2, { mobile: '+254 712 345 678' })
    expect(mock).not.toHaveReceivedRequests(1, { endpoint: 'sendsms' })
  })

  it('fails listing method, endpoint and code of each, never a parameter', async () => {
    const mock = await requestedMock()
    const message = failure(() => expect(mock).toHaveReceivedRequests(1, { endpoint: 'sendsms' }))
    expect(message).toBe(
      'expected the mock to have received 1 request to sendsms, but it received 2:\n  - POST sendsms -> 200\n  - POST sendsms -> 1006',
    )
    expect(message).not.toContain('never-shown')
    expect(message).not.toContain(SANDBOX_ACCOUNT.apikey)
  })

  it('gives only the count when none was received', () => {
    expect(failure(() => expect(createMock()).toHaveReceivedRequests(2))).toBe(
      'expected the mock to have received 2 requests, but it received 0',
    )
  })

  it('negated, says it did', async () => {
    const mock = await requestedMock()
    expect(
      failure(() => expect(mock).not.toHaveReceivedRequests(1, { endpoint: 'getbalance' })),
    ).toBe(
      'expected the mock not to have received 1 request to getbalance, but it did:\n  - GET getbalance -> 200',
    )
  })
})
