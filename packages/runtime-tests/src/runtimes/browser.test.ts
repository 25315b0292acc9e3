/**
 * @module
 * The built client in a browser page: `src/browser/` built with Vite (the client's ESM build,
 * bundled as an app bundles it), served from its own origin and run in headless Chromium
 * (Debian's `/usr/bin/chromium`, driven by playwright-core; no browser download) against the
 * mock on another origin, so the mock's CORS answers are part of what is tested.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, chromium } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PACKAGE_ROOT, RUNTIMES, requireRuntime } from '../support/binaries.js'
import { expectScenario } from '../support/expect-scenario.js'
import { useMock } from '../support/mock.js'
import { type StaticServer, serveDirectory } from '../support/static-server.js'

const mock = useMock()
let outDir: string | undefined
let page: StaticServer | undefined
let browser: Browser | undefined

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'sendsms-browser-'))
  await build({
    root: `${PACKAGE_ROOT}src/browser`,
    configFile: false,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, minify: true },
  })
  page = await serveDirectory(outDir)
})

afterAll(async () => {
  await browser?.close()
  await page?.close()
  if (outDir !== undefined) await rm(outDir, { recursive: true, force: true })
})

describe('Chromium (Vite build)', () => {
  it('sends, reads the balance and refuses a wrong key from a page on another origin', async () => {
    const executablePath = requireRuntime(RUNTIMES.chromium)
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    })
    const tab = await browser.newPage()
    const pageUrl = page?.url ?? ''
    const mockUrl = mock.current().url
    const corsAnswers: (string | undefined)[] = []
    tab.on('response', (response) => {
      if (response.url().startsWith(mockUrl)) {
        corsAnswers.push(response.headers()['access-control-allow-origin'])
      }
    })

    await tab.goto(`${pageUrl}/?mock=${encodeURIComponent(mockUrl)}`)
    const result = tab.locator('#result[data-done="true"]')
    await result.waitFor({ timeout: 20_000 })
    expectScenario(JSON.parse((await result.textContent()) ?? ''), mock.current())

    // Three requests, each preflighted (JSON bodies), each answered for the page's origin.
    expect(corsAnswers.length).toBeGreaterThanOrEqual(3)
    for (const allowed of corsAnswers) expect([pageUrl, '*']).toContain(allowed)
  })
})
