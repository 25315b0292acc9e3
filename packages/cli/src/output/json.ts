/**
 * Machine-readable output of `sendsms send --json` (and `otp`, `bulk`): exactly one JSON
 * document per run, for success, partial failure and every error, so CI scripts can parse
 * stdout without guessing.
 */
import type { BulkRecipientResult, RecipientResult, SendSmsResult } from '@sendsms/client'
import type { FailureDetails } from '../errors/cli-error.js'

/** One recipient in the JSON output; absent ids are `null` so every row has the same keys. */
export interface JsonRow {
  mobile: string
  ok: boolean
  code: number
  description: string
  messageId: string | null
  networkId: string | null
  /** `send` rows only: `accepted`, `rejected`, `failed` or `not-attempted`, as the client sets it. */
  status?: string
  /** Rows of a failed request only: whether that request may have reached the provider. */
  mayHaveBeenSent?: boolean
  /** Bulk rows only: the item's client id, or `null` when it had none. */
  clientSmsId?: string | null
  /** Bulk rows only: the item's position in the file (from 0), or `null` when no item matches. */
  index?: number | null
}

/** The document printed after the provider answered with rows. */
export interface JsonResultDocument {
  ok: boolean
  results: JsonRow[]
  accepted: number
  rejected: number
  /** A send that stopped part-way: recipients of requests that failed as a whole. */
  failed?: number
  /** A send that stopped part-way: recipients whose request never started. */
  notAttempted?: number
  /** A send that stopped part-way: what stopped it. */
  error?: FailureDetails & { message: string }
}

/** The document printed when the request failed as a whole. */
export interface JsonErrorDocument {
  ok: false
  error: FailureDetails & { message: string }
}

/**
 * Formats a send result as one JSON line; `ok` is true only when every recipient was accepted.
 * With `error` (a send that stopped part-way) the document also counts the failed and the
 * not attempted recipients and says what stopped the send.
 *
 * @example
 * ```ts
 * formatJsonResult(result)
 * // {"ok":true,"results":[{"mobile":"254712345678","ok":true,...}],"accepted":1,"rejected":0}
 * ```
 */
export function formatJsonResult(
  result: SendSmsResult,
  error?: FailureDetails & { message: string },
): string {
  const document: JsonResultDocument = {
    ok: result.allAccepted,
    results: result.results.map(toJsonRow),
    accepted: result.accepted.length,
    rejected: result.rejected.length,
  }
  if (error !== undefined) {
    document.ok = false
    document.failed = result.failed?.length ?? 0
    document.notAttempted = result.notAttempted?.length ?? 0
    document.error = error
  }
  return `${JSON.stringify(document)}\n`
}

/**
 * Formats a request-wide failure as one JSON line.
 *
 * @example
 * ```ts
 * formatJsonError({ kind: 'ApiError', code: 1006, description: 'Invalid credentials' }, 'refused')
 * // {"ok":false,"error":{"kind":"ApiError","code":1006,"description":"Invalid credentials","message":"refused"}}
 * ```
 */
export function formatJsonError(details: FailureDetails, message: string): string {
  const document: JsonErrorDocument = { ok: false, error: { ...details, message } }
  return `${JSON.stringify(document)}\n`
}

function toJsonRow(row: RecipientResult | BulkRecipientResult): JsonRow {
  const json: JsonRow = {
    mobile: row.mobile,
    ok: row.ok,
    code: row.code,
    description: row.description,
    messageId: row.messageId ?? null,
    networkId: row.networkId ?? null,
  }
  if (row.status !== undefined) json.status = row.status
  if (row.status === 'failed') json.mayHaveBeenSent = row.mayHaveBeenSent !== false
  if ('index' in row) {
    json.clientSmsId = row.clientSmsId ?? null
    json.index = row.index ?? null
  }
  return json
}
