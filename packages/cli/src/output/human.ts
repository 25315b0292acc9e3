/**
 * Readable output of `sendsms send`, `otp` and `bulk`: one aligned line per recipient, then
 * a summary line such as "2 accepted, 1 rejected". A bulk row also names its client id.
 */
import type { BulkRecipientResult, RecipientResult, SendSmsResult } from '@sendsms/client'

/**
 * Formats a send result as text lines (each ending in a newline), in request order.
 *
 * @example
 * ```ts
 * formatHumanResult(result)
 * // 254712345678  accepted  message 100000001
 * // 07123         rejected  1003 Invalid mobile number
 * // 1 accepted, 1 rejected
 * ```
 */
export function formatHumanResult(
  result: SendSmsResult,
  options: { scheduledFor?: string | undefined } = {},
): string {
  const width = Math.max(0, ...result.results.map((row) => row.mobile.length))
  const lines = result.results.map(
    (row) => `${row.mobile.padEnd(width)}  ${row.ok ? 'accepted' : 'rejected'}  ${detail(row)}`,
  )
  let summary = `${result.accepted.length} accepted, ${result.rejected.length} rejected`
  if (options.scheduledFor !== undefined && result.accepted.length > 0) {
    summary += ` (scheduled for ${options.scheduledFor})`
  }
  lines.push(summary)
  return `${lines.join('\n')}\n`
}

function detail(row: RecipientResult | BulkRecipientResult): string {
  const outcome = row.ok
    ? row.messageId === undefined
      ? row.description
      : `message ${row.messageId}`
    : `${row.code} ${row.description}`
  const clientSmsId = 'clientSmsId' in row ? row.clientSmsId : undefined
  return clientSmsId === undefined ? outcome : `${outcome}  (client id ${clientSmsId})`
}
