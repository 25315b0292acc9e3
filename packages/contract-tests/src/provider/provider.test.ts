/**
 * @module
 * Provider verification: the Pact `Verifier` replays every interaction of every pact file
 * against the mock exactly as users run it, `sendsms mock` in a process of its own with
 * its default flags (the socket fast path and the request log), and again with
 * `--no-fast-path`, where every request goes through Hono's route. Each interaction's
 * provider state is set up by the mock itself: the verifier posts Pact's state change to
 * `/__mock/provider-states`, as a user's own verification would. Runs after the consumer
 * phase of `pnpm test`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { Verifier } from '@pact-foundation/pact'
import { listPactFiles, readPactFiles } from '@sendsms/pact'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONSUMERS, PACT_DIR, PROVIDER } from '../pacts/pact-dir.js'
import { readLedger } from '../pacts/recorded-ledger.js'
import { type MockProcess, startMockProcess } from './mock-process.js'
import { providerStatesUrl } from './provider-states-url.js'

const pactFiles = listPactFiles(PACT_DIR).map((path) => ({ path, name: basename(path) }))

/** Each line the request log writes for a provider endpoint, after the banner. */
const LOGGED_REQUEST = /^\S+Z [A-Z]+ \/api\/services\/\S* -> \d+\b/gm

describe('the pact files', () => {
  it('are there to verify, one per consumer (run the consumer tests first: pnpm test)', () => {
    const pacts = readPactFiles(PACT_DIR).map(({ pact }) => pact)
    // A consumer whose tests silently wrote nothing would leave its side unverified.
    expect(pacts.map((pact) => pact.consumer.name).sort()).toEqual([...CONSUMERS].sort())
    for (const pact of pacts) {
      expect(pact.provider.name).toBe(PROVIDER)
      expect(pact.interactions.length).toBeGreaterThan(0)
    }
  })

  it.each(pactFiles)('hold every interaction their consumer tests recorded: $name', (pactFile) => {
    const { pact } = readPactFiles(PACT_DIR).find(({ path }) => path === pactFile.path) ?? {}
    const written = (pact?.interactions ?? []).map((interaction) => interaction.description)
    const recorded = readLedger(pact?.consumer.name ?? '')
    // A lost merge would leave a passed test's interaction out of the file, unverified.
    expect(written.slice().sort()).toEqual(recorded.slice().sort())
  })
})

/**
 * A guard against a hang, not a measure: the client's pact (some 200 interactions) replays
 * in about 8 s on an idle machine and took over 30 s, the suite's default, on two cores
 * shared with busy loops and mutation runs. A timeout that cuts it short fails the run
 * under load for nothing.
 */
const VERIFY_TIMEOUT_MS = 10 * 60_000

const TRANSPORTS = [
  { name: 'sendsms mock, default flags (fast path, request log)', flags: [] },
  { name: 'sendsms mock --no-fast-path (every request through Hono)', flags: ['--no-fast-path'] },
]

describe.each(TRANSPORTS)(`provider ${PROVIDER} as $name`, ({ flags }) => {
  let mock: MockProcess
  let replayed = 0

  beforeAll(async () => {
    mock = await startMockProcess(flags)
  })

  afterAll(async () => {
    await mock?.stop()
  })

  it.each(pactFiles)(
    'honours every interaction of $name',
    async (pactFile) => {
      const verifier = new Verifier({
        provider: PROVIDER,
        providerBaseUrl: mock.url,
        pactUrls: [pactFile.path],
        // Each setup starts from a reset and each teardown is one, so every interaction
        // starts from the mock's start state, whatever ran before it.
        providerStatesSetupUrl: providerStatesUrl(mock.url),
        logLevel: 'warn',
        failIfNoPactsFound: true,
      })
      await expect(verifier.verifyProvider()).resolves.toBeDefined()
      const { pact } = readPactFiles(PACT_DIR).find(({ path }) => path === pactFile.path) ?? {}
      replayed += pact?.interactions.length ?? 0
    },
    VERIFY_TIMEOUT_MS,
  )

  it('logged every replayed request, as users run it with the log on', async () => {
    expect(replayed).toBeGreaterThan(0)
    // The log is written in batches; a stopped mock has written all of it.
    await mock.stop()
    // At least one line per replayed request (states send messages of their own).
    expect(mock.output().match(LOGGED_REQUEST)?.length ?? 0).toBeGreaterThanOrEqual(replayed)
  })
})

describe('a provider state the mock does not know', () => {
  let mock: MockProcess
  let dir: string

  beforeAll(async () => {
    mock = await startMockProcess([])
    dir = mkdtempSync(join(tmpdir(), 'sendsms-states-'))
  })

  afterAll(async () => {
    await mock?.stop()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('fails the verification of its interaction, as the mock answers it 400', async () => {
    const [{ pact } = { pact: undefined }] = readPactFiles(PACT_DIR)
    const [interaction] = pact?.interactions ?? []
    const typo = { ...interaction, providerStates: [{ name: 'the sandbox acount exists' }] }
    const path = join(dir, 'typo.json')
    writeFileSync(path, JSON.stringify({ ...pact, interactions: [typo] }))
    const verifier = new Verifier({
      provider: PROVIDER,
      providerBaseUrl: mock.url,
      pactUrls: [path],
      providerStatesSetupUrl: providerStatesUrl(mock.url),
      logLevel: 'error',
    })
    // Without the mock's answer the interaction would run, unset, and could pass.
    await expect(verifier.verifyProvider()).rejects.toThrow(
      /setup state change handlers has failed/,
    )
  })
})
