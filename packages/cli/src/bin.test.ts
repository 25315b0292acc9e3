/** The built binary as a child process: help, send --json, bad usage, mock stopped by SIGTERM, lazy imports. */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { ENV_VARIABLES } from '@sendsms/client/settings'
import { type RunningMock, startMockServer } from '@sendsms/mock-server/node'
import { SANDBOX } from '@sendsms/test-fixtures'
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

function sandboxEnv(): Record<string, string> {
  return {
    [ENV_VARIABLES.baseUrl]: running.url,
    [ENV_VARIABLES.apiKey]: SANDBOX.apiKey,
    [ENV_VARIABLES.partnerId]: SANDBOX.partnerId,
    [ENV_VARIABLES.shortcode]: SANDBOX.shortcode,
  }
}

interface Finished {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

function start(args: string[], env: Record<string, string> = {}, nodeFlags: string[] = []) {
  const child = spawn(process.execPath, [...nodeFlags, BIN, ...args], {
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
      ['send', '--to', '254712345678,07123', '--message', 'Hi', '--json', '--no-check'],
      sandboxEnv(),
    ).finished
    expect(result.code).toBe(4)
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, accepted: 1, rejected: 1 })
    expect(result.stdout + result.stderr).not.toContain(SANDBOX.apiKey)
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
  // Only these packages may load for help: the settings subpath and the wire facts it
  // imports are a few small files; the client root would bring every method's code.
  const ALLOWED = ['@sendsms/client/settings', '@sendsms/wire']

  it('imports nothing but the settings subpath and @sendsms/wire statically, all the way down', () => {
    const seen = new Set<string>()
    const external: string[] = []
    const visit = (file: string): void => {
      if (seen.has(file)) return
      seen.add(file)
      const source = readFileSync(file, 'utf8')
      // Static imports only: `import x from '...'` / `export ... from '...'`, not `import('...')`.
      for (const [, specifier = ''] of source.matchAll(
        /^(?:import|export)\s[^(;]*?from\s+'([^']+)'/gm,
      )) {
        if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier))
        else if (specifier.startsWith('node:')) continue
        else {
          external.push(specifier)
          // Followed into the package, so whatever it imports is checked too.
          visit(fileURLToPath(import.meta.resolve(specifier, pathToFileURL(file).href)))
        }
      }
    }
    visit(BIN)
    expect(seen.size).toBeGreaterThan(5)
    expect([...new Set(external)].sort()).toEqual(ALLOWED)
  })

  describe('at run time', () => {
    // A module hook that writes down every module the process resolves.
    const dir = mkdtempSync(join(tmpdir(), 'sendsms-modules-'))
    const hooks = join(dir, 'hooks.mjs')
    const register = join(dir, 'register.mjs')
    writeFileSync(
      hooks,
      `import { appendFileSync } from 'node:fs'
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context)
  appendFileSync(process.env.MODULE_LOG, result.url + '\\n')
  return result
}
`,
    )
    writeFileSync(
      register,
      `import { register } from 'node:module'\nregister(${JSON.stringify(pathToFileURL(hooks).href)})\n`,
    )
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    async function modulesLoadedBy(args: string[], env: Record<string, string> = {}) {
      const log = join(dir, `${args[0]}.log`)
      writeFileSync(log, '')
      const result = await start(args, { ...env, MODULE_LOG: log }, ['--import', register]).finished
      return { result, modules: readFileSync(log, 'utf8').split('\n').filter(Boolean) }
    }

    it('loads no client root or mock for --help', async () => {
      const { result, modules } = await modulesLoadedBy(['--help'])
      expect(result.code).toBe(0)
      // The hook saw the bin and the settings subpath, so an empty match below means something.
      expect(modules.some((url) => url.endsWith('/cli/dist/bin.js'))).toBe(true)
      expect(modules.some((url) => url.endsWith('/client/dist/settings/index.js'))).toBe(true)
      expect(modules.filter((url) => /mock-server|\/client\/dist\/index\.js/.test(url))).toEqual([])
    })

    it('does load the client root for a send (the check above can see it)', async () => {
      const args = ['send', '--to', '254712345678', '--message', 'Hi', '--json']
      const { result, modules } = await modulesLoadedBy(args, sandboxEnv())
      expect(result.code).toBe(0)
      expect(modules.some((url) => url.endsWith('/client/dist/index.js'))).toBe(true)
    })
  })
})
