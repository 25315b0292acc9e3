/** `sendsms drift` as users run it: the built binary, against a second mock and against nothing. */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ENV_VARIABLES } from '@sendsms/client/settings'
import { type RunningMock, startMockServer } from '@sendsms/mock-server/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROBE_NAMES } from '../drift/probes.js'
import { EXIT_CODES } from '../exit-codes.js'
import { UPSTREAM_ACCOUNT } from '../testing/stand-in-upstream.js'
import { useUnusableApis } from '../testing/unusable-apis.js'

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/bin.js')
const apis = useUnusableApis()
let second: RunningMock

beforeAll(async () => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run 'pnpm build' first`)
  second = await startMockServer({ port: 0, accounts: [{ ...UPSTREAM_ACCOUNT }] })
})

afterAll(async () => {
  await second.close()
})

function run(args: string[], baseUrl: string) {
  const child = spawn(process.execPath, [BIN, 'drift', ...args], {
    // Only PATH from the parent: ADVANTA_* of the shell running the tests must not leak in.
    env: {
      PATH: process.env.PATH ?? '',
      [ENV_VARIABLES.baseUrl]: baseUrl,
      [ENV_VARIABLES.apiKey]: UPSTREAM_ACCOUNT.apikey,
      [ENV_VARIABLES.partnerId]: UPSTREAM_ACCOUNT.partnerID,
      [ENV_VARIABLES.shortcode]: UPSTREAM_ACCOUNT.shortcodes[0] ?? '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
  })
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    child.on('close', (code) => done({ code, stdout, stderr }))
  })
}

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
