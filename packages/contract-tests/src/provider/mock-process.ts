/**
 * @module
 * The mock as users run it: `sendsms mock`, the CLI's own binary, in a process of its own,
 * with its default flags (the request log on) and only a free port chosen. The provider
 * verification replays every pact against it, so what the contracts pass is what
 * `sendsms mock` and `npm start` serve, and not an in-process server set up for tests.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const CLI_PACKAGE = new URL('../../node_modules/@sendsms/cli/', import.meta.url)

/** The `sendsms` binary as the CLI's package.json names it. */
function sendsmsBin(): string {
  const { bin } = JSON.parse(readFileSync(new URL('package.json', CLI_PACKAGE), 'utf8')) as {
    bin: { sendsms: string }
  }
  return fileURLToPath(new URL(bin.sendsms, CLI_PACKAGE))
}

/**
 * A running `sendsms mock` process.
 * @example
 * const mock = await startMockProcess([])
 * mock.url // 'http://127.0.0.1:41234'
 */
export interface MockProcess {
  url: string
  /** Everything the process wrote to stdout so far: the banner, then one line per request. */
  output(): string
  stop(): Promise<void>
}

const STARTED = /listening on (http:\/\/127\.0\.0\.1:\d+)/

/**
 * Starts `sendsms mock --port 0 ...flags` and resolves once it listens.
 * @example
 * const viaHono = await startMockProcess(['--no-fast-path'])
 */
export function startMockProcess(flags: readonly string[]): Promise<MockProcess> {
  const child = spawn(process.execPath, [sendsmsBin(), 'mock', '--port', '0', ...flags], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  })
  // A test run that dies half-way must not leave the mock serving.
  const killOnExit = () => child.kill()
  process.once('exit', killOnExit)
  let stdout = ''
  let stderr = ''
  child.stdout?.setEncoding('utf8').on('data', (text: string) => {
    stdout += text
  })
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    stderr += text
  })
  return new Promise((resolve, reject) => {
    const onData = () => {
      const url = STARTED.exec(stdout)?.[1]
      if (url === undefined) return
      child.stdout?.off('data', onData)
      resolve({ url, output: () => stdout, stop: () => stop(child, killOnExit) })
    }
    child.stdout?.on('data', onData)
    child.once('exit', (code) => {
      reject(new Error(`sendsms mock exited with ${code} before listening: ${stderr || stdout}`))
    })
  })
}

function stop(child: ChildProcess, killOnExit: () => void): Promise<void> {
  process.off('exit', killOnExit)
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
