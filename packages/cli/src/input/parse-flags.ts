/**
 * Flag parsing shared by the commands: node:util parseArgs in strict mode, with its errors
 * turned into UsageErrors (exit code 2) that name the bad flag and point at the help.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util'
import { UsageError } from '../errors/cli-error.js'
import { closestName } from './did-you-mean.js'

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * Parses `argv` against `options`. `command` names the help topic and `json` says whether a
 * refusal prints as JSON; positionals (the `<messageId>` of `status`, the `<FILE>` of
 * `bulk`) are refused unless `allowPositionals` is set, and the command then checks how
 * many it got. Any other error of parseArgs (a bad declaration) is rethrown as it is: a bug.
 *
 * @example
 * ```ts
 * const flags = { json: { type: 'boolean' } } as const
 * const { values } = parseFlags(['--json'], flags, { command: 'send', json: true })
 * values.json // true
 * const context = { command: 'status', json: false, allowPositionals: true }
 * parseFlags(['100000001'], {}, context).positionals // ['100000001']
 * ```
 */
export function parseFlags<T extends Options, P extends boolean = false>(
  argv: readonly string[],
  options: T,
  context: {
    command: string
    json: boolean
    allowPositionals?: P
    /** Flags of other commands this one does without, and what it takes instead. */
    elsewhere?: Readonly<Record<string, string>>
  },
): ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: P }>> {
  try {
    return parseArgs({
      args: [...argv],
      options,
      strict: true,
      allowPositionals: (context.allowPositionals ?? false) as P,
    })
  } catch (error) {
    if (String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_')) {
      // Keep only Node's first sentence: the rest is generic advice about '--' (on the same
      // line when positionals are allowed) that confuses more than it helps here.
      const firstLine = String((error as Error).message).split('\n')[0] ?? ''
      const refusal = firstLine.replace(/\. To specify a positional argument.*$/, '')
      const usage = `Run 'sendsms help ${context.command}' for usage.`
      const given = unknownFlag(refusal)
      const instead = given === undefined ? undefined : context.elsewhere?.[given]
      if (instead !== undefined) {
        throw new UsageError(`${context.command} takes no ${given}: ${instead}`, {
          json: context.json,
          hint: usage,
        })
      }
      const suggestion = given === undefined ? undefined : suggestFlag(given, options)
      throw new UsageError(refusal, {
        json: context.json,
        hint: suggestion === undefined ? usage : `Did you mean '${suggestion}'? ${usage}`,
      })
    }
    throw error
  }
}

/** The flag of "Unknown option '--mesage'" ('--mesage'), if the refusal is of that kind. */
function unknownFlag(message: string): string | undefined {
  return /^Unknown option '(-{1,2}[^'=]+)/.exec(message)?.[1]
}

/** For '--mesage', the closest declared flag ('--message'), if any is close. */
function suggestFlag(given: string, options: Options): string | undefined {
  const long = Object.keys(options).map((name) => `--${name}`)
  return closestName(given.startsWith('--') ? given : `-${given}`, long)
}
