/** `sendsms drift` as users run it: the built binary, against a second mock and against nothing. */
import { existsSync } from 'node:fs'
import { ENV_VARIABLES } from '@sendsms/client/settings'
import { type RunningMock, startMockServer } from '@sendsms/mock-server/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROBE_NAMES } from '../drift/probes.js'
import { EXIT_CODES } from '../exit-codes.js'
import { BIN, runBin } from '../testing/run-bin.js'
import { UPSTREAM_ACCOUNT } from '../testing/stand-in-upstream.js'
import { useUnusableApis } from '../testing/unusable-apis.js'

const apis = useUnusableApis()
let second: RunningMock

beforeAll(async () => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run 'pnpm build' first`)
  second = await startMockServer({ port: 0, accounts: [{ ...UPSTREAM_ACCOUNT }] })
})

afterAll(async () => {
  await second.close()
})

// Only PATH and these from the parent (runBin): ADVANTA_* of the shell running the tests must not leak in.
const run = (args: string[], baseUrl: string) =>
  runBin(['drift', ...args], {
    [ENV_VARIABLES.baseUrl]: baseUrl,
    [ENV_VARIABLES.apiKey]: UPSTREAM_ACCOUNT.apikey,
    [ENV_VARIABLES.partnerId]: UPSTREAM_ACCOUNT.partnerID,
    [ENV_VARIABLES.shortcode]: UPSTREAM_ACCOUNT.shortcodes[0] ?? '',
  })

describe('the sendsms binary: drift', () => {
  it('finds no difference between a second mock and its built-in one, exit 0', async () => {
    const result = await run(['--json'], second.url)
    expect(result.code).toBe(EXIT_CODES.ok)
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: true,
      summary: { probes: PROBE_NAMES.length, differences: 0 },
    })
    expect(result.stderr).toBe('')
    expect(result.stdout + result.stderr).not.toContain(UPSTREAM_ACCOUNT.apikey)
    // Nothing was sent, nothing charged.
    expect(second.mock.journal.list()).toEqual([])
  })

  it('exits 5 when the upstream is not listening, and exits by itself', async () => {
    const result = await run([], apis.closed())
    expect(result.code).toBe(EXIT_CODES.unreachable)
    expect(result.stderr).toContain(`could not reach the upstream at ${apis.closed()}`)
    expect(result.stdout + result.stderr).not.toContain(UPSTREAM_ACCOUNT.apikey)
  })
})
