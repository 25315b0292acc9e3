/**
 * The `--message` flag of `send` and `otp`: the text itself, or `-` to read it from standard
 * input, as `echo "Build passed" | sendsms send --message -` pipes it.
 */
import type { ResolvedIo } from '../cli-io.js'

/**
 * The message to send: `value` as it is, or standard input for `-` with one final newline
 * dropped (`echo` adds it; the recipient should not get it).
 *
 * @example
 * ```ts
 * await readMessage('Hi', io) // 'Hi'
 * await readMessage('-', io)  // the piped text, without its final newline
 * ```
 */
export async function readMessage(
  value: string,
  io: Pick<ResolvedIo, 'readStdin'>,
): Promise<string> {
  if (value !== '-') return value
  return (await io.readStdin()).replace(/\r?\n$/, '')
}
