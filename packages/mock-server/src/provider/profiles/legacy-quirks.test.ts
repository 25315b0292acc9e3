/**
 * @module
 * The former `quirks` option still reproduces what it did, through profile overrides, and
 * its answers still match the spec (which allows both spellings and both types).
 */
import { validateAnswer } from '@sendsms/spec'
import { describe, expect, it } from 'vitest'
import { createMock } from '../../create-mock.js'
import { paramsWith, SEND_PATH, send } from '../../test-support/requests.js'
import { withLegacyQuirks } from './legacy-quirks.js'

describe('quirks (deprecated)', () => {
  it('spells every code key respose-code in rows when misspelledCodeKey is on', async () => {
    const mock = createMock({ quirks: { misspelledCodeKey: true } })
    const answer = await send(mock, 'POST', paramsWith({ mobile: '0712345678,07123' }))
    expect(validateAnswer(SEND_PATH, 'POST', answer).errors).toEqual([])
    const rows = answer.responses as Record<string, unknown>[]
    for (const row of rows) {
      expect(row).not.toHaveProperty('response-code')
      expect(row).toHaveProperty('respose-code')
    }
  })

  it('spells the top-level code key respose-code when misspelledCodeKey is on', async () => {
    const mock = createMock({ quirks: { misspelledCodeKey: true } })
    const answer = await send(mock, 'GET', paramsWith({ apikey: 'wrong' }))
    expect(validateAnswer(SEND_PATH, 'GET', answer).errors).toEqual([])
    expect(answer).toEqual({ 'respose-code': 1006, 'response-description': 'Invalid credentials' })
  })

  it('answers messageid, networkid and mobile as strings when stringIds is on', async () => {
    const mock = createMock({ quirks: { stringIds: true } })
    const answer = await send(mock, 'POST', paramsWith({ mobile: '0733123456' }))
    expect(validateAnswer(SEND_PATH, 'POST', answer).errors).toEqual([])
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

  it('lays the quirks over a chosen profile', () => {
    expect(withLegacyQuirks('strict-go', { misspelledCodeKey: true })).toEqual({
      base: 'strict-go',
      codeKey: 'respose-code',
    })
    expect(withLegacyQuirks({ lowCredit: 'top-level' }, {})).toEqual({ lowCredit: 'top-level' })
    const mock = createMock({ profile: 'strict-go', quirks: { misspelledCodeKey: true } })
    expect(mock.profile.get()).toMatchObject({ base: 'strict-go', codeKey: 'respose-code' })
    const overridden = createMock({
      profile: { base: 'live-capture', lowCredit: 'top-level' },
      quirks: { stringIds: true },
    })
    expect(overridden.profile.get()).toMatchObject({
      base: 'live-capture',
      codeKey: 'respose-code',
      lowCredit: 'top-level',
      types: { 'sendsms.messageid': 'string', 'sendsms.networkid': 'string' },
    })
  })
})
