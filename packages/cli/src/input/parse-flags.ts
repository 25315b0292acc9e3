/**
 * Flag parsing shared by the commands: node:util parseArgs in strict mode, with its errors
 * turned into UsageErrors (exit code 2) that name the bad flag and point at the help.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util'
import { UsageError } from '../errors/cli-error.js'

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * Parses `argv` against `options`. `command` names the help topic; positionals (the
 * `<messageId>` of `status`, the `<FILE>` of `bulk`) are refused unless
 * `allowPositionals` is set, and the command then checks how many it got.
 *
 * @example
 * ```ts
 * const { values } = parseFlags(['--json'], { json: { type: 'boolean' } }, { command: 'send' })
 * values.json // true
 * const { positionals } = parseFlags(['100000001'], {}, { command: 'status', allowPositionals: true })
 * positionals // ['100000001']
 * ```
 */
export function parseFlags<T extends Options, P extends boolean = false>(
  argv: readonly string[],
  options: T,
  context: { command: string; json?: boolean; allowPositionals?: P },
): ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: P }>> {
  try {
    return parseArgs({
      args: [...argv],
      options,
      strict: true,
      allowPositionals: (context.allowPositionals ?? false) as P,
    })
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) {
      // Keep only Node's first line: the rest is generic advice about '--' that confuses more
      // than it helps here.
      const firstLine = String((error as Error).message).split('\n')[0] ?? ''
      throw new UsageError(firstLine, {
        json: context.json ?? false,
        hint: `Run 'sendsms help ${context.command}' for usage.`,
      })
    }
    throw error
  }
}
