/**
 * Waits for the user or a supervisor to stop `sendsms mock` (Ctrl-C or `kill`), so the
 * server can be closed cleanly instead of the process dying mid-request.
 */

/**
 * Resolves on the first SIGINT or SIGTERM and removes both listeners again, so a second
 * Ctrl-C during shutdown falls back to Node's default (immediate exit).
 *
 * @example
 * ```ts
 * const running = await startMockServer()
 * await waitForStopSignal()
 * await running.close()
 * ```
 */
export function waitForStopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve()
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
}
