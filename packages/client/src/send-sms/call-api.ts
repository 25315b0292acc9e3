/**
 * @module
 * Sends one request through openapi-fetch and returns the raw status and body text.
 * Owns the timeout and abort handling and turns every failure to get an answer into
 * a `ConnectionError` or `TimeoutError` that never carries the API key.
 */
import type { Client } from 'openapi-fetch'
import { redactSecret, safeCause } from '../errors/redact-secret.js'
import { ConnectionError, TimeoutError } from '../errors/request-errors.js'
import type { paths } from '../generated/schema.js'
import { toGetQuery, toPostBody, type WireParams } from './to-params.js'

/** The send path; the live service also answers it with a trailing slash. */
export const SEND_SMS_PATH = '/api/services/sendsms'
// setTimeout fires at once for delays past 2^31-1 ms; treat those as "no timeout".
const MAX_TIMER_MS = 2 ** 31 - 1

/** What `callApi` needs beyond the client. */
export interface ApiCall {
  method: 'GET' | 'POST'
  params: WireParams
  timeoutMs: number
  signal: AbortSignal | undefined
}

/** The answer before it is read: HTTP status and body text ('' when none). */
export interface RawAnswer {
  status: number
  text: string
}

/**
 * Performs the HTTP request of a send.
 * @example
 * const { status, text } = await callApi(api, { method: 'POST', params, timeoutMs: 30_000, signal: undefined })
 */
export async function callApi(api: Client<paths>, call: ApiCall): Promise<RawAnswer> {
  const secret = call.params.apikey
  if (call.signal?.aborted) throw abortError(call.signal.reason, secret)
  const controller = new AbortController()
  // Rejected by whoever aborts, rather than by a listener on the controller's signal:
  // a listener plus its promise per send was measurable on the client's hot path.
  let fail: (reason: unknown) => void = () => {}
  const failed = new Promise<never>((_, reject) => {
    fail = reject
  })
  const abort = (reason?: unknown): void => {
    controller.abort(reason)
    fail(controller.signal.reason)
  }
  let timedOut = false
  const timer =
    call.timeoutMs <= MAX_TIMER_MS
      ? setTimeout(() => {
          timedOut = true
          abort()
        }, call.timeoutMs)
      : undefined
  const onAbort = (): void => abort(call.signal?.reason)
  call.signal?.addEventListener('abort', onAbort, { once: true })
  try {
    // parseAs 'text': the body is parsed by readAnswer, which can then report a bad
    // body together with the HTTP status instead of a bare SyntaxError.
    const init = {
      signal: controller.signal,
      parseAs: 'text' as const,
      headers: { Accept: 'application/json' },
    }
    const sending =
      call.method === 'GET'
        ? api.GET(SEND_SMS_PATH, { ...init, params: { query: toGetQuery(call.params) } })
        : api.POST(SEND_SMS_PATH, { ...init, body: toPostBody(call.params) })
    // Raced against the abort itself: a custom fetch (an in-process app, a test double)
    // may ignore the signal, and the timeout must hold all the same.
    const { response, data } = await Promise.race([sending, failed])
    return { status: response.status, text: typeof data === 'string' ? data : '' }
  } catch (cause) {
    if (timedOut) {
      throw new TimeoutError(`No answer from the SMS API within ${call.timeoutMs} ms`, {
        cause: safeCause(cause, secret),
      })
    }
    if (call.signal?.aborted) throw abortError(call.signal.reason, secret)
    throw new ConnectionError(`Could not reach the SMS API (${describe(cause, secret)})`, {
      cause: safeCause(cause, secret),
    })
  } finally {
    clearTimeout(timer)
    call.signal?.removeEventListener('abort', onAbort)
  }
}

function abortError(reason: unknown, secret: string | undefined): ConnectionError {
  const options = { cause: safeCause(reason, secret) }
  // AbortSignal.timeout() aborts with a DOMException named TimeoutError.
  if (isNamed(reason, 'TimeoutError')) {
    return new TimeoutError(
      "No answer from the SMS API before the caller's signal timed out",
      options,
    )
  }
  return new ConnectionError("The send was aborted by the caller's signal", options)
}

function isNamed(value: unknown, name: string): boolean {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === name
}

// fetch failures nest the useful part ("connect ECONNREFUSED 127.0.0.1:4010") in a
// cause; messages are masked because some fetch implementations quote the URL.
function describe(cause: unknown, secret: string | undefined): string {
  const parts: string[] = []
  let current: unknown = cause
  for (let depth = 0; depth < 3 && current instanceof Error; depth++) {
    if (current.message) parts.push(redactSecret(current.message, secret))
    current = current.cause
  }
  return parts.length > 0 ? parts.join(': ') : 'network error'
}
