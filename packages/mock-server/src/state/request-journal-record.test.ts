/**
 * @module
 * Tests of what the provider layer records of each request: the fault it suffered, a method
 * named safely, the message ids and row codes of its answer, and its memory counted from
 * what it holds, read back through `mock.requests`.
 */
import { describe, expect, it } from 'vitest'
import { createMock } from '../create-mock.js'
import { paramsWith, SEND_PATH, send } from '../test-support/requests.js'

const query = (fields: Record<string, string>) =>
  new URLSearchParams(paramsWith(fields) as Record<string, string>)

describe('a recorded request', () => {
  it('names the fault it suffered, and none when it suffered none', async () => {
    const mock = createMock()
    mock.faults.push({ kind: 'http', status: 503 })
    await mock.app.request(`${SEND_PATH}?${query({})}`)
    await send(mock, 'GET', paramsWith({}))
    const [faulted, plain] = mock.requests.list()
    expect(faulted).toMatchObject({ fault: 'http-503', status: 503 })
    expect(plain).not.toHaveProperty('fault')
    expect(plain).toMatchObject({ status: 200, code: 200 })
  })

  it.each([
    ['PROPFIND', 'PROPFIND'],
    ['M-SEARCH', 'OTHER'],
    ['ABCDEFGHIJKLM', 'OTHER'],
  ])('records the method %s as %s', async (method, recorded) => {
    const mock = createMock()
    await mock.app.request(SEND_PATH, { method })
    expect(mock.requests.list()).toMatchObject([{ method: recorded, code: 1010 }])
  })

  it("keeps the message ids of the accepted rows and the codes of every row, in the answer's order", async () => {
    const mock = createMock()
    await send(mock, 'POST', paramsWith({ mobile: '0712345678,0700,0733123456,0770123456' }))
    const [entry] = mock.requests.list()
    expect(entry).toMatchObject({ recipients: 4, accepted: 3, rowCodes: [200, 1003] })
    expect(entry?.messageIds).toEqual(['100000001', '100000002', '100000003'])
    await send(mock, 'GET', paramsWith({ mobile: '0700' }))
    expect(mock.requests.list()[1]).toMatchObject({ messageIds: [], rowCodes: [1003] })
  })

  it('keeps string message ids as the profile answers them', async () => {
    const mock = createMock({ profile: 'strict-go' })
    await send(mock, 'POST', paramsWith({ mobile: '0712345678,0733123456' }))
    expect(mock.requests.list()[0]?.messageIds).toEqual(['100000001', '100000002'])
  })

  it('keeps no ids and no row codes for a top-level answer', async () => {
    const mock = createMock()
    await send(mock, 'GET', paramsWith({ apikey: 'wrong-key' }))
    const [entry] = mock.requests.list()
    expect(entry).toMatchObject({ code: 1006, messageIds: [] })
    expect(entry).not.toHaveProperty('rowCodes')
  })

  it('counts its memory from what it holds: a longer text, more ids', async () => {
    const bytesOf = async (setup: (mock: ReturnType<typeof createMock>) => Promise<unknown>) => {
      const mock = createMock()
      await setup(mock)
      return mock.requests.bytes
    }
    const short = await bytesOf((mock) => send(mock, 'GET', paramsWith({ message: 'a' })))
    const long = await bytesOf((mock) =>
      send(mock, 'GET', paramsWith({ message: 'a'.repeat(1001) })),
    )
    // Two bytes a character, the worst case V8 keeps a string in.
    expect(long - short).toBe(2000)
    const more = await bytesOf((mock) =>
      send(mock, 'GET', paramsWith({ message: 'a', mobile: '0712345678,0733123456' })),
    )
    expect(more).toBeGreaterThan(short)
  })
})
