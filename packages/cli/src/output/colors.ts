/**
 * Colours of readable output, as the GitHub CLI decides them: on for a terminal only,
 * `NO_COLOR` (any non-empty value) turns them off, `FORCE_COLOR` (anything but `0`) turns
 * them on even in a pipe, and a `TERM` of `dumb` has none. picocolors paints; it is loaded
 * only when colours are on, so pipes and `--json` never load it.
 */
import type { ResolvedIo } from '../cli-io.js'

/**
 * The paints readable output uses; each returns its text unchanged when colours are off.
 *
 * @example
 * ```ts
 * const paint: Paint = PLAIN
 * paint.green('accepted') // 'accepted'
 * ```
 */
export interface Paint {
  green(text: string): string
  red(text: string): string
  yellow(text: string): string
  dim(text: string): string
  bold(text: string): string
}

const same = (text: string) => text

/**
 * No colours at all.
 *
 * @example
 * ```ts
 * PLAIN.red('rejected') // 'rejected'
 * ```
 */
export const PLAIN: Paint = { green: same, red: same, yellow: same, dim: same, bold: same }

/**
 * Whether a stream gets colours: FORCE_COLOR, else NO_COLOR, else whether it is a terminal
 * that is not `dumb`.
 *
 * @example
 * ```ts
 * wantsColor({ NO_COLOR: '1' }, true)    // false
 * wantsColor({ FORCE_COLOR: '1' }, false) // true
 * ```
 */
export function wantsColor(env: Readonly<Record<string, string | undefined>>, isTTY: boolean) {
  const force = env.FORCE_COLOR
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false'
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return isTTY && env.TERM !== 'dumb'
}

/**
 * The paints for one of the run's streams.
 *
 * @example
 * ```ts
 * const paint = await paintFor(io, 'stdout')
 * io.stdout(`${paint.green('accepted')}\n`)
 * ```
 */
export async function paintFor(
  io: Pick<ResolvedIo, 'env' | 'isTTY'>,
  stream: 'stdout' | 'stderr',
): Promise<Paint> {
  if (!wantsColor(io.env, io.isTTY[stream])) return PLAIN
  const loaded = await import('picocolors')
  // A CommonJS module: Node hands it over as `default`, a bundler may not.
  const { createColors } = (loaded as { default?: typeof loaded }).default ?? loaded
  const colors = createColors(true)
  return {
    green: colors.green,
    red: colors.red,
    yellow: colors.yellow,
    dim: colors.dim,
    bold: colors.bold,
  }
}
