/**
 * @module
 * Integration test of `parseDeliveryCallback` against the real mock: the report the mock
 * POSTs to an account's callback URL (a real HTTP receiver on a free port, the mock's
 * virtual clock advanced past the delivery) reads as the report `getDeliveryReport` gives.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { SANDBOX_ACCOUNT } from '@sendsms/mock-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseDeliveryCallback } from '../index.js'
import { clientFor, mockWith } from '../test-support/mock-client.js'

describe('the delivery callback of the mock', () => {
  const received: string[] = []
  let server: Server
  let url: string

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = ''
      request.setEncoding('utf8')
      request.on('data', (chunk: string) => {
        body += chunk
      })
      request.on('end', () => {
        received.push(body)
        response.writeHead(204).end()
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/dlr`
  })

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  it('is read by parseDeliveryCallback as getDeliveryReport reads the same report', async () => {
    const mock = mockWith({ accounts: [{ ...SANDBOX_ACCOUNT, callbackUrl: url }] })
    const client = clientFor(mock)
    const sent = await client.sendSms({ to: '0712345678', message: 'Hi' })
    const messageId = sent.accepted[0]?.messageId as string
    await mock.clock.advance('30s')
    await mock.close()
    expect(received).toHaveLength(1)
    const callback = parseDeliveryCallback(received[0])
    const report = await client.getDeliveryReport(messageId)
    expect(callback).toEqual({
      messageId,
      status: report.status,
      statusCode: report.statusCode,
      final: true,
      timeTaken: report.turnaroundSeconds,
      timestamp: report.deliveredAt,
    })
    expect(callback.status).toBe('DeliveredToTerminal')
    expect(parseDeliveryCallback(JSON.parse(received[0] as string))).toEqual(callback)
  })
})
