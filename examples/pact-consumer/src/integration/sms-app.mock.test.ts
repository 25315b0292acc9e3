/**
 * @module
 * The app against the mock running as a CI service (`SENDSMS_MOCK_URL`, set by `ci.sh`):
 * a send and its delivery report end to end, with the mock's own rules and clock.
 */
import { describe, expect, it } from 'vitest'
import { createSmsApp } from '../sms-app.js'

const baseUrl = process.env.SENDSMS_MOCK_URL

async function clock(change: Record<string, unknown>): Promise<void> {
  await fetch(`${baseUrl}/__mock/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(change),
  })
}

describe.skipIf(baseUrl === undefined)('reminder app against the mock', () => {
  const app = createSmsApp({
    baseUrl: baseUrl ?? '',
    apikey: 'sandbox-api-key',
    partnerID: '12345',
    shortcode: 'SANDBOX',
  })

  it('sends a reminder and reads its report once the mock delivered it', async () => {
    await fetch(`${baseUrl}/__mock/reset`, { method: 'POST' })
    // The mock's virtual clock: its delivery reports come when told, not after a real wait.
    await clock({ virtual: true })
    const sent = await app.remind('0712345678', 'Your appointment is at 10:00')
    expect(sent).toMatchObject({ ok: true, mobile: '254712345678' })
    await clock({ advance: '1h' })
    expect(await app.report(sent.messageId ?? '')).toMatchObject({ delivered: true })
  })
})
