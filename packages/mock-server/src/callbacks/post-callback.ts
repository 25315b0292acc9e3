/**
 * @module
 * One attempt to post a report to a callback URL, with the platform's `fetch` (so the
 * root entry stays free of `node:` and runs in Workers too). It never throws: what
 * happened is its result, an HTTP status or the reason there was none. The connection is
 * closed after the answer, so no socket of a callback outlives the mock.
 */
import type { DeliveryCallbackBody } from './callback-body.js'

/**
 * What one attempt came to.
 * @example
 * const result: PostResult = { status: 500, error: null, ms: 1.2 }
 */
export interface PostResult {
  /** The receiver's HTTP status, or null when it did not answer. */
  status: number | null
  /** Why there was no answer, or null. */
  error: string | null
  /** How long it took, in real time. @unit milliseconds */
  ms: number
}

// An error text from the platform can quote a long URL or a stack-like chain; a record
// holds this much of it.
const MAX_ERROR_CHARS = 200

/**
 * POSTs `body` as JSON to `url`, giving up after `timeout` ms of real time or when
 * `controller` is aborted (a reset or close of the mock). Redirects are not followed: a
 * 3xx is the receiver's answer, and not a 2xx.
 * @example
 * const result = await postCallback('http://127.0.0.1:8080/dlr', body, 5000, new AbortController())
 * result.status // 200
 */
export async function postCallback(
  url: string,
  body: DeliveryCallbackBody,
  timeout: number,
  controller: AbortController,
): Promise<PostResult> {
  const started = performance.now()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeout)
  try {
    const res = await fetch(url, {
      method: 'POST',
      // `connection: close` is honoured by Node's fetch and ignored by browsers, which
      // manage their own connections.
      headers: { 'content-type': 'application/json', connection: 'close' },
      body: JSON.stringify(body),
      redirect: 'manual',
      signal: controller.signal,
    })
    // The answer's body is not read: a receiver could send anything, of any size.
    await res.body?.cancel().catch(() => undefined)
    return { status: res.status, error: null, ms: elapsed(started) }
  } catch (error) {
    const reason = timedOut ? `timeout after ${timeout} ms` : errorText(error)
    return { status: null, error: reason, ms: elapsed(started) }
  } finally {
    clearTimeout(timer)
  }
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 100) / 100
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, MAX_ERROR_CHARS)
  // Node's fetch says only "fetch failed"; the reason (ECONNREFUSED …) is its cause.
  const cause = (error as { cause?: unknown }).cause
  const text = cause instanceof Error ? `${error.message}: ${cause.message}` : error.message
  return text.slice(0, MAX_ERROR_CHARS)
}
