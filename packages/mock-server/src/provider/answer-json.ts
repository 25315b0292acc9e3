/**
 * @module
 * The JSON text of a provider answer, byte for byte what `JSON.stringify` writes, only
 * faster on the rows the send endpoints answer with. `mobile` is a 12-digit integer (past
 * 2^31), which V8 prints through its slow double-to-string path: on a 1000-row answer that
 * was a third of the mock's time (see bench/README.md).
 */
import { integerText, RESPONSE_CODES, SUCCESS_CODE } from '@sendsms/wire'
import type { ProviderAnswer, RowAnswer } from './answers.js'

const SUCCESS_JSON = JSON.stringify(RESPONSE_CODES[SUCCESS_CODE])

function valueJson(value: number | string): string {
  return typeof value === 'number' && Number.isFinite(value)
    ? integerText(value)
    : JSON.stringify(value)
}

function rowJson(row: RowAnswer): string {
  const { mobile, messageid, clientsmsid, networkid } = row
  const description = row['response-description']
  // Nearly every row says "Success": skip quoting it again and again.
  const quoted =
    description === RESPONSE_CODES[SUCCESS_CODE] ? SUCCESS_JSON : JSON.stringify(description)
  const head = `{"response-code":${row['response-code']},"response-description":${quoted},"mobile":${valueJson(mobile)}`
  // The sendsms rows first: a refused row, then an accepted one, each in one template.
  if (clientsmsid === undefined) {
    if (messageid === undefined && networkid === undefined) return `${head}}`
    if (messageid !== undefined && networkid !== undefined) {
      return `${head},"messageid":${valueJson(messageid)},"networkid":${valueJson(networkid)}}`
    }
  }
  let text = head
  if (messageid !== undefined) text += `,"messageid":${valueJson(messageid)}`
  if (clientsmsid !== undefined) text += `,"clientsmsid":${valueJson(clientsmsid)}`
  if (networkid !== undefined) text += `,"networkid":${valueJson(networkid)}`
  return `${text}}`
}

/**
 * Serialises an answer exactly as `JSON.stringify` would. Rows whose keys are those of
 * `RowAnswer` in its order (every row the rules build, and rows whose types a profile
 * changed) take the fast writer; anything else (a top-level answer, or rows whose code key
 * a profile renamed: pass `plain: false`) goes to `JSON.stringify`.
 * @example
 * answerJson({ responses: [acceptedRow('254712345678', 100000001, 1)] }, true)
 * // '{"responses":[{"response-code":200,"response-description":"Success","mobile":254712345678,"messageid":100000001,"networkid":1}]}'
 */
export function answerJson(
  answer: ProviderAnswer | Record<string, unknown>,
  plain: boolean,
): string {
  if (!plain || !('responses' in answer)) return JSON.stringify(answer)
  const rows = answer.responses as RowAnswer[]
  let text = '{"responses":['
  for (let i = 0; i < rows.length; i++) {
    text += i === 0 ? rowJson(rows[i] as RowAnswer) : `,${rowJson(rows[i] as RowAnswer)}`
  }
  return `${text}]}`
}
