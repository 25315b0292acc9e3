/**
 * @module
 * The mock's root entry on workerd, through miniflare: the Worker `src/mock/mock-worker.mjs`
 * (`createMock`, its app as the Worker's `fetch`) bundled by esbuild as a Worker project
 * bundles it (the `workerd`, `worker` and `browser` conditions, ESM), without
 * `nodejs_compat`, and driven over HTTP from this Node process with the built client and the
 * control endpoints. The Worker holds one mock for as long as its isolate lives, so each test
 * starts with `POST /__mock/reset`.
 */
import { createServer, type Server } from 'node:http'
import * as client from '@sendsms/client'
import { build, type Metafile } from 'esbuild'
import { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MOCK_MESSAGE, RECIPIENTS, runMockScenario } from '../mock/mock-scenario.mjs'
import { PACKAGE_ROOT } from '../support/binaries.js'
import { expectMockScenario, MOCK_ADVANCE } from '../support/expect-mock-scenario.js'

let script = ''
let metafile: Metafile | undefined
let miniflare: Miniflare | undefined
let workerUrl = ''

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
  miniflare = new Miniflare({
    modules: true,
    script,
    compatibilityDate: '2025-01-01',
    host: '127.0.0.1',
    port: 0,
  })
  workerUrl = (await miniflare.ready).origin
})

afterAll(async () => {
  await miniflare?.dispose()
})

async function control(path: string, body?: unknown): Promise<unknown> {
  const init =
    body === undefined
      ? { method: 'POST' }
      : {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }
  const response = await fetch(new URL(path, workerUrl), init)
  expect(response.status).toBe(200)
  return response.json()
}

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
    await control('/__mock/reset')
    const output = await runMockScenario(client, { baseUrl: workerUrl, advance: MOCK_ADVANCE })
    expectMockScenario(output)
  })

  it('posts a delivery callback out of the Worker when its virtual clock is advanced', async () => {
    const received: string[] = []
    const receiver: Server = createServer((request, response) => {
      let body = ''
      request.on('data', (chunk) => {
        body += chunk
      })
      request.on('end', () => {
        received.push(body)
        response.end()
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    try {
      const address = receiver.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      await control('/__mock/reset')
      await control('/__mock/accounts', {
        partnerID: '12345',
        callbackUrl: `http://127.0.0.1:${port}/dlr`,
      })
      const sms = client.createClient({
        baseUrl: workerUrl,
        partnerId: '12345',
        apiKey: 'sandbox-api-key',
        shortcode: 'SANDBOX',
        env: false,
      })
      const sent = await sms.sendSms({ to: RECIPIENTS.slice(0, 1), message: MOCK_MESSAGE })
      expect(received).toEqual([])

      // The attempt is made while the advance is answered, inside that request: a Worker's
      // timers and I/O last only as long as the request that started them.
      await control('/__mock/clock', { advance: MOCK_ADVANCE })
      expect(received).toHaveLength(1)
      expect(client.parseDeliveryCallback(received[0])).toMatchObject({
        messageId: sent.results[0]?.messageId,
        status: 'DeliveredToTerminal' satisfies client.DeliveryStatus,
        final: true,
      })
      const callbacks = await (await fetch(new URL('/__mock/callbacks', workerUrl))).json()
      expect(callbacks).toMatchObject({
        attempts: [{ attempt: 1, status: 200, result: 'delivered' }],
        pending: 0,
      })
    } finally {
      await new Promise<void>((resolve) => {
        receiver.closeAllConnections()
        receiver.close(() => resolve())
      })
    }
  })
})
