/**
 * Readable output of `sendsms send`, `otp` and `bulk`: one aligned line per recipient, then
 * a summary line such as "2 accepted, 1 rejected". A bulk row also names its client id.
 */
import type { BulkRecipientResult, RecipientResult, SendSmsResult } from '@sendsms/client'
import { type Paint, PLAIN } from './colors.js'

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
  options: {
    scheduledFor?: string | undefined
    /** Colours for a terminal; none by default. */
    paint?: Paint | undefined
    /** Numbers the check refused before sending, counted in the summary. */
    refused?: number | undefined
  } = {},
): string {
  const paint = options.paint ?? PLAIN
  const width = Math.max(0, ...result.results.map((row) => row.mobile.length))
  // Only a send that stopped part-way has the longer words; the usual two share a width.
  const statusWidth = Math.max(0, ...result.results.map((row) => statusWord(row).length))
  const lines = result.results.map(
    (row) =>
      `${row.mobile.padEnd(width)}  ${paintStatus(row, statusWord(row).padEnd(statusWidth), paint)}  ${detail(row)}`,
  )
  let summary = `${result.accepted.length} accepted, ${result.rejected.length} rejected`
  const failed = result.failed?.length ?? 0
  const notAttempted = result.notAttempted?.length ?? 0
  if (failed > 0 || notAttempted > 0) {
    summary += `, ${failed} failed, ${notAttempted} not attempted`
  }
  if ((options.refused ?? 0) > 0) summary += `, ${options.refused} refused before sending`
  if (options.scheduledFor !== undefined && result.accepted.length > 0) {
    summary += ` (scheduled for ${options.scheduledFor})`
  }
  lines.push(summary)
  return `${lines.join('\n')}\n`
}

function paintStatus(row: RecipientResult, word: string, paint: Paint): string {
  if (row.status === 'failed' || row.status === 'not-attempted') return paint.yellow(word)
  return row.ok ? paint.green(word) : paint.red(word)
}

// Every row carries its status: `accepted` or `rejected`, or for `sendSms` also `failed`
// or `not-attempted`; `ok` is the fallback for a row built without one.
function statusWord(row: RecipientResult): string {
  if (row.status === 'not-attempted') return 'not attempted'
  return row.status ?? (row.ok ? 'accepted' : 'rejected')
}

function detail(row: RecipientResult | BulkRecipientResult): string {
  if (row.status === 'not-attempted') return row.description
  if (row.status === 'failed') {
    // A failed row has a provider code only when the provider refused its request (codes
    // are positive; the client's NO_PROVIDER_CODE is 0); otherwise the error's own words.
    const outcome = row.code > 0 ? `${row.code} ${row.description}` : row.description
    return `${outcome}  (${row.mayHaveBeenSent === false ? 'not sent' : 'may have been sent'})`
  }
  const outcome = row.ok
    ? row.messageId === undefined
      ? row.description
      : `message ${row.messageId}`
    : `${row.code} ${row.description}`
  const clientSmsId = 'clientSmsId' in row ? row.clientSmsId : undefined
  return clientSmsId === undefined ? outcome : `${outcome}  (client id ${clientSmsId})`
}
