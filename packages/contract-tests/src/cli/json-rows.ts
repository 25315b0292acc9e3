/**
 * @module
 * The rows of the CLI's `--json` result document, as `send`, `otp` and `bulk` print them:
 * every row with the same keys, ids as strings or `null`.
 */

/**
 * An accepted row.
 * @example
 * acceptedJsonRow('254712345678', '100000001', '1')
 */
export function acceptedJsonRow(mobile: string, messageId: string, networkId: string) {
  return { mobile, ok: true, code: 200, description: 'Success', messageId, networkId }
}

/**
 * A rejected row, echoing the number as the provider did.
 * @example
 * rejectedJsonRow('07123', 1003, 'Invalid mobile number')
 */
export function rejectedJsonRow(mobile: string, code: number, description: string) {
  return { mobile, ok: false, code, description, messageId: null, networkId: null }
}

/**
 * The document after the provider answered with rows: `ok` only when all were accepted.
 * @example
 * resultDocument([acceptedJsonRow('254712345678', '100000001', '1')])
 */
export function resultDocument(rows: readonly { ok: boolean }[]) {
  const accepted = rows.filter((row) => row.ok).length
  return {
    ok: accepted === rows.length,
    results: rows,
    accepted,
    rejected: rows.length - accepted,
  }
}

/**
 * The document of `sendsms send`, `otp` and `bulk`, whose rows also carry the client's
 * `status` (`accepted` or `rejected` once the provider answered every request).
 * @example
 * sendResultDocument([acceptedJsonRow('254712345678', '100000001', '1')])
 */
export function sendResultDocument(rows: readonly { ok: boolean }[]) {
  return resultDocument(rows.map((row) => ({ ...row, status: row.ok ? 'accepted' : 'rejected' })))
}

/**
 * The document of a `send` or `otp` whose numbers the CLI checked first (the default): the
 * same, with the numbers it refused before sending and how many repeats it left out.
 * @example
 * checkedSendDocument([acceptedJsonRow('254712345678', '100000001', '1')]) // refused: [], duplicates: 0
 */
export function checkedSendDocument(rows: readonly { ok: boolean }[]) {
  return { ...sendResultDocument(rows), refused: [], duplicates: 0 }
}
