/**
 * @module
 * Provider verification: the Pact `Verifier` replays every interaction of every pact
 * file against the real Hono mock server on a random port, putting the mock into each
 * interaction's provider state first. Runs after the consumer phase of `pnpm test`.
 */
import { basename } from 'node:path'
import { Verifier } from '@pact-foundation/pact'
import { type RunningMock, startMockServer } from '@sendsms/mock-server/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLI_CONSUMER, CLIENT_CONSUMER, PACT_DIR, PROVIDER } from '../pacts/pact-dir.js'
import { listPactFiles, readPactFiles } from '../pacts/read-pact-files.js'
import { readLedger } from '../pacts/recorded-ledger.js'
import { createStateHandlers } from './state-handlers.js'

const pactFiles = listPactFiles(PACT_DIR).map((path) => ({ path, name: basename(path) }))

describe(`provider ${PROVIDER} (the mock server)`, () => {
  let running: RunningMock

  beforeAll(async () => {
    running = await startMockServer({ port: 0, host: '127.0.0.1' })
  })

  afterAll(async () => {
    await running?.close()
  })

  it('has pact files to verify (run the consumer tests first: pnpm test)', () => {
    expect(pactFiles.length).toBeGreaterThan(0)
    const pacts = readPactFiles(PACT_DIR).map(({ pact }) => pact)
    // Both consumers must have recorded something: a consumer test that silently wrote
    // nothing would otherwise leave its side of the contract unverified.
    expect(pacts.map((pact) => pact.consumer.name).sort()).toEqual(
      [CLI_CONSUMER, CLIENT_CONSUMER].sort(),
    )
    for (const pact of pacts) {
      expect(pact.provider.name).toBe(PROVIDER)
      expect(pact.interactions.length).toBeGreaterThan(0)
    }
  })

  it.each(pactFiles)('holds every interaction its consumer tests recorded: $name', (pactFile) => {
    const { pact } = readPactFiles(PACT_DIR).find(({ path }) => path === pactFile.path) ?? {}
    const written = (pact?.interactions ?? []).map((interaction) => interaction.description)
    const recorded = readLedger(pact?.consumer.name ?? '')
    // A lost merge would leave a passed test's interaction out of the file, unverified.
    expect(written.slice().sort()).toEqual(recorded.slice().sort())
  })

  it.each(pactFiles)('honours every interaction of $name', async (pactFile) => {
    const verifier = new Verifier({
      provider: PROVIDER,
      providerBaseUrl: running.url,
      pactUrls: [pactFile.path],
      stateHandlers: createStateHandlers(running.mock),
      // Every interaction starts from the mock's start state, whatever ran before it.
      beforeEach: async () => {
        running.mock.reset()
      },
      logLevel: 'warn',
      failIfNoPactsFound: true,
    })
    await expect(verifier.verifyProvider()).resolves.toBeDefined()
  })
})
