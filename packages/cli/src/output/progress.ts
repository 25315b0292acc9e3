/**
 * The progress bar of a long send: numbers sent of the total, the rate and the time left,
 * drawn by cli-progress on standard error, fed by the client's `onProgress` (called as each
 * request settles). Only for a person at a terminal: never in a pipe, in CI, with `--json`
 * or `--quiet`, where it would be noise in a log. The summary line follows it as usual.
 */
import type { ResolvedIo } from '../cli-io.js'

/** What the client's onProgress hands over, as far as the bar needs it. */
export interface ProgressUpdate {
  done: number
  total: number
}

/** A running bar: `update` for onProgress, `stop` once the send settled. */
export interface ProgressBar {
  update(progress: ProgressUpdate): void
  stop(): void
}

/**
 * Whether a bar may be drawn: standard error is a terminal, not CI, not `--json`, not `--quiet`.
 *
 * @example
 * ```ts
 * showsProgress({ env: { CI: 'true' }, isTTY: { stdout: true, stderr: true } }, {}) // false
 * ```
 */
export function showsProgress(
  io: Pick<ResolvedIo, 'env' | 'isTTY'>,
  options: { json?: boolean | undefined; quiet?: boolean | undefined },
): boolean {
  const ci = io.env.CI
  const inCi = ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false'
  return io.isTTY.stderr && !inCi && options.json !== true && options.quiet !== true
}

/**
 * Starts a bar for `total` numbers in `requests` requests, or returns undefined when none is
 * to be shown (see showsProgress) or the send is one request (it is over before a bar says
 * anything).
 *
 * @example
 * ```ts
 * const bar = await startProgress(io, { total: 5000, requests: 5, json: false })
 * await sms.sendSms({ to, message, ...(bar ? { onProgress: bar.update } : {}) }).finally(() => bar?.stop())
 * ```
 */
export async function startProgress(
  io: Pick<ResolvedIo, 'env' | 'isTTY'>,
  options: { total: number; requests: number; json?: boolean; quiet?: boolean | undefined },
): Promise<ProgressBar | undefined> {
  if (options.requests < 2 || !showsProgress(io, options)) return undefined
  const loaded = await import('cli-progress')
  // A CommonJS module: Node hands it over as `default`, a bundler may not.
  const { SingleBar, Presets } = (loaded as { default?: typeof loaded }).default ?? loaded
  const started = Date.now()
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: 'sending {bar} {value}/{total} numbers | {rate}/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 4,
    },
    Presets.shades_classic,
  )
  bar.start(options.total, 0, { rate: '0' })
  return {
    update: ({ done }) => {
      const seconds = Math.max((Date.now() - started) / 1000, 0.001)
      bar.update(done, { rate: String(Math.round(done / seconds)) })
    },
    stop: () => bar.stop(),
  }
}
