/**
 * @module
 * The CI recipe, run as CI runs it: `ci.sh` (the mock in the background, its health, the
 * app's tests, `sendsms pact check`, `sendsms pact verify --junit`) must exit 0 and leave a
 * JUnit report of every interaction. Then the real `sendsms` binary on pacts broken on
 * purpose: a misspelt provider state and a field the mock answers otherwise fail
 * verification (exit 8, the state named), a field of a type the spec refuses fails the check.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const pactFile = join(root, 'pacts', 'reminder-app-advanta-sms-api.json')
const reports = mkdtempSync(join(tmpdir(), 'sendsms-pact-ci-'))
afterAll(() => rmSync(reports, { recursive: true, force: true }))

// The test runner's own variables would make the vitest that ci.sh starts think it is nested.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !key.startsWith('VITEST') && key !== 'NODE_OPTIONS',
  ),
)

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
    server.once('error', reject)
  })
}

function run(command: string, args: string[], extraEnv: Record<string, string> = {}) {
  const { status, stdout, stderr } = spawnSync(command, args, {
    cwd: root,
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
    timeout: 300_000,
  })
  return { status, stdout, stderr }
}

const sendsms = (...args: string[]) =>
  run(join(root, 'node_modules/.bin/sendsms'), ['pact', ...args])

function brokenPact(change: (pact: { interactions: Record<string, unknown>[] }) => void): string {
  const pact = JSON.parse(readFileSync(pactFile, 'utf8'))
  change(pact)
  const file = join(reports, `broken-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(file, JSON.stringify(pact))
  return file
}

describe('ci.sh', () => {
  let ci: ReturnType<typeof run>

  beforeAll(async () => {
    ci = run('bash', ['ci.sh'], { MOCK_PORT: String(await freePort()), REPORTS_DIR: reports })
  }, 300_000)

  it('exits 0 after the tests, the check and the verification', () => {
    expect(ci.status, ci.stdout + ci.stderr).toBe(0)
    expect(ci.stdout).toContain('Spec check (rules) passed: 8 interactions, 0 failed')
    expect(ci.stdout).toContain('Verification passed: 8 interactions, 0 failed')
  })

  it('writes a JUnit report with a test case per interaction', () => {
    const xml = readFileSync(join(reports, 'pact-junit.xml'), 'utf8')
    expect(xml).toContain('<testsuites name="advanta-sms-api" tests="8" failures="0">')
    expect(xml.match(/<testcase classname="reminder-app"/g)).toHaveLength(8)
  })

  it('fails the verification of a misspelt state and a wrong field, naming the state (exit 8)', () => {
    const file = brokenPact((pact) => {
      const [first, second] = pact.interactions as { response: { body: { content: object } } }[]
      if (!first || !second) throw new Error('The consumer tests wrote fewer than two interactions')
      Object.assign(first, { providerStates: [{ name: 'the sandbox acount exists' }] })
      const { body } = second.response
      body.content = { ...body.content, 'response-description': 'Sent' }
    })
    const junit = join(reports, 'broken.xml')
    const { status, stdout } = sendsms('verify', file, '--junit', junit)
    expect(status).toBe(8)
    expect(stdout).toContain('unknown provider state: "the sandbox acount exists"')
    expect(stdout).toContain('Verification FAILED: 8 interactions, 2 failed')
    expect(readFileSync(junit, 'utf8')).toContain('tests="8" failures="2"')
  })

  it('fails the check of a field of a type the spec refuses (exit 8)', () => {
    type Rows = { response: { body: { content: { responses?: Record<string, unknown>[] } } } }
    const file = brokenPact((pact) => {
      const sends = pact.interactions as unknown as Rows[]
      const row = sends
        .flatMap((i) => i.response.body.content.responses ?? [])
        .find((r) => 'messageid' in r)
      if (row) row.messageid = true
    })
    const { status, stdout } = sendsms('check', file, '--json')
    expect(status).toBe(8)
    const result = JSON.parse(stdout)
    expect(result.passed).toBe(false)
    const failed = result.interactions.filter((i: { problems: unknown[] }) => i.problems.length > 0)
    expect(failed).toHaveLength(1)
    expect(failed[0].problems[0].message).toMatch(/^response body: /)
  })
})
