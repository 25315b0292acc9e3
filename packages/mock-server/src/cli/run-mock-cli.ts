/**
 * @module
 * `runMockCli`: starts the mock from command-line flags, opens its request log and prints
 * the banner. It never exits the process; `bin.ts` (or the `sendsms mock` command) owns
 * that.
 */
import { createRequestLogWriter } from '../node/request-log-writer.js'
import { type RunningMock, startMockServer } from '../node/start-mock-server.js'
import { mockBanner } from './banner.js'
import { MockUsageError } from './mock-usage-error.js'
import { parseMockArgs } from './parse-mock-args.js'
import { mockCliUsage } from './usage.js'

/**
 * Where the command line writes, and the environment it reads (PORT).
 * @example
 * const io: MockCliIo = { stdout: (s) => lines.push(s), env: { PORT: '0' } }
 */
export interface MockCliIo {
  /**
   * Receives the banner and the request log. Default: standard output, the log written
   * without blocking (a pipe would otherwise stall every request).
   */
  stdout?: (s: string) => void
  /** Default: process.stderr. */
  stderr?: (s: string) => void
  /** Default: process.env. */
  env?: Record<string, string | undefined>
  /** How the help names the command. Default `sendsms-mock`. */
  command?: string
}

/**
 * Parses `argv` (flags only, without `node script`), starts the mock, prints the banner
 * and resolves with the running server, whose `close()` also writes out the log. Request
 * log lines go to `stdout` unless `--quiet`. Throws `MockUsageError` for bad flags; for
 * `--help` it throws one whose `exitCode` is 0 and whose message is the help text.
 * @example
 * import { runMockCli } from '@sendsms/mock-server/cli'
 * const running = await runMockCli(['--port', '0', '--quiet'])
 * await running.close()
 */
export async function runMockCli(argv: string[], io: MockCliIo = {}): Promise<RunningMock> {
  const stdout = io.stdout ?? ((s: string) => void process.stdout.write(s))
  const { options, quiet, logFormat, help } = parseMockArgs(argv, io.env ?? process.env)
  if (help) throw new MockUsageError(mockCliUsage(io.command), 0)
  const writer = quiet
    ? undefined
    : createRequestLogWriter({ format: logFormat, ...(io.stdout ? { write: io.stdout } : {}) })
  let running: RunningMock
  try {
    running = await startMockServer({ ...options, ...(writer ? { log: writer.log } : {}) })
  } catch (error) {
    writer?.close()
    throw error
  }
  stdout(mockBanner(running))
  return {
    ...running,
    close: async () => {
      await running.close()
      writer?.close()
    },
  }
}
