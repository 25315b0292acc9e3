/**
 * Test support (not built into dist): runs the built `sendsms` binary as a user does, in a
 * pipe or (with `inTerminal`) in a real pseudo-terminal made by util-linux `script`, with
 * only the environment given (and PATH), so the tests' own shell cannot leak in.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll } from 'vitest'

/** The built binary; `pnpm build` makes it before the tests run. */
export const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/bin.js')

/** What a run of the binary gave. */
export interface BinRun {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Runs `node dist/bin.js ...args` in a pipe, with `stdin` written to it when given.
 *
 * @example
 * ```ts
 * const run = await runBin(['send', '--to', '-', '-m', 'Hi'], env, { stdin: '0712345678\n' })
 * ```
 */
export function runBin(
  args: readonly string[],
  env: Record<string, string | undefined>,
  options: { stdin?: string; cwd?: string } = {},
): Promise<BinRun> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    cwd: options.cwd,
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
  })
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  child.stdin.end(options.stdin ?? '')
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })))
}

/**
 * Runs a shell command line in a real pseudo-terminal (`script -q -e -c LINE /dev/null`):
 * standard output and standard error are both the terminal, whose text comes back as
 * `stdout` (carriage returns and all), `code` the command's exit code.
 *
 * @example
 * ```ts
 * const run = await inTerminal(`node ${BIN} send --to 254712345678 -m Hi`, env)
 * ```
 */
export function inTerminal(line: string, env: Record<string, string | undefined>): Promise<BinRun> {
  return runCommand('script', ['-q', '-e', '-c', line, '/dev/null'], {
    TERM: 'xterm-256color',
    ...env,
  })
}

/**
 * Runs any program with only the environment given (and PATH).
 *
 * @example
 * ```ts
 * await runCommand('bash', ['-c', 'echo hi'], {})
 * ```
 */
export function runCommand(
  program: string,
  args: readonly string[],
  env: Record<string, string | undefined>,
  options: { cwd?: string } = {},
): Promise<BinRun> {
  const child = spawn(program, args, {
    env: { PATH: process.env.PATH ?? '', ...env },
    cwd: options.cwd,
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
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })))
}

/**
 * A fresh temporary directory for the calling test file (a config directory, list files),
 * removed after its tests.
 *
 * @example
 * ```ts
 * const dir = useTempDir()
 * writeFileSync(join(dir(), 'numbers.txt'), '0712345678\n')
 * ```
 */
export function useTempDir(): () => string {
  const dir = mkdtempSync(join(tmpdir(), 'sendsms-test-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  return () => dir
}
