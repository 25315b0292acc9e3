/**
 * `sendsms mock`: runs the offline mock server of @sendsms/mock-server with the same flags as
 * its own `sendsms-mock` binary, until stopped, then closes it before returning.
 */
import type { ResolvedIo } from '../cli-io.js'
import { UsageError } from '../errors/cli-error.js'
import type { ExitCode } from '../exit-codes.js'
import { EXIT_CODES } from '../exit-codes.js'
import { helpText } from './help.js'

/**
 * Starts the mock (runMockCli prints the banner), waits for io.waitForStop (SIGINT/SIGTERM
 * by default), closes the server and returns 0. Bad flags become a UsageError (exit 2).
 *
 * @example
 * ```ts
 * const code = await runMock(['--port', '0'], { ...io, waitForStop: () => stopped })
 * ```
 */
export async function runMock(argv: readonly string[], io: ResolvedIo): Promise<ExitCode> {
  // Answered here, before the import: help must stay fast and must not load the mock.
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(await helpText('mock'))
    return EXIT_CODES.ok
  }
  const { MockUsageError, runMockCli } = await import('@sendsms/mock-server/cli')
  let running: Awaited<ReturnType<typeof runMockCli>>
  try {
    running = await runMockCli([...argv], {
      // The real standard output is left to the mock, which writes its log without blocking.
      ...(io.stdoutIsProcess ? {} : { stdout: io.stdout }),
      stderr: io.stderr,
      env: io.env,
      command: 'sendsms mock',
    })
  } catch (error) {
    if (!(error instanceof MockUsageError)) throw error
    // runMockCli reports its own help as a MockUsageError with exit code 0.
    if (error.exitCode === 0) {
      io.stdout(`${error.message}\n`)
      return EXIT_CODES.ok
    }
    throw new UsageError(error.message, { hint: "Run 'sendsms help mock' for usage." })
  }
  try {
    await io.waitForStop()
  } finally {
    await running.close()
  }
  io.stderr('Mock server stopped.\n')
  return EXIT_CODES.ok
}
