/**
 * @module
 * Screenshots of the inbox and of its phone view, written to `artifacts/` on every run (for
 * a reviewer of a CI run), and, with `INBOX_DOCS_SCREENSHOTS=1` (`pnpm screenshots`), to
 * the mock's `docs/`, where its README and the root README show them.
 */
import { copyFileSync, mkdirSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { chromiumAvailable } from './support/chromium.js'
import { eventually } from './support/eventually.js'
import { ARTIFACTS, useInbox } from './support/inbox-setup.js'

const DOCS = new URL('../../mock-server/docs/', import.meta.url)

describe.runIf(chromiumAvailable())('screenshots', () => {
  const inbox = useInbox()

  it('writes screenshots of the inbox and of the phone view', async () => {
    const { mock } = inbox.server()
    const client = inbox.client()
    await client.sendSms({
      to: '0712345678',
      message: 'Your Acme code is 4321. It expires in 10 minutes.',
    })
    await client.sendSms({ to: '0700000002', message: 'Your parcel is on its way.' })
    await client.sendSms({
      to: ['0733123456', '0700000003'],
      message: 'Karibu! Reply STOP to opt out.',
    })
    await inbox.client('ci-job-42').sendSms({ to: '0722000001', message: 'Test run 42: hello' })
    await mock.clock.advance('30s')
    await client.sendSms({
      to: '0712345678',
      message: `Habari 😀 Your Acme code is 9876. ${'Use it within ten minutes; never share it with anyone, not even Acme staff. '.repeat(2)}`,
    })
    await client.sendSms({
      to: '0712345678',
      message: 'Your Acme code is 1357 [resent] — €0 charged.',
    })

    const page = await inbox.open()
    const rows = page.locator('button.row')
    await eventually(async () => expect(await rows.count()).toBe(5))
    await rows.first().click()
    await eventually(async () => expect(await page.locator('.message').count()).toBe(3))
    const inboxShot = fileURLToPath(new URL('inbox.png', ARTIFACTS))
    await page.screenshot({ path: inboxShot, fullPage: true })
    await page.getByRole('button', { name: 'Phone view' }).click()
    await eventually(async () => expect(await page.locator('.bubble').count()).toBe(3))
    const phoneShot = fileURLToPath(new URL('inbox-phone.png', ARTIFACTS))
    await page.locator('#detail').screenshot({ path: phoneShot })
    expect(statSync(inboxShot).size).toBeGreaterThan(10_000)
    expect(statSync(phoneShot).size).toBeGreaterThan(10_000)
    if (process.env.INBOX_DOCS_SCREENSHOTS === '1') {
      mkdirSync(DOCS, { recursive: true })
      copyFileSync(inboxShot, fileURLToPath(new URL('inbox.png', DOCS)))
      copyFileSync(phoneShot, fileURLToPath(new URL('inbox-phone.png', DOCS)))
    }
    expect(inbox.problems()).toEqual([])
  })
})
