/**
 * `sendsms pact verify` and `sendsms pact check` through runCli, on pact files written
 * here: exit 0 when every interaction passes, 7 with the failures (an unknown state named)
 * when one does not, 2 for bad usage or an unreadable pact, 8 when @sendsms/pact is missing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startMockServer } from '@sendsms/mock-server/node'
import { afterAll, describe, expect, it } from 'vitest'
import { EXIT_CODES } from '../exit-codes.js'
import { runCli } from '../run-cli.js'
import { captureIo } from '../testing/capture-io.js'
import { runPact } from './pact.js'
import { PACT_NOT_INSTALLED } from './pact-package.js'

const dir = mkdtempSync(join(tmpdir(), 'sendsms-cli-pact-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const json = (content: unknown) => ({ content, contentType: 'application/json', encoded: false })

function balance(description: string, state: string, credit: unknown = '545.00') {
  return {
    type: 'Synchronous/HTTP',
    description,
    providerStates: [{ name: state, params: { credit: 545 } }],
    request: {
      method: 'POST',
      path: '/api/services/getbalance',
      headers: { 'Content-Type': ['application/json'] },
      body: json({ apikey: 'sandbox-api-key', partnerID: '12345' }),
    },
    response: {
      status: 200,
      headers: { 'Content-Type': ['application/json'] },
      body: json({ 'response-code': 200, credit, 'partner-id': '12345' }),
    },
  }
}

function writePact(name: string, interactions: unknown[]): string {
  const file = join(dir, `${name}.json`)
  const pact = {
    consumer: { name },
    provider: { name: 'advanta-sms-api' },
    interactions,
    metadata: { pactSpecification: { version: '4.0' } },
  }
  writeFileSync(file, JSON.stringify(pact))
  return file
}

const HAS_CREDIT = 'the sandbox account has the given credit'
const good = writePact('good-app', [balance('a balance request', HAS_CREDIT)])
const broken = writePact('broken-app', [
  balance('a balance request', HAS_CREDIT),
  balance('a balance request in a misspelt state', 'the sandbox acount has credit'),
])
const offSpec = writePact('off-spec-app', [balance('a balance request', HAS_CREDIT, true)])

async function run(argv: string[]) {
  const captured = captureIo()
  const code = await runCli(argv, captured.io)
  return { code, stdout: captured.stdout(), stderr: captured.stderr() }
}

// Each verification runs Pact's verifier in a child process (a few seconds on a loaded CI
// machine, past vitest's 5 s default): the limit here only guards against a hang.
describe('sendsms pact verify', { timeout: 120_000 }, () => {
  it('exits 0 when the mock honours every interaction, and writes the JUnit report', async () => {
    const junit = join(dir, 'reports', 'pact.xml')
    const { code, stdout } = await run(['pact', 'verify', good, '--junit', junit])
    expect(code).toBe(EXIT_CODES.ok)
    expect(stdout).toMatch(/Verifying a pact between/)
    expect(stdout).toContain('Verification passed: 1 interactions, 0 failed\n')
    expect(stdout).toContain(`JUnit report: ${junit}\n`)
    expect(stdout).not.toContain('✗')
    expect(readFileSync(junit, 'utf8')).toContain('tests="1" failures="0"')
  })

  it('exits 8 naming the unknown state and each failed interaction', async () => {
    const { code, stdout } = await run(['pact', 'verify', broken])
    expect(code).toBe(EXIT_CODES.contractBroken)
    expect(code).toBe(8)
    expect(stdout).toContain('unknown provider state: "the sandbox acount has credit"')
    expect(stdout).toContain('✗ broken-app: a balance request in a misspelt state\n')
    expect(stdout).toContain(
      '    the mock has no provider state named "the sandbox acount has credit"\n',
    )
    expect(stdout).not.toContain('✗ broken-app: a balance request\n')
    expect(stdout).toContain('Verification FAILED: 2 interactions, 1 failed\n')
  })

  it('prints one JSON document with --json', async () => {
    const { code, stdout } = await run(['pact', 'verify', broken, '--json'])
    expect(code).toBe(8)
    const document = JSON.parse(stdout)
    expect(document.passed).toBe(false)
    expect(document.unknownStates).toEqual(['the sandbox acount has credit'])
    expect(document.interactions.map((row: { passed: boolean }) => row.passed)).toEqual([
      true,
      false,
    ])
    expect(document.report).toBeUndefined()
  })

  it('verifies against a mock already running with --base-url', async () => {
    const running = await startMockServer({ port: 0, host: '127.0.0.1' })
    try {
      const { code, stdout } = await run([
        'pact',
        'verify',
        good,
        '--base-url',
        running.url,
        '--json',
      ])
      expect(code).toBe(0)
      expect(JSON.parse(stdout).passed).toBe(true)
    } finally {
      await running.close()
    }
  })

  it('exits 2 without pacts, or for a path with none', async () => {
    const none = await run(['pact', 'verify'])
    expect(none.code).toBe(EXIT_CODES.usage)
    expect(none.stderr).toContain('pact verify needs pact files or directories')
    const missing = await run(['pact', 'verify', join(dir, 'missing')])
    expect(missing.code).toBe(EXIT_CODES.usage)
    expect(missing.stderr).toMatch(/No pact file or directory at .*missing/)
    expect(missing.stderr).toContain("Run 'sendsms help pact' for usage.")
  })
})

describe('sendsms pact check', () => {
  it('exits 0 for pacts the spec allows', async () => {
    const { code, stdout } = await run(['pact', 'check', good])
    expect(code).toBe(0)
    expect(stdout).toBe('Spec check (rules) passed: 1 interactions, 0 failed\n')
  })

  it('exits 8 with each problem and its checker', async () => {
    const { code, stdout } = await run(['pact', 'check', offSpec, '--comparator'])
    expect(code).toBe(8)
    expect(stdout).toContain('✗ off-spec-app: a balance request\n')
    expect(stdout).toMatch(/ {4}\[rules\] response body: /)
    expect(stdout).toMatch(/ {4}\[comparator\] Response body is incompatible/)
    expect(stdout).toContain('Spec check (rules, comparator) FAILED: 1 interactions, 1 failed\n')
  })

  it('checks another document with the comparator alone (--spec)', async () => {
    const spec = join(dir, 'openapi.json')
    writeFileSync(
      spec,
      JSON.stringify({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {} }),
    )
    const { code, stdout } = await run(['pact', 'check', good, '--spec', spec, '--json'])
    expect(code).toBe(8)
    const document = JSON.parse(stdout)
    expect(document.checkers).toEqual(['comparator'])
    expect(document.interactions[0].problems[0].code).toBe('request.path-or-method.unknown')
  })

  it('exits 2 without pacts', async () => {
    const { code, stderr } = await run(['pact', 'check', '--json'])
    expect(code).toBe(2)
    expect(stderr).toContain('pact check needs pact files or directories')
  })
})

describe('sendsms pact', () => {
  it('prints its help for help pact, --help and the subcommands', async () => {
    for (const argv of [
      ['help', 'pact'],
      ['pact', '--help'],
      ['pact', 'verify', '-h'],
      ['pact', 'check', '--help'],
    ]) {
      const { code, stdout } = await run(argv)
      expect(code).toBe(0)
      expect(stdout).toMatch(/^Usage: sendsms pact verify PACTS/)
    }
  })

  it('prints its help on stderr and exits 2 without a subcommand, and refuses an unknown one', async () => {
    const bare = await run(['pact'])
    expect(bare.code).toBe(2)
    expect(bare.stderr).toMatch(/^Usage: sendsms pact verify PACTS/)
    const unknown = await run(['pact', 'publish'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain("unknown pact command 'publish': use verify or check")
  })

  it('exits 9 with one line when @sendsms/pact is not installed', async () => {
    const missing = Object.assign(
      new Error("Cannot find package '@sendsms/pact' imported from /x"),
      {
        code: 'ERR_MODULE_NOT_FOUND',
      },
    )
    const captured = captureIo()
    const { io } = captured
    const resolved = { ...io, stdoutIsProcess: false } as Parameters<typeof runPact>[1]
    await expect(
      runPact(['verify', good], resolved, () => Promise.reject(missing)),
    ).rejects.toMatchObject({
      exitCode: EXIT_CODES.pactNotInstalled,
      message: PACT_NOT_INSTALLED,
    })
    expect(PACT_NOT_INSTALLED).toBe(
      'sendsms pact needs the @sendsms/pact package: npm install --save-dev @sendsms/pact',
    )
  })

  it('lets any other failure to load through, as the bug it is', async () => {
    const inside = Object.assign(new Error("Cannot find package '@pact-foundation/pact'"), {
      code: 'ERR_MODULE_NOT_FOUND',
    })
    const resolved = { ...captureIo().io, stdoutIsProcess: false } as Parameters<typeof runPact>[1]
    await expect(runPact(['check', good], resolved, () => Promise.reject(inside))).rejects.toBe(
      inside,
    )
    const other = new Error("'@sendsms/pact' failed")
    await expect(runPact(['check', good], resolved, () => Promise.reject(other))).rejects.toBe(
      other,
    )
  })
})
