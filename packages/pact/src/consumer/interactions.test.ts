/**
 * @module
 * Every ready interaction, end to end: recorded by a consumer test whose code is a plain
 * `fetch` (what Pact's mock server answers is what the app reads), written to a pact file,
 * then verified against the mock by `verifyPacts` and checked against the spec. An
 * interaction the mock answers differently, or the spec does not allow, fails here.
 */
import { PactV4 } from '@pact-foundation/pact'
import { afterAll, describe, expect, it } from 'vitest'
import { checkPactsAgainstSpec } from '../spec/check-pacts-against-spec.js'
import { plainFetch } from '../test-support/plain-fetch.js'
import { tempPacts } from '../test-support/temp-pacts.js'
import { verifyPacts } from '../verify/verify-pacts.js'
import { interactions } from './interactions.js'
import { type ReadyInteraction, recordInteraction } from './ready-interaction.js'

const pacts = tempPacts()
afterAll(() => pacts.remove())

const pact = new PactV4({
  consumer: 'ready-interactions',
  provider: 'advanta-sms-api',
  dir: pacts.dir,
  host: '127.0.0.1',
  logLevel: 'error',
})

const { sendSms, sendOtp, sendBulk, getBalance, getDlr } = interactions

const READY: [string, ReadyInteraction, (answer: unknown) => void][] = [
  [
    'sendSms.accepted',
    sendSms.accepted(),
    (a) => expect(a).toMatchObject({ responses: [{ 'response-code': 200, messageid: 100000001 }] }),
  ],
  ['sendSms.accepted by GET', sendSms.accepted({ method: 'GET', mobile: '0712345678' }), () => {}],
  [
    'sendSms.lowCredit',
    sendSms.lowCredit(),
    (a) => expect(a).toMatchObject({ responses: [{ 'response-code': 1004 }] }),
  ],
  [
    'sendSms.invalidNumber',
    sendSms.invalidNumber(),
    (a) =>
      expect(a).toEqual({
        responses: [
          {
            'response-code': 1003,
            'response-description': 'Invalid mobile number',
            mobile: '07123',
          },
        ],
      }),
  ],
  [
    'sendSms.invalidCredentials',
    sendSms.invalidCredentials(),
    (a) =>
      expect(a).toEqual({ 'response-code': 1006, 'response-description': 'Invalid credentials' }),
  ],
  ['sendSms.fault', sendSms.fault(), (a) => expect(a).toMatchObject({ 'response-code': 4090 })],
  [
    'sendSms.liveCapture',
    sendSms.liveCapture(),
    (a) => expect(a).toMatchObject({ responses: [{ 'respose-code': 200, networkid: '1' }] }),
  ],
  [
    'sendOtp.accepted',
    sendOtp.accepted({ message: 'Your code is 4821' }),
    (a) => expect(a).toMatchObject({ responses: [{ messageid: '100000001' }] }),
  ],
  ['sendOtp.lowCredit', sendOtp.lowCredit({ method: 'GET' }), () => {}],
  ['sendOtp.fault 1005', sendOtp.fault(1005), () => {}],
  [
    'sendBulk.accepted',
    sendBulk.accepted([
      { mobile: '254712345678', message: 'Hi Ann', clientsmsid: 1001 },
      { mobile: '0733123456', message: 'Hi Ben', clientsmsid: 'order-2' },
    ]),
    (a) =>
      expect(a).toMatchObject({ responses: [{ clientsmsid: 1001 }, { clientsmsid: 'order-2' }] }),
  ],
  ['sendBulk.invalidCredentials', sendBulk.invalidCredentials(), () => {}],
  ['sendBulk.fault', sendBulk.fault(4090), () => {}],
  [
    'getBalance.ok',
    getBalance.ok({ credit: 545 }),
    (a) => expect(a).toEqual({ 'response-code': 200, credit: '545.00', 'partner-id': '12345' }),
  ],
  ['getBalance.invalidCredentials', getBalance.invalidCredentials({ method: 'GET' }), () => {}],
  ['getBalance.fault', getBalance.fault(4090), () => {}],
  [
    'getDlr.delivered',
    getDlr.delivered(),
    (a) =>
      expect(a).toMatchObject({
        'delivery-description': 'DeliveredToTerminal',
        'delivery-status': 32,
      }),
  ],
  [
    'getDlr.failed',
    getDlr.failed({ method: 'GET' }),
    (a) =>
      expect(a).toMatchObject({ 'delivery-description': 'AbsentSubscriber', 'delivery-status': 2 }),
  ],
  ['getDlr.pending', getDlr.pending(), () => {}],
  [
    'getDlr.noReport',
    getDlr.noReport(),
    (a) => expect(a).toEqual({ 'response-code': 1009, 'response-description': 'No dlr' }),
  ],
  ['getDlr.invalidCredentials', getDlr.invalidCredentials(), () => {}],
  ['getDlr.fault', getDlr.fault(1007), () => {}],
]

describe('ready interactions', () => {
  it.each(READY)('%s is recorded from a plain fetch', async (_name, ready, expectAnswer) => {
    await recordInteraction(pact, ready, async (server) => {
      expectAnswer(await plainFetch(server.url, ready))
    })
  })

  it('each has a description of its own', () => {
    const descriptions = READY.map(([, ready]) => ready.description)
    expect(new Set(descriptions).size).toBe(descriptions.length)
  })

  it('are honoured by the mock, every one', async () => {
    const result = await verifyPacts({ pacts: pacts.dir })
    const failed = result.interactions.filter(({ passed }) => !passed)
    expect(failed, JSON.stringify(failed, null, 2)).toEqual([])
    expect(result.interactions).toHaveLength(READY.length)
    expect(result.passed).toBe(true)
  })

  it('are allowed by the spec', async () => {
    const result = await checkPactsAgainstSpec(pacts.dir)
    const problems = result.interactions.filter(({ problems }) => problems.length > 0)
    expect(problems, JSON.stringify(problems, null, 2)).toEqual([])
  })

  it('refuse a fault code the spec does not have, or 200', () => {
    expect(() => sendSms.fault(4999)).toThrow(/4999 is not a refusal code/)
    expect(() => getDlr.fault(200)).toThrow(/200 is not a refusal code/)
  })
})
