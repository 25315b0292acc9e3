/**
 * Test support (not built into dist): a CliIo that records stdout and stderr, so tests can
 * assert on exactly what a run printed.
 */
import type { CliIo } from '../cli-io.js'
// For its effect: the on-demand imports of runCli, loaded before any test's clock starts.
import './load-lazy-modules.js'

/** A CliIo plus the text it captured. */
export interface CapturedIo {
  io: CliIo
  stdout(): string
  stderr(): string
  /** Both streams, for "never prints the key" checks. */
  all(): string
}

/**
 * A recording CliIo over the given environment (never process.env, so the shell of whoever
 * runs the tests cannot change the outcome).
 *
 * @example
 * ```ts
 * const captured = captureIo({ ADVANTA_API_KEY: 'k' })
 * await runCli(['--version'], captured.io)
 * captured.stdout() // '0.1.0\n'
 * ```
 */
export function captureIo(
  env: Record<string, string | undefined> = {},
  extra: Omit<CliIo, 'stdout' | 'stderr' | 'env'> = {},
): CapturedIo {
  let out = ''
  let err = ''
  return {
    io: {
      ...extra,
      env,
      stdout: (text) => {
        out += text
      },
      stderr: (text) => {
        err += text
      },
    },
    stdout: () => out,
    stderr: () => err,
    all: () => out + err,
  }
}
