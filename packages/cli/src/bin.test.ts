/** The built binary as a child process: help, send --json, bad usage, mock stopped by SIGTERM, lazy imports. */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type RunningMock, startMockServer } from '@sendsms/mock-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// These tests run the built binary, as users do; `pnpm test` builds first (turbo) and the
// package's own `pnpm build && pnpm test` does the same.
const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../dist')
const BIN = resolve(DIST, 'bin.js')

const children = new Set<ChildProcess>()
let running: RunningMock

beforeAll(async () => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run 'pnpm build' first`)
  running = await startMockServer({ port: 0 })
})

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
  await running.close()
})

interface Finished {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

function start(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [BIN, ...args], {
    // Only PATH from the parent: ADVANTA_* of the shell running the tests must not leak in.
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.add(child)
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const finished = new Promise<Finished>((done) => {
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }))
  })
  return { child, finished, stdout: () => stdout }
}

describe('the sendsms binary', () => {
  it('prints the help and exits 0', async () => {
    const result = await start(['--help']).finished
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toContain('sendsms send --to NUMBERS --message TEXT')
  })

  it('sends with --json against a mock on a random port', async () => {
    const result = await start(
      ['send', '--to', '254712345678,07123', '--message', 'Hi', '--json'],
      {
        ADVANTA_BASE_URL: running.url,
        ADVANTA_API_KEY: 'sandbox-api-key',
        ADVANTA_PARTNER_ID: '12345',
        ADVANTA_SHORTCODE: 'SANDBOX',
      },
    ).finished
    expect(result.code).toBe(4)
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, accepted: 1, rejected: 1 })
    expect(result.stdout + result.stderr).not.toContain('sandbox-api-key')
  })

  it('exits 2 for an unknown flag', async () => {
    const result = await start(['send', '--nope']).finished
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("sendsms: Unknown option '--nope'")
  })

  it('runs the mock until SIGTERM, then exits 0', async () => {
    const mock = start(['mock', '--port', '0', '--quiet'])
    const urlPattern = /http:\/\/127\.0\.0\.1:\d+/
    while (!urlPattern.test(mock.stdout())) {
      const early = await Promise.race([
        mock.finished,
        new Promise((r) => setTimeout(r, 10)).then(() => undefined),
      ])
      if (early) throw new Error(`mock exited early: ${JSON.stringify(early)}`)
    }
    const url = urlPattern.exec(mock.stdout())?.[0]
    expect((await fetch(`${url}/__mock/health`)).status).toBe(200)
    mock.child.kill('SIGTERM')
    expect(await mock.finished).toMatchObject({ code: 0, signal: null })
  })
})

describe('the start-up path of sendsms --help', () => {
  it('imports neither the client nor the mock statically', () => {
    const seen = new Set<string>()
    const heavy: string[] = []
    const visit = (file: string): void => {
      if (seen.has(file)) return
      seen.add(file)
      const source = readFileSync(file, 'utf8')
      // Static imports only: `import x from '...'` / `export ... from '...'`, not `import('...')`.
      for (const [, specifier = ''] of source.matchAll(
        /^(?:import|export)\s[^(;]*?from\s+'([^']+)'/gm,
      )) {
        if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier))
        else if (specifier.startsWith('@sendsms/')) heavy.push(`${file}: ${specifier}`)
      }
    }
    visit(BIN)
    expect(seen.size).toBeGreaterThan(5)
    expect(heavy).toEqual([])
  })
})
