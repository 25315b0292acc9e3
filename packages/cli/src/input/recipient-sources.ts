/**
 * Where the recipients of `send` and `otp` come from: numbers typed in `--to`, a list file
 * (`--to @numbers.txt`), standard input (`--to -`) or a column of a CSV file (`--csv FILE
 * --column NAME`), in any mix. A list read from a file or standard input is one the user has
 * not seen in full, so it is checked before sending by default (see check-recipients.ts).
 */
import { readFile } from 'node:fs/promises'
import type { ResolvedIo } from '../cli-io.js'
import { UsageError } from '../errors/cli-error.js'
import { collectRecipients, splitRecipientText } from './recipients.js'
import { readCsvColumn } from './recipients-csv.js'

/** The numbers found, in order, and whether any came from a file or standard input. */
export interface Recipients {
  numbers: string[]
  /** True when a list was read (`@file`, `-`, `--csv`): such a send is checked by default. */
  listed: boolean
  /** True when standard input was read for the numbers, so `--message -` cannot read it. */
  stdin: boolean
}

/**
 * Reads every source of recipients. A file that cannot be read, a second `-`, or a CSV
 * column that is not there is bad usage (a UsageError, exit 2), before any request.
 *
 * @example
 * ```ts
 * await readRecipients({ to: ['254712345678', '@more.txt'] }, io, { json: false, hint })
 * // { numbers: ['254712345678', ...the numbers of more.txt], listed: true, stdin: false }
 * ```
 */
export async function readRecipients(
  values: { to?: string[] | undefined; csv?: string | undefined; column?: string | undefined },
  io: Pick<ResolvedIo, 'readStdin'>,
  context: { json: boolean; hint: string },
): Promise<Recipients> {
  const numbers: string[] = []
  let listed = false
  let stdin = false
  for (const value of values.to ?? []) {
    if (value.trim() === '-') {
      if (stdin) throw new UsageError('--to - can read standard input only once', context)
      stdin = true
      listed = true
      numbers.push(...splitRecipientText(await io.readStdin()))
    } else if (value.startsWith('@')) {
      listed = true
      numbers.push(...splitRecipientText(await readListFile(value.slice(1), context)))
    } else {
      numbers.push(...collectRecipients([value]))
    }
  }
  if (values.column !== undefined && values.csv === undefined) {
    throw new UsageError('--column names a column of the --csv file: give --csv FILE too', context)
  }
  if (values.csv !== undefined) {
    listed = true
    const text = await readListFile(values.csv, context)
    numbers.push(...readCsvColumn(text, values.csv, values.column, context))
  }
  return { numbers, listed, stdin }
}

async function readListFile(path: string, context: { json: boolean; hint: string }) {
  if (path === '')
    throw new UsageError("--to @ needs a file name, as in '--to @numbers.txt'", context)
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    const reason = (error as { code?: unknown }).code === 'ENOENT' ? 'no such file' : 'unreadable'
    throw new UsageError(`cannot read ${path}: ${reason}`, context)
  }
}
