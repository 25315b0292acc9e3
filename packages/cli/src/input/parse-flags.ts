/**
 * Flag parsing shared by the commands: node:util parseArgs in strict mode, with its errors
 * turned into UsageErrors (exit code 2) that name the bad flag and point at the help.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util'
import { UsageError } from '../errors/cli-error.js'

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * Parses `argv` against `options`; positionals are refused. `command` names the help topic.
 *
 * @example
 * ```ts
 * const { values } = parseFlags(['--json'], { json: { type: 'boolean' } }, { command: 'send' })
 * values.json // true
 * ```
 */
export function parseFlags<T extends Options>(
  argv: readonly string[],
  options: T,
  context: { command: string; json?: boolean },
): ReturnType<
  typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: false }>
> {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false })
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
