/**
 * @module
 * The id a send returns is the id the mock journals and reports on: the same string, so a
 * test finds its message with `===` and asks for its report with the id as it came back.
 */
import { describe, expect, it } from 'vitest'
import { clientFor, mockWith } from '../test-support/mock-client.js'

describe('message ids through the mock', () => {
  it('finds the journal entry and the delivery report of a send by the id it returned', async () => {
    const mock = mockWith()
    const client = clientFor(mock)
    await client.sendSms({ to: '0733123456', message: 'First' })
    const result = await client.sendSms({ to: '0712345678', message: 'Second' })
    const messageId = result.accepted[0]?.messageId
    expect(messageId).toBe('100000002')

    const entry = mock.journal.list().find((e) => e.messageId === messageId)
    expect(entry).toMatchObject({ message: 'Second', mobile: '254712345678' })
    expect(mock.journal.find(messageId as string)).toEqual(entry)
    expect(mock.journal.find(Number(messageId))).toEqual(entry)

    await mock.clock.advance('1h')
    const report = await client.getDeliveryReport(messageId as string)
    expect(report).toMatchObject({ messageId, status: 'DeliveredToTerminal', final: true })
  })

  it('lists the same string through the control API', async () => {
    const mock = mockWith()
    const result = await clientFor(mock).sendSms({ to: '0712345678', message: 'Hi' })
    const answer = await mock.app.request('/__mock/messages')
    const { messages } = (await answer.json()) as { messages: { messageId: unknown }[] }
    expect(messages.map((m) => m.messageId)).toEqual([result.accepted[0]?.messageId])
  })
})
