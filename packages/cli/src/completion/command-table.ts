/**
 * The commands of `sendsms` with their flags, as shell completion offers them. Each
 * command's flags are the very declarations its parser reads (`SEND_FLAGS`, `BULK_FLAGS`,
 * …), so a flag added to a command is completed without a second list to keep in step.
 */
import { BALANCE_FLAGS } from '../commands/balance.js'
import { BULK_FLAGS } from '../commands/bulk.js'
import { CONFIG_ACTIONS, CONFIG_FLAGS } from '../commands/config.js'
import type { FlagSpec } from '../commands/connection-flags.js'
import { DRIFT_FLAGS } from '../commands/drift.js'
import { OTP_FLAGS } from '../commands/otp.js'
import { CHECK_FLAGS, VERIFY_FLAGS } from '../commands/pact.js'
import { SEND_FLAGS } from '../commands/send.js'
import { STATUS_FLAGS } from '../commands/status.js'
import { PROFILE_SETTINGS } from '../profiles/config-file.js'

/** One command: its summary, flags, and what its first argument completes to. */
export interface CommandEntry {
  name: string
  summary: string
  flags: Readonly<Record<string, FlagSpec>>
  /** Words for the first argument (`config` actions, `help` topics), or 'file' for a file. */
  argument?: readonly string[] | 'file'
  /** Words for the second argument (`config set|get|unset` settings). */
  secondArgument?: readonly string[]
}

const HELP_ONLY = { help: { type: 'boolean', short: 'h', help: 'show the help' } } as const

/**
 * Every command, in the order of the general help. `mock`'s flags are its own command
 * line's, read from its help text when asked for (see mockFlags).
 *
 * @example
 * ```ts
 * const send = commandTable().find((command) => command.name === 'send')
 * Object.keys(send.flags) // ['to', 'csv', 'column', 'message', …]
 * ```
 */
export function commandTable(mock: Readonly<Record<string, FlagSpec>> = HELP_ONLY): CommandEntry[] {
  const table: CommandEntry[] = [
    { name: 'send', summary: 'send one message to one or more numbers', flags: SEND_FLAGS },
    {
      name: 'bulk',
      summary: 'send the messages of a JSON or CSV file',
      flags: BULK_FLAGS,
      argument: 'file',
    },
    { name: 'otp', summary: 'send an OTP or transactional message', flags: OTP_FLAGS },
    { name: 'balance', summary: "print the account's credit", flags: BALANCE_FLAGS },
    { name: 'status', summary: 'print the delivery report of a message', flags: STATUS_FLAGS },
    {
      name: 'drift',
      summary: 'compare the live API with the mock, for free',
      flags: DRIFT_FLAGS,
    },
    { name: 'mock', summary: 'run the offline mock server', flags: mock },
    {
      name: 'pact',
      summary: 'verify pacts against the mock, or check them against the spec',
      // One word then files: the flags of both actions are offered.
      flags: { ...VERIFY_FLAGS, ...CHECK_FLAGS },
      argument: ['verify', 'check'],
    },
    {
      name: 'config',
      summary: 'settings profiles: set, get, unset, list, use',
      flags: CONFIG_FLAGS,
      argument: CONFIG_ACTIONS,
      secondArgument: PROFILE_SETTINGS,
    },
    {
      name: 'completion',
      summary: 'print a shell completion script',
      flags: HELP_ONLY,
      argument: ['bash', 'zsh', 'fish'],
    },
  ]
  table.push({
    name: 'help',
    summary: 'show help for a command',
    flags: {},
    argument: table.map((command) => command.name),
  })
  return table
}

/**
 * The flags of `sendsms mock`, read from its help text (`--port N  …` lines): the mock's
 * own command line declares them, and this keeps completion in step with it.
 *
 * @example
 * ```ts
 * mockFlags('  --port N   port to listen on\n  --quiet   no log\n')
 * // { port: { type: 'string', help: 'port to listen on' }, quiet: { type: 'boolean', help: 'no log' } }
 * ```
 */
export function mockFlags(usage: string): Record<string, FlagSpec> {
  const flags: Record<string, FlagSpec> = { ...HELP_ONLY }
  for (const match of usage.matchAll(/^ {2}--([a-z][a-z-]*)(?: (\S+))?(?: {2,}(.*))?$/gm)) {
    const [, name = '', value, help = name] = match
    if (name === 'help') continue
    flags[name] = { type: value === undefined ? 'boolean' : 'string', help: help.trim() }
  }
  return flags
}
