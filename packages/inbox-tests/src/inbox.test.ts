/**
 * @module
 * The mock's inbox page in headless Chromium, driven as a developer uses it: messages sent
 * through `@sendsms/client` appear live, badges follow the clock, search and filters,
 * reset, the phone view, hostile texts shown inert, and a keyboard-only walk.
 */
import { describe, expect, it } from 'vitest'
import { chromiumAvailable } from './support/chromium.js'
import { eventually } from './support/eventually.js'
import { useInbox, VIEWPORT } from './support/inbox-setup.js'

describe.runIf(chromiumAvailable())('the inbox page', () => {
  const inbox = useInbox()
  const rows = () => inbox.page().locator('button.row')
  const row = (text: string) => rows().filter({ hasText: text })

  it('shows messages sent through the client as they arrive, without a reload', async () => {
    const page = await inbox.open()
    await eventually(async () =>
      expect(await page.locator('#conversations').textContent()).toContain('No messages yet.'),
    )
    await page.evaluate(() => {
      ;(window as { loadedOnce?: boolean }).loadedOnce = true
    })
    const client = inbox.client()
    await client.sendSms({ to: '0712345678', message: 'Your code is 4321' })
    await eventually(async () =>
      expect(await row('+254 712 345 678').textContent()).toContain('Your code is 4321'),
    )
    await client.sendSms({ to: ['0712345678', '0733123456'], message: 'Your code is 9876' })
    await eventually(async () => expect(await rows().count()).toBe(2))
    await eventually(async () =>
      expect(await row('+254 712 345 678').textContent()).toContain('2 msg'),
    )
    await eventually(async () =>
      expect(await rows().first().textContent()).toContain('Your code is 9876'),
    )
    await eventually(async () =>
      expect(await page.locator('#live').textContent()).toContain('New message to'),
    )
    expect(await page.evaluate(() => (window as { loadedOnce?: boolean }).loadedOnce)).toBe(true)
    expect(inbox.problems()).toEqual([])
  })

  it('moves each status badge as the clock moves, from the page or from a test', async () => {
    const page = await inbox.open()
    const client = inbox.client()
    await client.sendSms({ to: '0712345678', message: 'Delivered soon' })
    await client.sendSms({ to: '0700000002', message: 'Absent subscriber' })
    const badgeOf = (text: string) => row(text).locator('.badge')
    await eventually(async () =>
      expect(await badgeOf('Delivered soon').textContent()).toMatch(/SentToNetwork/),
    )
    await page.getByRole('button', { name: '+1 min' }).click()
    await eventually(async () =>
      expect(await badgeOf('Delivered soon').textContent()).toMatch(/DeliveredToTerminal/),
    )
    await eventually(async () =>
      expect(await badgeOf('Absent subscriber').textContent()).toMatch(/SentToNetwork/),
    )
    await eventually(async () =>
      expect(await page.locator('#clock-now').textContent()).toBe('2030-01-01 09:01:00 EAT'),
    )
    // The clock moved by a test (the control API): the page is told, and reads again.
    await inbox.server().mock.clock.advance('1d')
    await eventually(async () =>
      expect(await badgeOf('Absent subscriber').textContent()).toMatch(/AbsentSubscriber/),
    )
    await eventually(async () =>
      expect(await page.locator('#clock-now').textContent()).toBe('2030-01-02 09:01:00 EAT'),
    )
    // The open conversation follows too.
    await row('Absent subscriber').click()
    await eventually(async () =>
      expect(await page.locator('.message .badge').textContent()).toMatch(/AbsentSubscriber/),
    )
    expect(inbox.problems()).toEqual([])
  })

  it('searches by number and by text, and filters by status and namespace', async () => {
    const client = inbox.client()
    await client.sendSms({ to: '0712345678', message: 'Your OTP is 1111' })
    await client.sendSms({ to: '0733123456', message: 'Welcome aboard' })
    await client.sendSms({ to: '0700000009', message: 'Never reported' })
    await inbox.client('ci-7').sendSms({ to: '0722000001', message: 'From a namespace' })
    // Each namespace has a clock of its own: both move.
    await inbox.server().mock.clock.advance('1m')
    await inbox.server().mock.namespaces.get('ci-7').clock.advance('1m')
    const page = await inbox.open()
    await eventually(async () => expect(await rows().count()).toBe(4))
    await page.getByLabel('Search by number or text').fill('0733')
    await eventually(async () => expect(await rows().count()).toBe(1))
    await eventually(async () =>
      expect(await rows().first().textContent()).toContain('+254 733 123 456'),
    )
    await page.getByLabel('Search by number or text').fill('otp')
    await eventually(async () => expect(await rows().count()).toBe(1))
    await eventually(async () =>
      expect(await rows().first().textContent()).toContain('Your OTP is 1111'),
    )
    await page.getByLabel('Search by number or text').fill('')
    await eventually(async () => expect(await rows().count()).toBe(4))
    await page.getByLabel('Status').selectOption('SentToNetwork')
    await eventually(async () => expect(await rows().count()).toBe(1))
    await eventually(async () =>
      expect(await rows().first().textContent()).toContain('Never reported'),
    )
    await page.getByLabel('Status').selectOption('')
    await page.getByLabel('Namespace').selectOption('ci-7')
    await eventually(async () => expect(await rows().count()).toBe(1))
    await eventually(async () => expect(await rows().first().textContent()).toContain('ns ci-7'))
    await page.getByLabel('Namespace').selectOption('.')
    await eventually(async () => expect(await rows().count()).toBe(3))
    expect(inbox.problems()).toEqual([])
  })

  it('empties the page on reset', async () => {
    const page = await inbox.open()
    await inbox.client().sendSms({ to: '0712345678', message: 'Soon gone' })
    await eventually(async () => expect(await rows().count()).toBe(1))
    await rows().first().click()
    await eventually(async () => expect(await page.locator('.message').count()).toBe(1))
    await page.getByRole('button', { name: 'Reset mock' }).click()
    await eventually(async () => expect(await rows().count()).toBe(0))
    await eventually(async () =>
      expect(await page.locator('#conversations').textContent()).toContain('No messages yet.'),
    )
    await eventually(async () => expect(await page.locator('.message').count()).toBe(0))
    expect(inbox.server().mock.journal.size).toBe(0)
    // A reset by a test (the control API) empties an open page too.
    await inbox.client().sendSms({ to: '0712345678', message: 'Back again' })
    await eventually(async () => expect(await rows().count()).toBe(1))
    inbox.server().mock.reset()
    await eventually(async () => expect(await rows().count()).toBe(0))
    expect(inbox.problems()).toEqual([])
  })

  it('shows a conversation as a handset would: its parts, GSM-7 or UCS-2', async () => {
    const page = await inbox.open()
    await inbox.client().sendSms({ to: '0712345678', message: 'a'.repeat(161) })
    await inbox.client().sendSms({ to: '0712345678', message: 'Habari 😀' })
    await rows().first().click()
    await eventually(async () =>
      expect(await page.locator('.message').first().textContent()).toContain('UCS-2 · 1 part'),
    )
    await eventually(async () =>
      expect(await page.locator('.message').first().textContent()).toContain('forced by 😀'),
    )
    await page.getByRole('button', { name: 'Phone view' }).click()
    const bubbles = page.locator('.bubble')
    await eventually(async () => expect(await bubbles.count()).toBe(2))
    // Oldest first, as a handset lists them: the long one in two parts of 153 and 8.
    await eventually(async () => expect(await bubbles.first().locator('.part').count()).toBe(2))
    await eventually(async () =>
      expect(await bubbles.first().locator('.part-label').first().textContent()).toBe(
        'part 1 of 2',
      ),
    )
    await eventually(async () =>
      expect(await page.locator('.caption').first().textContent()).toContain('GSM-7 · 2 parts'),
    )
    await eventually(async () =>
      expect(await page.locator('.caption').last().textContent()).toContain('UCS-2 because of 😀'),
    )
    expect(inbox.problems()).toEqual([])
  })

  it('shows hostile texts inert, and keeps its layout', async () => {
    const page = await inbox.open()
    const hostile = [
      '<img src=x onerror="window.__pwned=1;alert(1)">',
      '<script>window.__pwned=2</script><b>bold?</b>',
      `${'W'.repeat(10_000)}`,
      'مرحبا بالعالم — שלום עולם',
      'zero\u200bwidth\u200d\u2060\ufeff and \u202Eoverride',
    ]
    const client = inbox.client()
    for (const [i, message] of hostile.entries()) {
      await client.sendSms({ to: `07120000${String(i).padStart(2, '0')}`, message })
    }
    await eventually(async () => expect(await rows().count()).toBe(hostile.length))
    const width = async () => page.evaluate(() => document.documentElement.scrollWidth)
    for (let i = 0; i < hostile.length; i++) {
      await rows().nth(i).click()
      await eventually(async () => expect(await page.locator('.message').count()).toBe(1))
      expect(await width()).toBeLessThanOrEqual(VIEWPORT.width)
      await page.getByRole('button', { name: 'Phone view' }).click()
      await eventually(async () => expect(await page.locator('.bubble').count()).toBe(1))
      expect(await width()).toBeLessThanOrEqual(VIEWPORT.width)
      await page.getByRole('button', { name: 'Messages' }).click()
    }
    // Shown as text, never parsed: no element from a message, no script run, no dialog.
    await rows().filter({ hasText: '<script>' }).click()
    await eventually(async () =>
      expect(await page.locator('.message .text').textContent()).toBe(hostile[1] as string),
    )
    expect(await page.locator('#detail img, #detail script, #detail b').count()).toBe(0)
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
    // Zero-width and direction characters are shown, named, in the phone view.
    await rows().filter({ hasText: 'zero' }).click()
    await page.getByRole('button', { name: 'Phone view' }).click()
    await eventually(async () =>
      expect(await page.locator('.bubble .invisible').allTextContents()).toEqual([
        'ZWSP',
        'ZWJ',
        'WJ',
        'BOM',
        'RLO',
      ]),
    )
    // Each text isolates its direction: the right-to-left one sets its own.
    expect(await page.locator('.row .preview[dir="auto"]').count()).toBe(hostile.length)
    expect(inbox.problems()).toEqual([])
  })

  it('can be used with the keyboard alone', async () => {
    const client = inbox.client()
    await client.sendSms({ to: '0712000001', message: 'First' })
    await client.sendSms({ to: '0712000002', message: 'Second' })
    await client.sendSms({ to: '0712000003', message: 'Third' })
    const page = await inbox.open()
    await eventually(async () => expect(await rows().count()).toBe(3))
    // The skip link comes first, then the controls in order.
    await page.keyboard.press('Tab')
    await eventually(async () =>
      expect(await page.locator(':focus').textContent()).toBe('Skip to the conversations'),
    )
    await page.getByLabel('Search by number or text').focus()
    await page.keyboard.press('ArrowDown')
    await eventually(async () =>
      expect(await page.locator(':focus').textContent()).toContain('Third'),
    )
    await page.keyboard.press('ArrowDown')
    await eventually(async () =>
      expect(await page.locator(':focus').textContent()).toContain('Second'),
    )
    await page.keyboard.press('End')
    await eventually(async () =>
      expect(await page.locator(':focus').textContent()).toContain('First'),
    )
    await page.keyboard.press('Home')
    await eventually(async () =>
      expect(await page.locator(':focus').textContent()).toContain('Third'),
    )
    await page.keyboard.press('Enter')
    await eventually(async () =>
      expect(
        await page.locator('#detail').evaluate((node) => node === document.activeElement),
      ).toBe(true),
    )
    await eventually(async () =>
      expect(await page.locator('.message .text').textContent()).toBe('Third'),
    )
    await page.keyboard.press('Tab')
    await eventually(async () =>
      expect(await page.locator(':focus').textContent()).toBe('Messages'),
    )
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await eventually(async () => expect(await page.locator('.phone').isVisible()).toBe(true))
    // Every input has a label, every control is a button, the status is text, not colour.
    for (const id of ['q', 'status', 'namespace', 'advance-by']) {
      expect(await page.locator(`label[for="${id}"]`).count(), id).toBe(1)
    }
    expect(await page.locator('[onclick], div[tabindex="0"], span[tabindex="0"]').count()).toBe(0)
    await eventually(async () =>
      expect(await page.locator('.row .badge').first().textContent()).toMatch(/SentToNetwork/),
    )
    expect(await page.locator('main, nav, header').count()).toBe(3)
    await eventually(async () => expect(await page.locator('[aria-live="polite"]').count()).toBe(1))
    expect(inbox.problems()).toEqual([])
  })
})
