/**
 * @module
 * The app's consumer tests: each interaction is a ready one of `@sendsms/pact`, recorded
 * by driving the app's own code at Pact's mock server, and written to `pacts/`. The
 * provider states are the mock's names, so `sendsms pact verify pacts/` can replay them.
 */
import { fileURLToPath } from 'node:url'
import { PactV4 } from '@pact-foundation/pact'
import { interactions, recordInteraction } from '@sendsms/pact'
import { describe, expect, it } from 'vitest'
import { createSmsApp, SmsRefused } from '../sms-app.js'

const pact = new PactV4({
  consumer: 'reminder-app',
  provider: 'advanta-sms-api',
  dir: fileURLToPath(new URL('../../pacts/', import.meta.url)),
  host: '127.0.0.1',
  logLevel: 'warn',
})

// The sandbox account the mock's provider states set up.
const app = (baseUrl: string, apikey = 'sandbox-api-key') =>
  createSmsApp({ baseUrl, apikey, partnerID: '12345', shortcode: 'SANDBOX' })

describe('reminder app', () => {
  it('sends a reminder', async () => {
    await recordInteraction(pact, interactions.sendSms.accepted(), async (server) => {
      const sent = await app(server.url).remind('254712345678', 'Hello')
      expect(sent).toEqual({ ok: true, code: 200, mobile: '254712345678', messageId: '100000001' })
    })
  })

  it('reads the code key as the live service misspells it', async () => {
    await recordInteraction(pact, interactions.sendSms.liveCapture(), async (server) => {
      expect((await app(server.url).remind('254712345678', 'Hello')).ok).toBe(true)
    })
  })

  it('reports a reminder refused for low credit', async () => {
    await recordInteraction(pact, interactions.sendSms.lowCredit(), async (server) => {
      expect(await app(server.url).remind('254712345678', 'Hello')).toMatchObject({
        ok: false,
        code: 1004,
      })
    })
  })

  it('reports an invalid number', async () => {
    await recordInteraction(pact, interactions.sendSms.invalidNumber(), async (server) => {
      expect(await app(server.url).remind('07123', 'Hello')).toMatchObject({
        ok: false,
        code: 1003,
      })
    })
  })

  it('throws on a server fault (4090)', async () => {
    await recordInteraction(pact, interactions.sendSms.fault(4090), async (server) => {
      await expect(app(server.url).remind('254712345678', 'Hello')).rejects.toBeInstanceOf(
        SmsRefused,
      )
    })
  })

  it('reads the credit', async () => {
    await recordInteraction(pact, interactions.getBalance.ok({ credit: 545 }), async (server) => {
      expect(await app(server.url).credit()).toBe(545)
    })
  })

  it('reads a delivered report', async () => {
    await recordInteraction(pact, interactions.getDlr.delivered(), async (server) => {
      expect(await app(server.url).report('100000001')).toMatchObject({ delivered: true })
    })
  })

  it('reads a failed report', async () => {
    await recordInteraction(pact, interactions.getDlr.failed(), async (server) => {
      expect(await app(server.url).report('100000001')).toEqual({
        messageId: '100000001',
        status: 'AbsentSubscriber',
        delivered: false,
      })
    })
  })
})
