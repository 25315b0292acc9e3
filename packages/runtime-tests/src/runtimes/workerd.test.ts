/**
 * @module
 * The built client on workerd, Cloudflare Workers' runtime, through miniflare: the Worker
 * (`src/workerd/worker.mjs`) is bundled with esbuild the way a Worker project bundles it
 * (the `workerd`, `worker` and `browser` conditions, ESM), without `nodejs_compat`.
 */
import { build } from 'esbuild'
import { Miniflare } from 'miniflare'
import { afterAll, describe, expect, it } from 'vitest'
import { PACKAGE_ROOT } from '../support/binaries.js'
import { expectScenario } from '../support/expect-scenario.js'
import { useMock } from '../support/mock.js'

const mock = useMock()
let miniflare: Miniflare | undefined

afterAll(async () => {
  await miniflare?.dispose()
})

describe('workerd (miniflare)', () => {
  it('sends, reads the balance and refuses a wrong key from a bundled Worker', async () => {
    const bundle = await build({
      entryPoints: [`${PACKAGE_ROOT}src/workerd/worker.mjs`],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      conditions: ['workerd', 'worker', 'browser'],
      mainFields: ['module', 'main'],
      write: false,
      logLevel: 'silent',
    })
    const script = bundle.outputFiles[0]?.text ?? ''
    // The bundle must not lean on Node built-ins, which workerd has only with nodejs_compat.
    expect(script).not.toMatch(/from ["']node:/)

    miniflare = new Miniflare({
      modules: true,
      script,
      compatibilityDate: '2025-01-01',
      bindings: { MOCK_URL: mock.current().url },
    })
    const response = await miniflare.dispatchFetch('http://worker.test/')
    expectScenario(await response.json(), mock.current())
  })
})
