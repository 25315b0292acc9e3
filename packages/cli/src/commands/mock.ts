/**
 * `sendsms mock`: runs the offline mock server of @sendsms/mock-server with the same flags as
 * its own `sendsms-mock` binary, until stopped, then closes it before returning.
 */
import type { ResolvedIo } from '../cli-io.js'
import { CliError, UsageError } from '../errors/cli-error.js'
import type { ExitCode } from '../exit-codes.js'
import { EXIT_CODES } from '../exit-codes.js'
import { helpText } from './help.js'

const HINT = "Run 'sendsms help mock' for usage."

/**
 * Starts the mock (runMockCli prints the banner), waits for io.waitForStop (SIGINT/SIGTERM
 * by default), closes the server and returns 0. Bad flags, and a port or host the mock
 * cannot listen on (a port in use, say), exit 10 (`cannotListen`), each with one line.
 *
 * @example
 * ```ts
 * const code = await runMock(['--port', '0'], { ...io, waitForStop: () => stopped })
 * ```
 */
export async function runMock(argv: readonly string[], io: ResolvedIo): Promise<ExitCode> {
  // Answered here, before the import: help must stay fast and must not load the mock. Every
  // argv in which runMockCli would see its help flag holds one of these two words, so its
  // own help (a MockUsageError with exit code 0) never comes back from the call below.
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
    })
  } catch (error) {
    if (error instanceof MockUsageError) throw new UsageError(error.message, { hint: HINT })
    // The socket refused the --port or --host (in use, not allowed, not this machine's): a
    // choice for the user to change, not a bug of sendsms.
    if (typeof (error as { syscall?: unknown }).syscall === 'string') {
      throw new CliError(
        `cannot start the mock: ${(error as Error).message}`,
        EXIT_CODES.cannotListen,
        { kind: 'CannotListenError' },
        { hint: 'Pick another --port (or PORT), or a --host of this machine.' },
      )
    }
    throw error
  }
  try {
    await io.waitForStop()
  } finally {
    await running.close()
  }
  io.stderr('Mock server stopped.\n')
  return EXIT_CODES.ok
}
