/**
 * The flags of `send` and `otp` that choose the recipients and what a run does with them,
 * one declaration for parsing, help and shell completion.
 */
import type { FlagSpec } from './connection-flags.js'

/**
 * Recipients (`--to`, `--csv`, `--column`), the message, and `--no-check`,
 * `--dry-run`, `--quiet`.
 *
 * @example
 * ```ts
 * const FLAGS = { ...RECIPIENT_FLAGS, ...CONNECTION_FLAGS } as const
 * ```
 */
export const RECIPIENT_FLAGS = {
  to: {
    type: 'string',
    short: 't',
    multiple: true,
    help: "numbers (commas, spaces or newlines), @FILE of numbers, or '-' for standard input",
  },
  csv: { type: 'string', help: 'read the numbers from a column of a CSV file', complete: 'file' },
  column: { type: 'string', help: 'the column of --csv holding the numbers' },
  message: { type: 'string', short: 'm', help: "the message; '-' reads standard input" },
  'no-check': {
    type: 'boolean',
    help: 'send every number as given; the provider judges each (default: checked first)',
  },
  'dry-run': {
    type: 'boolean',
    short: 'n',
    help: 'print what would be sent and its cost; send nothing',
  },
  quiet: { type: 'boolean', short: 'q', help: 'no progress bar' },
} as const satisfies Record<string, FlagSpec>
