/**
 * The numbers of one column of a CSV file, for `send --csv FILE --column NAME`: a header row,
 * then one number per row. Without `--column`, the column named like a number (`to`,
 * `mobile`, `number`, `phone`, as `bulk` reads them) is taken.
 */
import { parse } from 'csv-parse/sync'
import { UsageError } from '../errors/cli-error.js'
import { bulkFieldOf } from './bulk-item-fields.js'
import { closestName } from './did-you-mean.js'

/**
 * The non-blank cells of the chosen column, trimmed, in file order. A file that is not CSV,
 * or a column it lacks, is a UsageError naming the columns there are.
 *
 * @example
 * ```ts
 * readCsvColumn('name,phone\nAnn,0712345678\n', 'people.csv', 'phone', context) // ['0712345678']
 * ```
 */
export function readCsvColumn(
  text: string,
  name: string,
  column: string | undefined,
  context: { json: boolean; hint: string },
): string[] {
  let rows: string[][]
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true })
  } catch (error) {
    throw new UsageError(`${name}: not a CSV file (${(error as Error).message})`, context)
  }
  const [header = [], ...records] = rows
  const at = columnIndex(header, column)
  if (at === -1) {
    const names = header.map((cell) => `'${cell}'`).join(', ')
    const wanted =
      column === undefined
        ? 'no number column (to, mobile, number or phone)'
        : `no column '${column}'`
    const near = column === undefined ? undefined : closestName(column, header)
    const hint =
      near === undefined ? context.hint : `Did you mean --column '${near}'? ${context.hint}`
    throw new UsageError(`${name}: ${wanted}; its columns are ${names || 'none'}`, {
      json: context.json,
      hint,
    })
  }
  return records.map((record) => (record[at] ?? '').trim()).filter((cell) => cell !== '')
}

function columnIndex(header: readonly string[], column: string | undefined): number {
  if (column === undefined) return header.findIndex((cell) => bulkFieldOf(cell) === 'to')
  const exact = header.indexOf(column)
  if (exact !== -1) return exact
  return header.findIndex((cell) => cell.trim().toLowerCase() === column.trim().toLowerCase())
}
