/**
 * Test support (not built into dist): a real mock server on a random port for the tests of
 * every command that calls the API, with the sandbox account in the environment and a log that proves whether a request
 * reached it at all.
 */
import { ENV_VARIABLES } from '@sendsms/client/settings'
import { formatRequestLine } from '@sendsms/mock-server'
import { type RunningMock, startMockServer } from '@sendsms/mock-server/node'
import { SANDBOX } from '@sendsms/test-fixtures'
import { afterAll, beforeAll, beforeEach } from 'vitest'
import { runCli } from '../run-cli.js'
import { captureIo } from './capture-io.js'

/** What one `sendsms` run returned and printed. */
export interface SendRun {
  code: number
  stdout(): string
  stderr(): string
  all(): string
  json(): Record<string, unknown>
}

/** The harness: the running mock, its request log, and ways to run `sendsms` commands. */
export interface SandboxMock {
  running(): RunningMock
  /** One line per request that reached the mock. */
  requests: string[]
  /** ADVANTA_* for the sandbox account at the mock, with overrides (undefined unsets). */
  env(overrides?: Record<string, string | undefined>): Record<string, string | undefined>
  /** Runs `sendsms send ARGV`. */
  send(argv: string[], env?: Record<string, string | undefined>): Promise<SendRun>
  /** Runs `sendsms ARGV` (the command included), with standard input `stdin` when given. */
  run(argv: string[], env?: Record<string, string | undefined>, stdin?: string): Promise<SendRun>
}

/**
 * Registers beforeAll/afterAll/beforeEach hooks in the calling test file: the mock starts
 * once, is reset before each test and closed at the end.
 *
 * @example
 * ```ts
 * const sandbox = useSandboxMock()
 * it('sends', async () => expect((await sandbox.send(['--to', '254712345678', '--message', 'Hi'])).code).toBe(0))
 * ```
 */
export function useSandboxMock(): SandboxMock {
  let running: RunningMock | undefined
  const requests: string[] = []
  const current = (): RunningMock => {
    if (running === undefined) throw new Error('the mock is not running yet')
    return running
  }

  beforeAll(async () => {
    // No process.env stubbing: runCli hands the client its own io.env, so the ADVANTA_*
    // of the shell running the tests cannot leak in (send-env.test.ts proves it).
    running = await startMockServer({
      port: 0,
      log: (entry) => requests.push(formatRequestLine(entry)),
    })
  })

  afterAll(async () => {
    await running?.close()
  })

  beforeEach(() => {
    current().mock.reset()
    requests.length = 0
  })

  const env: SandboxMock['env'] = (overrides = {}) => ({
    [ENV_VARIABLES.baseUrl]: current().url,
    [ENV_VARIABLES.apiKey]: SANDBOX.apiKey,
    [ENV_VARIABLES.partnerId]: SANDBOX.partnerId,
    [ENV_VARIABLES.shortcode]: SANDBOX.shortcode,
    ...overrides,
  })

  const run: SandboxMock['run'] = async (argv, runEnv = env(), stdin) => {
    const captured = captureIo(runEnv, stdin === undefined ? {} : { readStdin: async () => stdin })
    const code = await runCli(argv, captured.io)
    return {
      code,
      stdout: captured.stdout,
      stderr: captured.stderr,
      all: captured.all,
      json: () => JSON.parse(captured.stdout()) as Record<string, unknown>,
    }
  }

  return {
    running: current,
    requests,
    env,
    run,
    send: (argv, runEnv) => run(['send', ...argv], runEnv),
  }
}
