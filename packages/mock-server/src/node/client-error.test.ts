/**
 * @module
 * Tests of the answers to request heads node:http refuses: a provider path gets its own
 * 1009, at the root and under a namespace (journaled there), anything else a JSON 431.
 */
import type { Socket } from 'node:net'
import { describe, expect, it } from 'vitest'
import { createMockWithState } from '../create-mock.js'
import { PROVIDER_ENDPOINTS } from '../endpoints/index.js'
import { answerClientError } from './client-error.js'

// What node:http hands the handler: the socket, and the bytes it was parsing.
function refuse(target: string) {
  const { mock, state, namespaces } = createMockWithState({})
  const written: string[] = []
  const socket = {
    writable: true,
    end: (data: string) => void written.push(data),
    destroy: () => undefined,
  } as unknown as Socket
  const error = Object.assign(new Error('Header overflow'), {
    code: 'HPE_HEADER_OVERFLOW',
    rawPacket: Buffer.from(`GET ${target} HTTP/1.1\r\nhost: 127.0.0.1\r\nx: ${'y'.repeat(64)}`),
  })
  answerClientError(state, PROVIDER_ENDPOINTS, namespaces)(error, socket)
  return { mock, answer: written.join('') }
}

describe('a request head over the limit', () => {
  it('gets the provider 1009 on a provider path at the root, journaled there', async () => {
    const { mock, answer } = refuse('/api/services/sendsms?message=xx')
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/)
    expect(answer).toContain('"response-code":1009')
    expect(mock.requests.list()).toMatchObject([{ endpoint: 'sendsms', code: 1009 }])
    await mock.close()
  })

  it("gets the namespace's own 1009 under /ns/{name}/, journaled there and not at the root", async () => {
    const { mock, answer } = refuse('/ns/big/api/services/sendsms?message=xx')
    expect(answer).toContain('"response-code":1009')
    expect(mock.namespaces.find('big')?.requests.list()).toMatchObject([
      { endpoint: 'sendsms', code: 1009, path: '/api/services/sendsms' },
    ])
    expect(mock.requests.size).toBe(0)
    await mock.close()
  })

  it.each([
    '/__mock/messages?x=1',
    '/ns/big/__mock/messages?x=1',
    '/ns/bad name/api/services/sendsms',
  ])('gets a JSON 431 on %s', async (target) => {
    const { mock, answer } = refuse(target)
    expect(answer).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/)
    expect(answer).toContain('"error":"bad_request"')
    expect(mock.namespaces.list()).toEqual([])
    await mock.close()
  })
})
