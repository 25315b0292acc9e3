/**
 * @module
 * What the admin client throws when the mock refuses a control request (HTTP 4xx or 5xx
 * with the control API's `{"error","message"}` answer), or a wait on the request journal
 * ends without its requests. The fields are the mock's own words, which never hold a key.
 */
import type { components } from './generated/control-schema.js'

/**
 * A control request the mock answered with an error: its HTTP status, the error code
 * (`bad_request`, `forbidden_host`, `namespace_limit`, …) and the mock's message.
 * @example
 * try { await admin.faults.push({ kind: 'http', status: 418 } as never) }
 * catch (error) { if (error instanceof MockAdminError) error.code // 'bad_request' }
 */
export class MockAdminError extends Error {
  override readonly name: string = 'MockAdminError'
  /** The HTTP status of the answer. */
  readonly status: number
  /** The control API's error code, or `unexpected_answer` for an answer that is not one. */
  readonly code: string

  constructor(status: number, code: string, message: string) {
    super(message)
    this.status = status
    this.code = code
  }
}

/**
 * A wait on the request journal that ended before `count` matching requests came: its
 * `code` is why (`timeout`, `reset` or `closed`), `requests` the matches so far.
 * @example
 * try { await admin.requests.waitFor({ endpoint: 'getdlr' }, { timeoutMs: 100 }) }
 * catch (error) { if (error instanceof MockAdminWaitError) error.requests.length // 0 }
 */
export class MockAdminWaitError extends MockAdminError {
  override readonly name: string = 'MockAdminWaitError'
  readonly requests: components['schemas']['RequestEntry'][]

  constructor(
    reason: 'timeout' | 'reset' | 'closed',
    wanted: number,
    requests: components['schemas']['RequestEntry'][],
  ) {
    super(
      200,
      reason,
      `${requests.length} of ${wanted} matching requests came before the wait ended (${reason}).`,
    )
    this.requests = requests
  }
}

/**
 * The error of a refused control request, from the body openapi-fetch read (JSON when it
 * parsed, else text).
 * @example
 * throw adminError(400, { error: 'bad_request', message: 'limit must be at least 1' })
 */
export function adminError(status: number, body: unknown): MockAdminError {
  const { error, message } = (typeof body === 'object' && body !== null ? body : {}) as Record<
    string,
    unknown
  >
  if (typeof error === 'string' && typeof message === 'string') {
    return new MockAdminError(status, error, message)
  }
  return new MockAdminError(
    status,
    'unexpected_answer',
    `The mock answered HTTP ${status} without a control API error.`,
  )
}
