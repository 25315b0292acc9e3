/**
 * @module
 * A wait between attempts that ends the moment the caller's signal aborts, even when the
 * clock's `sleep` ignores the signal (a caller's own clock may).
 */
import type { Clock } from './clock.js'

/**
 * Waits `ms` on `clock`. Resolves `true` after the wait, `false` as soon as `signal`
 * aborts (before or during it); never rejects for an abort.
 * @example
 * if (!(await waitFor(realClock, 250, signal))) throw abortedError(signal)
 */
export async function waitFor(
  clock: Clock,
  ms: number,
  signal: AbortSignal | undefined,
): Promise<boolean> {
  if (signal?.aborted) return false
  let onAbort = (): void => {}
  const aborted = new Promise<false>((resolve) => {
    onAbort = () => resolve(false)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
  try {
    const slept = clock.sleep(ms, signal).then(
      () => true,
      // A sleep that rejects because the signal aborted is the abort; any other rejection
      // (a broken clock) ends the wait as if it had run out.
      () => !signal?.aborted,
    )
    return await Promise.race([slept, aborted])
  } finally {
    signal?.removeEventListener('abort', onAbort)
  }
}
