/**
 * `sendsms completion bash|zsh|fish`: prints the shell completion script, generated from the
 * same flag declarations the commands parse with.
 */
import type { ResolvedIo } from '../cli-io.js'
import { commandTable, mockFlags } from '../completion/command-table.js'
import { completionScript, type Shell } from '../completion/scripts.js'
import { UsageError } from '../errors/cli-error.js'
import { EXIT_CODES, type ExitCode } from '../exit-codes.js'
import { closestName } from '../input/did-you-mean.js'
import { helpText } from './help.js'

const SHELLS: readonly Shell[] = ['bash', 'zsh', 'fish']

/**
 * Prints the script for the shell named and returns 0; no shell, or another one, is bad usage.
 *
 * @example
 * ```ts
 * await runCompletion(['bash'], io) // source <(sendsms completion bash)
 * ```
 */
export async function runCompletion(argv: readonly string[], io: ResolvedIo): Promise<ExitCode> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(await helpText('completion'))
    return EXIT_CODES.ok
  }
  const [shell, ...extra] = argv
  if (shell === undefined || extra.length > 0 || !SHELLS.includes(shell as Shell)) {
    const near = shell === undefined ? undefined : closestName(shell, SHELLS)
    throw new UsageError(`completion takes one shell: ${SHELLS.join(', ')}`, {
      hint:
        near === undefined ? "Run 'sendsms help completion' for usage." : `Did you mean '${near}'?`,
    })
  }
  const { mockCliUsage } = await import('@sendsms/mock-server/usage')
  io.stdout(completionScript(shell as Shell, commandTable(mockFlags(mockCliUsage('sendsms mock')))))
  return EXIT_CODES.ok
}
