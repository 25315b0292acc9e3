/**
 * @module
 * The quirks option reproduces live-service drift, and the drifted answers still match
 * the spec (which allows both spellings and both types).
 */
import { validateSendSmsResponse } from '@sendsms/spec'
import { describe, expect, it } from 'vitest'
import { createMock } from '../create-mock.js'
import { paramsWith, send } from '../testing/requests.js'

describe('quirks', () => {
  it('spells every code key respose-code in rows when misspelledCodeKey is on', async () => {
    const mock = createMock({ quirks: { misspelledCodeKey: true } })
    const answer = await send(mock, 'POST', paramsWith({ mobile: '0712345678,07123' }))
    expect(validateSendSmsResponse(answer).errors).toEqual([])
    const rows = answer.responses as Record<string, unknown>[]
    for (const row of rows) {
      expect(row).not.toHaveProperty('response-code')
      expect(row).toHaveProperty('respose-code')
    }
  })

  it('spells the top-level code key respose-code when misspelledCodeKey is on', async () => {
    const mock = createMock({ quirks: { misspelledCodeKey: true } })
    const answer = await send(mock, 'GET', paramsWith({ apikey: 'wrong' }))
    expect(validateSendSmsResponse(answer).errors).toEqual([])
    expect(answer).toEqual({ 'respose-code': 1006, 'response-description': 'Invalid credentials' })
  })

  it('answers messageid, networkid and mobile as strings when stringIds is on', async () => {
    const mock = createMock({ quirks: { stringIds: true } })
    const answer = await send(mock, 'POST', paramsWith({ mobile: '0733123456' }))
    expect(validateSendSmsResponse(answer).errors).toEqual([])
    expect(answer).toEqual({
      responses: [
        {
          'response-code': 200,
          'response-description': 'Success',
          mobile: '254733123456',
          messageid: '100000001',
          networkid: '2',
        },
      ],
    })
  })

  it('applies both quirks together', async () => {
    const mock = createMock({ quirks: { stringIds: true, misspelledCodeKey: true } })
    const answer = await send(mock, 'GET', paramsWith({}))
    expect(validateSendSmsResponse(answer).errors).toEqual([])
    expect((answer.responses as unknown[])[0]).toMatchObject({
      'respose-code': 200,
      networkid: '1',
    })
  })
})
