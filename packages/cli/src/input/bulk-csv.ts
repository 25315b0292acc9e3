/**
 * Reads the messages of a CSV bulk file: a header row naming the columns (see
 * bulk-item-fields.ts), then one message per row. Quoted fields, a byte-order mark, CRLF
 * line ends and blank lines are handled by csv-parse; columns the CLI does not know are
 * ignored, so a spreadsheet's export can be sent as it is.
 */
import type { BulkItem } from '@sendsms/client'
import { parse } from 'csv-parse/sync'
import { UsageError } from '../errors/cli-error.js'
import { bulkFieldOf, clientIdOf } from './bulk-item-fields.js'
import { fillTemplate } from './message-template.js'

const HINT = "Run 'sendsms help bulk' for the file formats."

type Row = { record: string[]; info: { lines: number } }

/**
 * The messages of CSV text; `name` (the file) and the line number appear in every refusal.
 * Throws a UsageError for text that is not CSV, a header without a number or a message
 * column, or a row without a number or a message.
 *
 * @example
 * ```ts
 * readBulkCsv('to,message,clientSmsId\n254712345678,"Hi, Ann",1001\n', 'orders.csv', false)
 * // [{ to: '254712345678', message: 'Hi, Ann', clientSmsId: 1001 }]
 * ```
 */
export function readBulkCsv(text: string, name: string, json: boolean): BulkItem[] {
  let rows: Row[]
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true, info: true }) as unknown as Row[]
  } catch (error) {
    throw new UsageError(`${name}: not a CSV file (${(error as Error).message})`, {
      json,
      hint: HINT,
    })
  }
  const [header, ...records] = rows
  const columns = (header?.record ?? []).map(bulkFieldOf)
  const at = (field: 'to' | 'message' | 'clientSmsId') => columns.indexOf(field)
  if (at('to') === -1 || at('message') === -1) {
    throw new UsageError(
      `${name}: the header row must name a number column (to, mobile or number) and a message column`,
      { json, hint: HINT },
    )
  }
  return records.map(({ record, info }) => {
    // A column the header lacks is at -1, and record[-1] is undefined: an empty cell.
    const cell = (field: 'to' | 'message' | 'clientSmsId') => record[at(field)] ?? ''
    const to = cell('to').trim()
    const message = cell('message')
    if (to === '' || message.trim() === '') {
      const missing = to === '' ? 'number' : 'message'
      throw new UsageError(`${name} line ${info.lines}: no ${missing}`, { json, hint: HINT })
    }
    // The message may be a template: `{name}` takes the row's `name` column.
    const names = header?.record ?? []
    const filled = fillTemplate(
      message,
      Object.fromEntries(names.map((column, index) => [column, record[index] ?? ''])),
    )
    if (filled.missing !== undefined) {
      throw new UsageError(
        `${name} line ${info.lines}: the message names {${filled.missing}}, which is not a column (${names.join(', ')})`,
        { json, hint: HINT },
      )
    }
    const clientSmsId = clientIdOf(cell('clientSmsId'))
    if (filled.text !== message) {
      return clientSmsId === undefined
        ? { to, message: filled.text }
        : { to, message: filled.text, clientSmsId }
    }
    return clientSmsId === undefined ? { to, message } : { to, message, clientSmsId }
  })
}
