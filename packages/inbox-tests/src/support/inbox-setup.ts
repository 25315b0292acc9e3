/**
 * @module
 * What every inbox test starts from: the built mock on a free port of 127.0.0.1 with a
 * virtual clock (statuses move only when a test moves them), a `@sendsms/client` pointed at
 * it, one Chromium for the file and a fresh page per test, opened on the inbox. The mock is
 * reset, and its namespaces dropped, between tests; everything is closed after them.
 */
import { mkdirSync } from 'node:fs'
import { createClient, type SmsClient } from '@sendsms/client'
import { type RunningMock, startMockServer } from '@sendsms/mock-server/node'
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { launchChromium } from './chromium.js'

/** Where screenshots are written (gitignored). */
export const ARTIFACTS = new URL('../../artifacts/', import.meta.url)

/** The clock's start: 09:00 in Nairobi. */
export const START = '2030-01-01T06:00:00.000Z'

/** The viewport of every page. */
export const VIEWPORT = { width: 1280, height: 860 }

/**
 * What a test uses.
 * @example
 * const inbox = useInbox()
 * it('…', async () => { await inbox.client().sendSms({ to: '0712345678', message: 'Hi' }) })
 */
export interface InboxSetup {
  server(): RunningMock
  client(namespace?: string): SmsClient
  page(): Page
  /** Opens the inbox (at the root, or a path under the mock) and waits for its first read. */
  open(path?: string): Promise<Page>
  /** Script errors and dialogs the page raised. */
  problems(): string[]
}

/**
 * Sets up the mock, the browser and a page per test.
 * @example
 * const inbox = useInbox()
 */
export function useInbox(): InboxSetup {
  let server: RunningMock | undefined
  let browser: Browser | undefined
  let page: Page | undefined
  let problems: string[] = []

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    server = await startMockServer({ port: 0, clock: { virtual: true, start: START } })
    browser = await launchChromium()
  })
  beforeEach(async () => {
    const mock = server?.mock
    mock?.reset()
    for (const namespace of mock?.namespaces.list() ?? []) mock?.namespaces.delete(namespace.name)
    problems = []
    page = await (browser as Browser).newPage({ viewport: VIEWPORT })
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`)
      void dialog.dismiss()
    })
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
  })
  afterEach(async () => {
    await page?.close()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  const current = (): RunningMock => {
    if (server === undefined) throw new Error('the mock has not started')
    return server
  }
  return {
    server: current,
    client: (namespace) =>
      createClient({
        baseUrl: namespace === undefined ? current().url : `${current().url}/ns/${namespace}`,
        apiKey: 'sandbox-api-key',
        partnerId: '12345',
        shortcode: 'SANDBOX',
      }),
    page: () => page as Page,
    open: async (path = '/__mock/inbox') => {
      const tab = page as Page
      const read = tab.waitForResponse((res) => res.url().includes('/inbox/conversations'))
      await tab.goto(`${current().url}${path}`)
      await read
      await tab.locator('#stream', { hasText: 'Live' }).waitFor()
      return tab
    },
    problems: () => problems,
  }
}
