/**
 * @module
 * The error `runMockCli` throws for bad flags (and for `--help`). Its message is meant
 * for the user as is; callers print it without a stack.
 */

/**
 * Bad command-line input. `exitCode` is 2, or 0 when the "error" is `--help` and the
 * message is the help text.
 * @example
 * try { await runMockCli(['--port', 'x']) } catch (e) {
 *   if (e instanceof MockUsageError) { console.error(e.message); process.exitCode = e.exitCode }
 * }
 */
export class MockUsageError extends Error {
  override name = 'MockUsageError'
  readonly exitCode: number

  constructor(message: string, exitCode = 2) {
    super(message)
    this.exitCode = exitCode
  }
}
