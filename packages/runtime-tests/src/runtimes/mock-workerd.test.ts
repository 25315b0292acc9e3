/**
 * @module
 * The mock's root entry on workerd, through miniflare: the Worker `src/mock/mock-worker.mjs`
 * (`createMock`, its app as the Worker's `fetch`) bundled by esbuild as a Worker project
 * bundles it (the `workerd`, `worker` and `browser` conditions, ESM), without
 * `nodejs_compat`, and driven over HTTP from this Node process with the built client and the
 * control endpoints.
 */
import * as client from '@sendsms/client'
import { build, type Metafile } from 'esbuild'
import { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runMockScenario } from '../mock/mock-scenario.mjs'
import { PACKAGE_ROOT } from '../support/binaries.js'
import { expectMockScenario, MOCK_ADVANCE } from '../support/expect-mock-scenario.js'

let script = ''
let metafile: Metafile | undefined
let miniflare: Miniflare | undefined

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [`${PACKAGE_ROOT}src/mock/mock-worker.mjs`],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    metafile: true,
    write: false,
    logLevel: 'silent',
  })
  script = bundle.outputFiles[0]?.text ?? ''
  metafile = bundle.metafile
})

afterAll(async () => {
  await miniflare?.dispose()
})

describe('the mock on workerd (miniflare)', () => {
  it('bundles the ESM root entry with nothing from node: and no import left outside', () => {
    // workerd has Node built-ins only with nodejs_compat, which this Worker does not set.
    expect(script).not.toMatch(/["']node:/)
    const outside = Object.values(metafile?.outputs ?? {}).flatMap((output) =>
      output.imports.filter((imported) => imported.external).map((imported) => imported.path),
    )
    expect(outside).toEqual([])
    const inputs = Object.keys(metafile?.inputs ?? {})
    expect(inputs).toContainEqual(expect.stringMatching(/mock-server\/dist\/index\.js$/))
    expect(inputs).not.toContainEqual(expect.stringMatching(/mock-server\/dist\/(cjs|node)\//))
  })

  it('sends, charges, refuses a wrong key, journals, and delivers on its virtual clock over HTTP', async () => {
    miniflare = new Miniflare({
      modules: true,
      script,
      compatibilityDate: '2025-01-01',
      host: '127.0.0.1',
      port: 0,
    })
    const url = await miniflare.ready
    console.log(`the mock as a Worker at ${url.origin}`)
    const output = await runMockScenario(client, { baseUrl: url.origin, advance: MOCK_ADVANCE })
    expectMockScenario(output)
  })
})
