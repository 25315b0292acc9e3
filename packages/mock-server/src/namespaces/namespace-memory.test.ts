/**
 * @module
 * Memory under namespaces stays bounded in bytes: each journal of a namespace (messages,
 * requests, pending callbacks) keeps within `namespaceJournalBytes` while the root keeps its own
 * budgets, and a namespace let go is given back. The heap itself is measured after
 * collecting garbage on demand (the workers run with `--expose-gc`), and only as a bound.
 */
import { describe, expect, it } from 'vitest'
import { createMock } from '../create-mock.js'
import { paramsWith, SEND_PATH, send } from '../test-support/requests.js'

const BUDGET = 16 * 1024
const LONG = 'x'.repeat(1000)

describe('the byte budget of a namespace', () => {
  it('bounds its message journal, and leaves the root its own', async () => {
    const mock = createMock({ namespaceJournalBytes: BUDGET })
    for (let i = 0; i < 40; i++) {
      await send(mock, 'GET', paramsWith({ message: LONG }), `/ns/a${SEND_PATH}`)
      await send(mock, 'GET', paramsWith({ message: LONG }))
    }
    const a = mock.namespaces.get('a')
    expect(a.journal.bytes).toBeLessThanOrEqual(BUDGET)
    expect(a.journal.dropped).toBeGreaterThan(0)
    expect(a.journal.size + a.journal.dropped).toBe(40)
    expect(mock.journal.size).toBe(40)
    expect(mock.journal.bytes).toBeGreaterThan(BUDGET)
    await mock.close()
  })

  it('bounds its request journal, and leaves the root its own', async () => {
    const mock = createMock({ namespaceJournalBytes: BUDGET })
    for (let i = 0; i < 40; i++) {
      await send(mock, 'GET', paramsWith({ message: LONG }), `/ns/a${SEND_PATH}`)
      await send(mock, 'GET', paramsWith({ message: LONG }))
    }
    const a = mock.namespaces.get('a')
    expect(a.requests.bytes).toBeLessThanOrEqual(BUDGET)
    expect(a.requests.dropped).toBeGreaterThan(0)
    expect(a.requests.size + a.requests.dropped).toBe(40)
    expect(mock.requests.size).toBe(40)
    expect(mock.requests.bytes).toBeGreaterThan(BUDGET)
    await mock.close()
  })

  it('bounds its pending delivery callbacks, and leaves the root its own', async () => {
    const account = {
      partnerID: '12345',
      apikey: 'sandbox-api-key',
      shortcodes: ['SANDBOX'],
      credit: 10_000_000,
      callbackUrl: 'http://127.0.0.1:9/dlr',
    }
    // A virtual clock that is never advanced: every report stays pending.
    const mock = createMock({
      accounts: [account],
      clock: { virtual: true },
      namespaceJournalBytes: 1024,
    })
    const numbers = Array.from({ length: 100 }, (_, i) => `07120000${String(i).padStart(2, '1')}`)
    const params = paramsWith({ mobile: numbers.join() })
    await send(mock, 'POST', params, `/ns/a${SEND_PATH}`)
    await send(mock, 'POST', params)
    const a = mock.namespaces.get('a')
    expect(a.callbacks.dropped.reports).toBeGreaterThan(0)
    expect(a.callbacks.pending + a.callbacks.dropped.reports).toBe(100)
    expect(mock.callbacks.pending).toBe(100)
    await mock.close()
  })
})

describe('the heap under namespaces', () => {
  it('holds well under 1 MiB per namespace in use, and gives it back once let go', async () => {
    const { gc } = globalThis as { gc?: () => void }
    // vitest.config.ts starts the test workers with --expose-gc.
    if (gc === undefined) throw new Error('run with node --expose-gc (see vitest.config.ts)')
    const collect = gc
    const mock = createMock()
    // The first namespace loads what every one shares (Hono's router, the rules' tables).
    await send(mock, 'GET', paramsWith({}), `/ns/warm${SEND_PATH}`)
    mock.namespaces.delete('warm')
    collect()
    const before = process.memoryUsage().heapUsed
    const count = 64
    for (let i = 0; i < count; i++) {
      await send(mock, 'GET', paramsWith({ message: LONG }), `/ns/run-${i}${SEND_PATH}`)
    }
    collect()
    const perNamespace = (process.memoryUsage().heapUsed - before) / count
    expect(perNamespace).toBeLessThan(1024 * 1024)
    for (let i = 0; i < count; i++) mock.namespaces.delete(`run-${i}`)
    await mock.close()
    collect()
    expect(process.memoryUsage().heapUsed - before).toBeLessThan((count * perNamespace) / 4)
  })
})
