/**
 * @module
 * Reads the answer of `sendbulk`: one row per item (each echoing its `clientsmsid`, with
 * `mobile` and `messageid` as strings), or a top-level error. Each row is matched back to its
 * item: by the echoed id when it names exactly one item, else by position, which is the
 * order the spec says rows come in.
 */
import { isObject, readBody } from '../answers/read-body.js'
import { readText } from '../answers/read-text.js'
import { topLevelError } from '../answers/top-level-error.js'
import { UnexpectedResponseError } from '../errors/request-errors.js'
import { readRow, toResult } from '../send-sms/read-answer.js'
import type { CheckedItem } from './check-items.js'
import type { BulkRecipientResult, SendBulkResult } from './types.js'

/**
 * The position of each item by its id as text, for ids that name exactly one item.
 * @example
 * itemsById([{ clientSmsId: 1 }, { clientSmsId: '1' }, { clientSmsId: 2 }]) // Map { '2' => 2 }
 */
export function itemsById(items: readonly Pick<CheckedItem, 'clientSmsId'>[]): Map<string, number> {
  const byId = new Map<string, number>()
  const repeated = new Set<string>()
  items.forEach((item, index) => {
    const id = readText(item.clientSmsId)
    if (id === undefined) return
    if (byId.has(id)) repeated.add(id)
    byId.set(id, index)
  })
  for (const id of repeated) byId.delete(id)
  return byId
}

/**
 * Reads a bulk answer received with HTTP `status` for the `items` sent. Returns the rows in
 * the provider's order, or throws the typed `ApiError` of a top-level code, or
 * `UnexpectedResponseError` for anything that is not the API's JSON.
 * @example
 * readBulkAnswer(200, '{"responses":[{"response-code":200,"response-description":"Success","mobile":"254712345678","messageid":"1","clientsmsid":7}]}', items)
 * // { results: [{ …, messageId: '1', clientSmsId: '7', index: 0 }], allAccepted: true, … }
 */
export function readBulkAnswer(
  status: number,
  text: string,
  items: readonly CheckedItem[],
): SendBulkResult {
  const body = readBody(status, text)
  const rows = body.responses
  if (!Array.isArray(rows)) {
    throw (
      topLevelError(body) ??
      new UnexpectedResponseError(
        status,
        'The SMS API answered JSON with neither responses[] nor an error code',
      )
    )
  }
  if (rows.length === 0) {
    throw new UnexpectedResponseError(status, 'The SMS API answered an empty responses[] list')
  }
  const byId = itemsById(items)
  const results = rows.map((raw, position): BulkRecipientResult => {
    const row = readRow(raw)
    if (!row || !isObject(raw)) {
      throw new UnexpectedResponseError(status, 'The SMS API answered a row without a code')
    }
    const echoed = readText(raw.clientsmsid)
    const index =
      (echoed === undefined ? undefined : byId.get(echoed)) ??
      (position < items.length ? position : undefined)
    const given = index === undefined ? undefined : readText(items[index]?.clientSmsId)
    return { ...row, clientSmsId: echoed ?? given, index }
  })
  return toResult(results)
}
