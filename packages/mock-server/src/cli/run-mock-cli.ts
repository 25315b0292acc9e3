/**
 * @module
 * `runMockCli`: starts the mock from command-line flags and prints the banner. It never
 * exits the process; `bin.ts` (or the `sendsms mock` command) owns that.
 */
import { type RunningMock, startMockServer } from '../server.js'
import { mockBanner } from './banner.js'
import { MockUsageError } from './mock-usage-error.js'
import { parseMockArgs } from './parse-mock-args.js'
import { MOCK_CLI_USAGE } from './usage.js'

/**
 * Where the command line writes, and the environment it reads (PORT).
 * @example
 * const io: MockCliIo = { stdout: (s) => lines.push(s), env: { PORT: '0' } }
 */
export interface MockCliIo {
  /** Default: process.stdout. */
  stdout?: (s: string) => void
  /** Default: process.stderr. */
  stderr?: (s: string) => void
  /** Default: process.env. */
  env?: Record<string, string | undefined>
}

/**
 * Parses `argv` (flags only, without `node script`), starts the mock, prints the banner
 * and resolves with the running server. Request log lines go to `stdout` unless `--quiet`.
 * Throws `MockUsageError` for bad flags; for `--help` it throws one whose `exitCode` is 0
 * and whose message is the help text.
 * @example
 * import { runMockCli } from '@sendsms/mock-server'
 * const running = await runMockCli(['--port', '0', '--quiet'])
 * await running.close()
 */
export async function runMockCli(argv: string[], io: MockCliIo = {}): Promise<RunningMock> {
  const stdout = io.stdout ?? ((s: string) => void process.stdout.write(s))
  const env = io.env ?? process.env
  const { options, quiet, help } = parseMockArgs(argv, env)
  if (help) throw new MockUsageError(MOCK_CLI_USAGE, 0)
  const running = await startMockServer({
    ...options,
    ...(quiet ? {} : { log: (line: string) => stdout(`${line}\n`) }),
  })
  stdout(mockBanner(running))
  return running
}
