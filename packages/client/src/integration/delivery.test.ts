/**
 * @module
 * Integration tests of `getDeliveryReport` against the real mock, in-process, on its
 * virtual clock: a report moving from SentToNetwork to its final status, the mock's magic
 * numbers, "no report" under both of its codes, and refusals.
 */
import { SANDBOX } from '@sendsms/test-fixtures'
import { describe, expect, it } from 'vitest'
import { InvalidCredentialsError, NoDeliveryReportError } from '../index.js'
import { clientFor, mockWith, START } from '../test-support/mock-client.js'

async function sentTo(number: string, mock = mockWith()) {
  const client = clientFor(mock)
  const result = await client.sendSms({ to: number, message: 'Hi' })
  return { mock, client, messageId: result.accepted[0]?.messageId as string }
}

describe('getDeliveryReport against the mock', () => {
  it('reads SentToNetwork at once, then DeliveredToTerminal once the clock moved on', async () => {
    const { mock, client, messageId } = await sentTo('0712345678')
    expect(await client.getDeliveryReport(messageId)).toMatchObject({
      messageId,
      status: 'SentToNetwork',
      final: false,
      networkId: '1',
    })
    await mock.clock.advance('30s')
    for (const method of ['GET', 'POST'] as const) {
      const report = await client.getDeliveryReport(messageId, { method })
      expect(report).toMatchObject({
        messageId,
        status: 'DeliveredToTerminal',
        statusCode: 32,
        final: true,
        networkId: '1',
      })
      expect(report.turnaroundSeconds).toBeGreaterThan(0)
      expect(report.turnaroundSeconds).toBeLessThanOrEqual(30)
      // The mock writes delivery-time in East Africa Time; read back, it is the instant.
      expect(report.deliveredAt?.getTime()).toBe(
        START.getTime() + (report.turnaroundSeconds ?? 0) * 1000,
      )
    }
  })

  it.each([
    ['254700000003', 'DeliveryImpossible', '15m'],
    ['254700000004', 'SenderName Blacklisted', '1m'],
    ['254700000002', 'AbsentSubscriber', '25h'],
  ])('reads the final status of the magic number %s', async (number, status, wait) => {
    const { mock, client, messageId } = await sentTo(number)
    await mock.clock.advance(wait)
    expect(await client.getDeliveryReport(messageId)).toMatchObject({ status, final: true })
  })

  it('asks with a numeric id as well', async () => {
    const { client, messageId } = await sentTo('0712345678')
    expect((await client.getDeliveryReport(Number(messageId))).messageId).toBe(messageId)
  })

  it('rejects a message still scheduled or an id never sent with NoDeliveryReportError 1009', async () => {
    const mock = mockWith()
    const client = clientFor(mock)
    const later = await client.sendSms({
      to: '0712345678',
      message: 'Later',
      sendAt: '2031-01-01 09:00',
    })
    for (const id of [later.accepted[0]?.messageId as string, '999999999']) {
      const error = await client.getDeliveryReport(id).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(NoDeliveryReportError)
      expect(error).toMatchObject({ code: 1009 })
    }
  })

  it('rejects "no report" answered as 1008 with NoDeliveryReportError too', async () => {
    const error = await clientFor(mockWith({ noReportCode: 1008 }))
      .getDeliveryReport('999999999')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NoDeliveryReportError)
    expect(error).toMatchObject({ code: 1008 })
  })

  it('rejects the report of another account as "no report"', async () => {
    const { mock, messageId } = await sentTo('0712345678')
    mock.accounts.upsert({
      partnerID: '777',
      apikey: 'other-key',
      shortcodes: ['OTHER'],
      credit: 5,
    })
    const other = clientFor(mock, { apiKey: 'other-key', partnerId: '777', shortcode: 'OTHER' })
    await expect(other.getDeliveryReport(messageId)).rejects.toBeInstanceOf(NoDeliveryReportError)
  })

  it('rejects bad credentials with their classes', async () => {
    const { mock, messageId } = await sentTo('0712345678')
    await expect(
      clientFor(mock, { ...SANDBOX, apiKey: 'wrong-key' }).getDeliveryReport(messageId),
    ).rejects.toBeInstanceOf(InvalidCredentialsError)
    await expect(
      clientFor(mock, { ...SANDBOX, partnerId: undefined }).getDeliveryReport(messageId),
    ).rejects.toMatchObject({ name: 'InvalidRequestError', field: 'partnerId' })
  })
})
