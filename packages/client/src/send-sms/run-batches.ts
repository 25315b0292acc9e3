/**
 * @module
 * Runs the requests of a send split into batches, at most `concurrency` at a time, started
 * in input order. The first batch that fails, the caller's abort or a `settled` callback
 * that throws stops new batches from starting (the batches in flight finish): every batch
 * ends as done, failed or not attempted, so no recipient is lost and none is sent twice.
 */
import type { NotAttemptedReason } from './types.js'

/**
 * How one batch ended.
 * @example
 * const outcome: BatchOutcome<number> = { kind: 'done', value: 3 }
 */
export type BatchOutcome<T> =
  | { kind: 'done'; value: T }
  | { kind: 'failed'; error: unknown }
  | { kind: 'not-attempted'; reason: NotAttemptedReason }

/**
 * What stopped a run before its last batch: why, and the first error (the failed batch's,
 * the abort's or the callback's).
 * @example
 * const stop: BatchStop = { reason: 'earlier-request-failed', error: new InvalidCredentialsError() }
 */
export interface BatchStop {
  reason: NotAttemptedReason
  error: unknown
}

/**
 * Every batch's outcome by index, and what stopped the run (`undefined` when every batch
 * was attempted and none failed).
 * @example
 * const run: BatchRun<number> = { outcomes: [{ kind: 'done', value: 0 }], stop: undefined }
 */
export interface BatchRun<T> {
  outcomes: BatchOutcome<T>[]
  stop: BatchStop | undefined
}

/**
 * The batches to run and how.
 * @example
 * const plan: BatchPlan<number> = { count: 3, concurrency: 2, signal: undefined, send: async (i) => i }
 */
export interface BatchPlan<T> {
  count: number
  concurrency: number
  signal: AbortSignal | undefined
  /** Sends batch `index`; a rejection fails that batch. */
  send: (index: number) => Promise<T>
  /** Called as each batch settles (done or failed); a throw stops the run like a failure. */
  settled?: ((index: number, outcome: BatchOutcome<T>) => void) | undefined
}

/**
 * Runs `send` for each batch index from 0 to `count - 1`, at most `concurrency` at once;
 * resolves with each batch's outcome by index and never rejects.
 *
 * After the signal aborts, the next batch is still handed to `send`, which must then throw
 * without sending (the transport does for an aborted signal): its error is the abort's, and
 * that batch is `not-attempted`, not failed.
 * @example
 * const { outcomes } = await runBatches({ count: 3, concurrency: 2, signal: undefined, send: async (i) => i * 10 })
 * // [{ kind: 'done', value: 0 }, { kind: 'done', value: 10 }, { kind: 'done', value: 20 }]
 */
export async function runBatches<T>(plan: BatchPlan<T>): Promise<BatchRun<T>> {
  const { count, signal, send, settled } = plan
  const outcomes = new Array<BatchOutcome<T>>(count)
  let next = 0
  let stop: BatchStop | undefined
  const worker = async (): Promise<void> => {
    while (next < count && stop === undefined) {
      const index = next++
      const abortedBefore = signal?.aborted === true
      let outcome: BatchOutcome<T>
      try {
        outcome = { kind: 'done', value: await send(index) }
      } catch (error) {
        outcome = abortedBefore
          ? { kind: 'not-attempted', reason: 'aborted' }
          : { kind: 'failed', error }
        // An in-flight batch failing because the caller aborted is the abort, not a failure
        // of the provider, so the batches after it say so.
        stop ??= { reason: signal?.aborted ? 'aborted' : 'earlier-request-failed', error }
      }
      outcomes[index] = outcome
      if (outcome.kind === 'not-attempted') continue
      try {
        settled?.(index, outcome)
      } catch (error) {
        stop ??= { reason: 'on-progress-threw', error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(plan.concurrency, count) }, worker))
  for (let index = 0; index < count; index++) {
    // Only a stop leaves batches unstarted, so `stop` is set whenever this fills one.
    outcomes[index] ??= { kind: 'not-attempted', reason: (stop as BatchStop).reason }
  }
  return { outcomes, stop }
}
