/**
 * The outside world of a `sendsms` run (output streams, environment, stdin, the stop signal
 * of `sendsms mock`), injectable so tests run commands in-process without touching the real
 * process.
 */

/**
 * Everything a run may touch; each field defaults to the real process.
 *
 * @example
 * ```ts
 * let out = ''
 * await runCli(['--version'], { stdout: (text) => { out += text } })
 * ```
 */
export interface CliIo {
  /** Receives text for standard output, newlines included. Default: process.stdout.write. */
  stdout?: (text: string) => void
  /** Receives text for standard error, newlines included. Default: process.stderr.write. */
  stderr?: (text: string) => void
  /** Environment variables (ADVANTA_*, PORT). Default: process.env. */
  env?: Record<string, string | undefined>
  /** Reads all of standard input, for `--message -` and `bulk -`. Default: reads process.stdin. */
  readStdin?: () => Promise<string>
  /**
   * Resolves when `sendsms mock` should stop. Default: the first SIGINT or SIGTERM.
   * Tests pass their own promise instead of sending signals to the test runner.
   */
  waitForStop?: () => Promise<void>
  /**
   * Whether each stream is a terminal: colours and the progress bar are for terminals only.
   * Default: the process streams' own `isTTY` when that stream is the process's, else false.
   */
  isTTY?: { stdout?: boolean; stderr?: boolean }
}

/** CliIo with every field filled in, and whether standard output is the real one. */
export type ResolvedIo = Required<Omit<CliIo, 'isTTY'>> & {
  /** Whether standard output and standard error are terminals. */
  isTTY: { stdout: boolean; stderr: boolean }
  /**
   * API keys learnt after the start of the run (from a profile or an `--env-file`): every
   * line printed is masked for these too, as for the keys of the flags and the environment.
   */
  secrets: string[]
  /**
   * True when `stdout` is the process's own: `sendsms mock` then lets the mock write its
   * request log to it without blocking, rather than line by line through `stdout`.
   */
  stdoutIsProcess: boolean
}
