/**
 * sendsms send reads ADVANTA_* from its own io.env only, never from process.env: a caller of
 * runCli with `env: {}` gets no key at all, and a key the run never saw (so could not mask)
 * can neither be sent nor printed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EXIT_CODES } from '../exit-codes.js'
import { runCli } from '../run-cli.js'
import { captureIo } from '../testing/capture-io.js'
import { useSandboxMock } from '../testing/sandbox-mock.js'

const sandbox = useSandboxMock()

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('sendsms send and process.env', () => {
  // A real account of the mock: were this key sent, the send would be accepted.
  const PROCESS_KEY = 'process-env-only-key-5113'
  const ACCOUNT = { partnerID: '5113', apikey: PROCESS_KEY, shortcodes: ['PROCENV'], credit: 100 }

  it.each([[[]], [['--get']], [['--json']]])(
    'finds no apikey in env {} although process.env has one, and sends nothing (%j)',
    async (extra) => {
      sandbox.running().mock.accounts.upsert(ACCOUNT)
      vi.stubEnv('ADVANTA_API_KEY', PROCESS_KEY)
      const captured = captureIo({})
      const argv = [
        'send',
        ...['--to', '254712345678', '--message', 'Hi'],
        ...['--base-url', sandbox.running().url],
        ...['--partner-id', ACCOUNT.partnerID, '--shortcode', 'PROCENV'],
        ...extra,
      ]
      const code = await runCli(argv, captured.io)

      // The key of process.env was not picked up: the run has none, so nothing was sent.
      expect(sandbox.requests).toHaveLength(0)
      expect(code).toBe(EXIT_CODES.usage)
      expect(captured.stderr()).toContain('sendsms: no API key: set --api-key or ADVANTA_API_KEY')
      expect(sandbox.running().mock.journal.size).toBe(0)
      expect(captured.all()).not.toContain(PROCESS_KEY)
    },
  )

  it('sends the key of the env it is given, not the one of process.env', async () => {
    sandbox.running().mock.accounts.upsert(ACCOUNT)
    vi.stubEnv('ADVANTA_API_KEY', 'a-key-of-no-account')
    const run = await sandbox.send(
      ['--to', '254712345678', '--message', 'Hi', '--partner-id', ACCOUNT.partnerID],
      sandbox.env({ ADVANTA_API_KEY: PROCESS_KEY, ADVANTA_SHORTCODE: 'PROCENV' }),
    )
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(sandbox.running().mock.journal.list()[0]).toMatchObject({ partnerID: '5113' })
  })
})
