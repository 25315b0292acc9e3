/**
 * @module
 * Accounts for every recipient of a send once its batches have run: the provider's rows
 * of each answered batch (`accepted` or `rejected`), and one row per number, as given, for
 * a batch that failed as a whole (`failed`) or never started (`not-attempted`). Rows come
 * in input order: batch by batch, each batch's rows in the provider's order.
 */
import { ApiError } from '../errors/api-errors.js'
import type { SentText } from './message-text.js'
import type { SentBatch } from './read-answer.js'
import type { BatchOutcome } from './run-batches.js'
import type { AccountedRow, AccountedSendResult, NotAttemptedReason } from './types.js'

/**
 * The `code` of a row the provider did not answer: a failed batch whose error carries no
 * provider code, or a batch never sent. The provider's codes are all positive.
 * @example
 * if (row.code === NO_PROVIDER_CODE) console.warn(row.mobile, row.status, row.description)
 */
export const NO_PROVIDER_CODE = 0

const NOT_ATTEMPTED: Record<NotAttemptedReason, string> = {
  'earlier-request-failed': 'Not sent: an earlier request of this send failed',
  aborted: 'Not sent: the send was aborted',
  'on-progress-threw': 'Not sent: onProgress threw',
}

/**
 * Whether an error says its request may have reached the provider; `true` unless it says
 * otherwise (not knowing means it may have).
 * @example
 * mayHaveBeenSent(new InvalidCredentialsError(1006, 'Invalid credentials')) // false
 */
export function mayHaveBeenSent(error: unknown): boolean {
  const said = (error as { mayHaveBeenSent?: unknown } | null)?.mayHaveBeenSent
  return said !== false
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function failedRow(mobile: string, error: unknown): AccountedRow {
  const provider = error instanceof ApiError
  return {
    mobile,
    messageId: undefined,
    networkId: undefined,
    code: provider ? error.code : NO_PROVIDER_CODE,
    description: provider ? error.description : messageOf(error),
    ok: false,
    status: 'failed',
    error,
    mayHaveBeenSent: mayHaveBeenSent(error),
  }
}

function notAttemptedRow(mobile: string, reason: NotAttemptedReason): AccountedRow {
  return {
    mobile,
    messageId: undefined,
    networkId: undefined,
    code: NO_PROVIDER_CODE,
    description: NOT_ATTEMPTED[reason],
    ok: false,
    status: 'not-attempted',
    reason,
  }
}

// The rows of every batch in one array, sized once and filled by index: Array.prototype.flat
// is a generic builtin that checks each element, a tenth of the client's time on a send of
// 100 000 (see bench/README.md).
function joined(parts: readonly AccountedRow[][]): AccountedRow[] {
  let total = 0
  for (const part of parts) total += part.length
  const out = new Array<AccountedRow>(total)
  let at = 0
  for (const part of parts)
    for (let i = 0; i < part.length; i++) out[at++] = part[i] as AccountedRow
  return out
}

/**
 * The rows of every batch, in order, split by status. `batches[i]` holds the numbers of
 * batch `i` and `outcomes[i]` how it ended; the rows of answered batches are kept as they
 * are (each already has its status).
 * @example
 * accountSend([['254712345678'], ['0733123456']], [{ kind: 'done', value: answer }, { kind: 'not-attempted', reason: 'aborted' }])
 * // { results: [accepted row, not-attempted row], accepted: [...], rejected: [], failed: [], notAttempted: [...], allAccepted: false, batches: 2 }
 */
export function accountSend(
  batches: readonly (readonly string[])[],
  outcomes: readonly BatchOutcome<SentBatch>[],
): Omit<AccountedSendResult, keyof SentText> {
  // The rows of each batch, joined once at the end (one copy of each row reference,
  // rather than a push per row into arrays that grow as they go).
  const results: AccountedRow[][] = []
  const accepted: AccountedRow[][] = []
  const rejected: AccountedRow[][] = []
  const failed: AccountedRow[][] = []
  const notAttempted: AccountedRow[][] = []
  outcomes.forEach((outcome, index) => {
    if (outcome.kind === 'done') {
      const { value } = outcome
      results.push(value.results)
      accepted.push(value.accepted)
      rejected.push(value.rejected)
      return
    }
    const rows = (batches[index] ?? []).map((mobile) =>
      outcome.kind === 'failed'
        ? failedRow(mobile, outcome.error)
        : notAttemptedRow(mobile, outcome.reason),
    )
    results.push(rows)
    ;(outcome.kind === 'failed' ? failed : notAttempted).push(rows)
  })
  const all = joined(results)
  const allAccepted = joined(accepted)
  return {
    results: all,
    accepted: allAccepted,
    rejected: joined(rejected),
    allAccepted: allAccepted.length === all.length,
    failed: joined(failed),
    notAttempted: joined(notAttempted),
    batches: outcomes.length,
  }
}
