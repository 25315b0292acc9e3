/**
 * @module
 * The mock's root entry in a browser. A page (`src/mock-browser/`) built by Vite as an app
 * is built, with `createMock` and the client in it and the client's `fetch` answered by
 * `mock.app.fetch`, run in headless Chromium (Debian's `/usr/bin/chromium`, driven by
 * playwright-core; no browser download). And the root entry bundled alone by esbuild for
 * the browser, which must need no `node:` module and no polyfill; its size is printed.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build as esbuild } from 'esbuild'
import { type Browser, chromium } from 'playwright-core'
import { build, type Rollup } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PACKAGE_ROOT, RUNTIMES, requireRuntime } from '../support/binaries.js'
import { expectMockScenario } from '../support/expect-mock-scenario.js'
import { type StaticServer, serveDirectory } from '../support/static-server.js'

let outDir: string | undefined
let page: StaticServer | undefined
let browser: Browser | undefined
let shimmed: string[] = []

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'sendsms-mock-browser-'))
  const built = await build({
    root: `${PACKAGE_ROOT}src/mock-browser`,
    configFile: false,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, minify: true },
  })
  // Vite replaces a `node:` module with an empty shim for the browser and only warns, so a
  // page could still pass with one: the shim is looked for in what it bundled.
  shimmed = ([built].flat() as Rollup.RollupOutput[])
    .flatMap((result) => result.output)
    .flatMap((chunk) => (chunk.type === 'chunk' ? chunk.moduleIds : []))
    .filter((id) => id.includes('browser-external'))
  page = await serveDirectory(outDir)
})

afterAll(async () => {
  await browser?.close()
  await page?.close()
  if (outDir !== undefined) await rm(outDir, { recursive: true, force: true })
})

describe('the mock in Chromium (Vite build)', () => {
  it('sends, charges, refuses a wrong key, journals, and delivers in the page, off the network', async () => {
    const executablePath = requireRuntime(RUNTIMES.chromium)
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    })
    expect(shimmed).toEqual([])
    const tab = await browser.newPage()
    const pageUrl = page?.url ?? ''
    const requested: string[] = []
    tab.on('request', (request) => {
      requested.push(request.url())
    })

    await tab.goto(`${pageUrl}/`)
    const result = tab.locator('#result[data-done="true"]')
    await result.waitFor({ timeout: 20_000 })
    const output: unknown = JSON.parse((await result.textContent()) ?? '')
    const { journal } = output as { journal?: unknown }
    expectMockScenario(output)
    expect(journal).toEqual(output.sent.messageIds)

    // The mock answered in the page: the page's own files are all it fetched.
    expect(requested.length).toBeGreaterThan(0)
    for (const url of requested) expect(url.startsWith(`${pageUrl}/`)).toBe(true)
  })
})

describe('the mock bundled for the browser (esbuild)', () => {
  it('needs no node: module and no polyfill', async () => {
    const bundle = await esbuild({
      stdin: {
        contents: "export * from '@sendsms/mock-server'",
        resolveDir: PACKAGE_ROOT,
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      minify: true,
      metafile: true,
      write: false,
      logLevel: 'silent',
    })
    const script = bundle.outputFiles[0]?.contents ?? new Uint8Array()
    const text = new TextDecoder().decode(script)
    expect(text).not.toMatch(/["']node:/)
    const outside = Object.values(bundle.metafile.outputs).flatMap((output) =>
      output.imports.filter((imported) => imported.external).map((imported) => imported.path),
    )
    expect(outside).toEqual([])
    // Only the mock, the wire facts it shares with the client, and Hono: no shim of a Node
    // module (buffer, process, events, crypto…) was pulled in.
    const inputs = Object.keys(bundle.metafile.inputs).filter((input) => input !== '<stdin>')
    const from = [/mock-server\/dist\//, /wire\/dist\//, /node_modules\/hono\/dist\//]
    expect(inputs.filter((input) => !from.some((allowed) => allowed.test(input)))).toEqual([])
    for (const allowed of from) expect(inputs).toContainEqual(expect.stringMatching(allowed))

    const gzipped = gzipSync(script).byteLength
    console.log(
      `@sendsms/mock-server for the browser: ${(script.byteLength / 1024).toFixed(1)} KiB minified, ${(gzipped / 1024).toFixed(1)} KiB min+gz`,
    )
  })
})
