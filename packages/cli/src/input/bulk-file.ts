/**
 * Reads the messages of `sendsms bulk FILE`: a JSON array of `{ to, message, clientSmsId }`
 * objects (each field under any name bulk-item-fields.ts knows), or a CSV file with a header
 * row. The format follows the file's extension (`.json`, `.csv`), else its first character
 * (`[` is JSON). What the client checks itself (how many messages, one number per item) is
 * left to it, so the rule lives in one place.
 */
import type { BulkItem } from '@sendsms/client'
import { integerText } from '@sendsms/wire'
import { UsageError } from '../errors/cli-error.js'
import { readBulkCsv } from './bulk-csv.js'
import { bulkFieldOf } from './bulk-item-fields.js'

const HINT = "Run 'sendsms help bulk' for the file formats."

/**
 * Whether a bulk file is JSON: by its extension, else by its first character.
 *
 * @example
 * ```ts
 * isJsonFile('orders.csv', '[') // false: the extension decides
 * isJsonFile('-', ' [{"to":"254712345678"}]') // true
 * ```
 */
export function isJsonFile(name: string, text: string): boolean {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase()
  if (extension === 'json') return true
  if (extension === 'csv') return false
  // trimStart drops a byte-order mark too: it is white space to JavaScript.
  return text.trimStart().startsWith('[')
}

/**
 * The messages of a bulk file's text; `name` is the file (or `-` for standard input) and
 * appears in every refusal, a UsageError (exit 2).
 *
 * @example
 * ```ts
 * readBulkItems('[{"mobile":"254712345678","message":"Hi","clientsmsid":1}]', 'list.json', false)
 * // [{ to: '254712345678', message: 'Hi', clientSmsId: 1 }]
 * ```
 */
export function readBulkItems(text: string, name: string, json: boolean): BulkItem[] {
  return isJsonFile(name, text) ? readBulkJson(text, name, json) : readBulkCsv(text, name, json)
}

function readBulkJson(text: string, name: string, json: boolean): BulkItem[] {
  let list: unknown
  try {
    // JSON.parse takes white space before the value but not a byte-order mark.
    list = JSON.parse(text.trimStart())
  } catch (error) {
    throw new UsageError(`${name}: not JSON (${(error as Error).message})`, { json, hint: HINT })
  }
  if (!Array.isArray(list)) {
    throw new UsageError(`${name}: a JSON bulk file must be an array of messages`, {
      json,
      hint: HINT,
    })
  }
  return list.map((entry, index) => readJsonItem(entry, `${name}[${index}]`, json))
}

function readJsonItem(entry: unknown, at: string, json: boolean): BulkItem {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    throw new UsageError(`${at}: each message must be an object { to, message }`, {
      json,
      hint: HINT,
    })
  }
  const fields: Partial<Record<'to' | 'message' | 'clientSmsId', unknown>> = {}
  for (const [key, value] of Object.entries(entry)) {
    const field = bulkFieldOf(key)
    if (field !== undefined) fields[field] = value
  }
  const { message, clientSmsId } = fields
  // A number written as a JSON number (254712345678) is still the number.
  const to =
    typeof fields.to === 'number' && Number.isSafeInteger(fields.to)
      ? integerText(fields.to)
      : fields.to
  if (typeof to !== 'string' || to.trim() === '') {
    throw new UsageError(`${at}: no number (to or mobile)`, { json, hint: HINT })
  }
  if (typeof message !== 'string') {
    throw new UsageError(`${at}: no message`, { json, hint: HINT })
  }
  if (clientSmsId === undefined || clientSmsId === null) return { to, message }
  if (typeof clientSmsId !== 'string' && typeof clientSmsId !== 'number') {
    throw new UsageError(`${at}: clientSmsId must be a string or a number`, { json, hint: HINT })
  }
  return { to, message, clientSmsId }
}
